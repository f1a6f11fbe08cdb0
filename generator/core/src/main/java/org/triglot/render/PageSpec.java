package org.triglot.render;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.triglot.config.SitePaths;

/**
 * One file to produce: its site path, how to render it, the content file it comes from (for
 * diagnostics; "" for listings) and, for pages in the sitemap, their {@link Listed} entry.
 */
record PageSpec(String path, Supplier<byte[]> content, String source, Optional<Listed> sitemap) {

  /** A page's sitemap entry: its versions in each language and its last modification date. */
  record Listed(PageVersions versions, String lastmod) {
    Listed {
      Objects.requireNonNull(versions, "versions");
      Objects.requireNonNull(lastmod, "lastmod");
    }
  }

  PageSpec {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sitemap, "sitemap");
  }

  /** A page in the sitemap, with its hreflang group. */
  static PageSpec listed(
      String path, Supplier<byte[]> content, String source, PageVersions versions, String lastmod) {
    return new PageSpec(path, content, source, Optional.of(new Listed(versions, lastmod)));
  }

  /** A file outside the sitemap (a feed, an asset, a 404 page). */
  static PageSpec plain(String path, Supplier<byte[]> content) {
    return new PageSpec(path, content, "", Optional.empty());
  }

  /** The output file: a path ending in '/' is served by its index.html. */
  String file() {
    return SitePaths.file(path);
  }
}
