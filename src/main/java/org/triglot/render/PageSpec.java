package org.triglot.render;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.triglot.lang.Language;

/**
 * One file to produce: its site path, how to render it, and, for pages in the sitemap, the versions
 * of the same page in each language (its hreflang group) and its x-default. {@code source} names
 * the content file the page comes from, for diagnostics ("" for listings).
 */
record PageSpec(
    String path,
    Supplier<byte[]> content,
    String source,
    boolean inSitemap,
    Map<Language, String> versions,
    String xDefault,
    String lastmod) {

  PageSpec {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    EnumMap<Language, String> copy = new EnumMap<>(Language.class);
    copy.putAll(versions);
    versions = java.util.Collections.unmodifiableMap(copy);
  }

  /** A file outside the sitemap (a feed, an asset, a 404 page). */
  static PageSpec plain(String path, Supplier<byte[]> content) {
    return new PageSpec(path, content, "", false, Map.of(), "", "");
  }

  /** The output file: a path ending in '/' is served by its index.html. */
  String file() {
    return org.triglot.config.SitePaths.file(path);
  }
}
