package org.triglot.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triglot.config.SitePaths;
import org.triglot.lang.Language;
import org.triglot.lang.Languages;

/**
 * One page in every language that has it (its hreflang group): the site path of each version in the
 * site's language order, and the path hreflang x-default points to. The alternate links of a page's
 * head, its language switcher and its sitemap entry are all made from this, so they are reciprocal
 * by construction.
 */
record PageVersions(Map<Language, String> paths, String xDefault) {
  PageVersions {
    paths = Collections.unmodifiableMap(new LinkedHashMap<>(paths));
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("a page needs at least one version");
    }
  }

  /**
   * The versions {@code pathOf} gives for the site's languages (null: not in that language), with
   * x-default at the version in the site's first language that has one.
   */
  static PageVersions of(Languages languages, Map<Language, String> pathOf) {
    Map<Language, String> ordered = ordered(languages, pathOf);
    return new PageVersions(ordered, ordered.values().iterator().next());
  }

  /** As {@link #of(Languages, Map)}, with x-default at {@code xDefault} (the root chooser). */
  static PageVersions of(Languages languages, Map<Language, String> pathOf, String xDefault) {
    return new PageVersions(ordered(languages, pathOf), xDefault);
  }

  private static Map<Language, String> ordered(Languages languages, Map<Language, String> pathOf) {
    Map<Language, String> ordered = new LinkedHashMap<>();
    for (Language language : languages.all()) {
      String path = pathOf.get(language);
      if (path != null) {
        ordered.put(language, path);
      }
    }
    return ordered;
  }

  Optional<String> find(Language language) {
    return Optional.ofNullable(paths.get(language));
  }

  /** The version in {@code language}, which the caller knows exists. */
  String path(Language language) {
    String path = paths.get(language);
    if (path == null) {
      throw new IllegalArgumentException("no " + language.tag() + " version of " + paths);
    }
    return path;
  }

  /** The hreflang alternates: every version with its full URL, then x-default. */
  List<Views.Alternate> alternates(SitePaths sitePaths) {
    List<Views.Alternate> alternates = new ArrayList<>();
    paths.forEach(
        (language, path) ->
            alternates.add(
                new Views.Alternate(sitePaths.lang(language), sitePaths.absolute(path))));
    alternates.add(new Views.Alternate("x-default", sitePaths.absolute(xDefault)));
    return alternates;
  }
}
