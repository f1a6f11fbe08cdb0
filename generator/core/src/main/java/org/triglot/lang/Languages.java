package org.triglot.lang;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The languages a site publishes, in its order: the order of the language switcher, of hreflang
 * lists and of every per-language listing. {@code site.yaml}'s {@code languages} sets it; {@link
 * #standard()} is the default. The first language is the one site-wide pages (the root page, the
 * translation status report) are written in, and the default of hreflang x-default.
 */
public record Languages(List<Language> all) {
  private static final Languages STANDARD = new Languages(KnownLanguages.DEFAULT_SITE);

  public Languages {
    all = List.copyOf(all);
    if (all.isEmpty()) {
      throw new IllegalArgumentException("a site publishes at least one language");
    }
    if (new LinkedHashSet<>(all).size() != all.size()) {
      throw new IllegalArgumentException("a language is listed twice: " + all);
    }
  }

  /** English, 简体 and 繁體, in that order. */
  public static Languages standard() {
    return STANDARD;
  }

  public Language first() {
    return all.get(0);
  }

  public boolean contains(Language language) {
    return all.contains(language);
  }

  public Optional<Language> find(String tag) {
    return all.stream().filter(l -> l.tag().equals(tag)).findFirst();
  }

  /**
   * The languages whose files an article folder may hold: the published ones, then those they can
   * be derived from (a site of English and 繁體 reads zh-Hans.md to derive its 繁體 pages).
   */
  public List<Language> readable() {
    Set<Language> readable = new LinkedHashSet<>(all);
    for (Language language : all) {
      language.derivableFrom().ifPresent(readable::add);
    }
    return List.copyOf(readable);
  }

  /** The site's order; languages it does not publish come after its own, by tag. */
  public Comparator<Language> order() {
    return Comparator.comparingInt((Language l) -> all.contains(l) ? all.indexOf(l) : all.size())
        .thenComparing(Language::tag);
  }

  public List<String> tags() {
    return all.stream().map(Language::tag).toList();
  }
}
