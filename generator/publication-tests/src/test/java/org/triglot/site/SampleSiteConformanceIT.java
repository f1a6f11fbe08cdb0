package org.triglot.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triglot.HtmlConformance;

/**
 * Every HTML page of the sample site that {@code mvn package} built into target/site passes the Nu
 * Html Checker with zero errors.
 */
class SampleSiteConformanceIT {
  @Test
  void everyPageOfTheSampleSitePassesTheNuHtmlChecker() throws Exception {
    List<Path> pages = BuiltSite.pages(BuiltSite.folder());
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
