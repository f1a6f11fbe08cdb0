package org.triglot.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.triglot.HtmlConformance;

/**
 * Every HTML page of the sample site that {@code mvn package} built into target/site passes the Nu
 * Html Checker with zero errors.
 */
class SampleSiteConformanceIT {
  @Test
  void everyPageOfTheSampleSitePassesTheNuHtmlChecker() throws Exception {
    Path site = Path.of(System.getProperty("triglot.builtSite", "target/site"));
    assertTrue(
        Files.isRegularFile(site.resolve("index.html")),
        "run mvn package first: no site at " + site);
    List<Path> pages;
    try (Stream<Path> files = Files.walk(site)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertTrue(
        pages.size() > 100, "expected the whole sample site, found " + pages.size() + " pages");
    HtmlConformance checker = new HtmlConformance();
    List<String> errors = new ArrayList<>();
    for (Path page : pages) {
      errors.addAll(checker.check(page));
    }
    assertTrue(
        errors.isEmpty(),
        errors.size()
            + " conformance errors in "
            + pages.size()
            + " pages:\n"
            + String.join("\n", errors));
  }
}
