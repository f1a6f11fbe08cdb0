package org.triglot.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample site that {@code mvn package} built before the publication's tests run: its folder
 * ({@code triglot.builtSite}, by default target/site) and its HTML pages.
 */
final class BuiltSite {
  private BuiltSite() {}

  /** The built site's folder; fails, saying to run {@code mvn package}, when there is none. */
  static Path folder() {
    Path site = Path.of(System.getProperty("triglot.builtSite", "target/site"));
    assertTrue(
        Files.isRegularFile(site.resolve("index.html")),
        "run mvn package first: no site at " + site);
    return site;
  }

  /** Every HTML page under {@code site}, in path order. */
  static List<Path> pages(Path site) {
    try (Stream<Path> files = Files.walk(site)) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
