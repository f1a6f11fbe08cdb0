package org.triglot;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class TestSiteTest {
  @TempDir Path dir;

  @Test
  void negatedLineFailsWhenPresent() {
    TestSite site =
        TestSite.build(
            dir,
            """
        -- content/articles/tea/en.md --
        ---
        title: Tea
        date: 2024-03-01
        author: ann
        ---
        About tea.
        """);
    site.assertFile("en/articles/tea/index.html", "About tea.");
    assertThrows(
        AssertionFailedError.class,
        () -> site.assertFile("en/articles/tea/index.html", "! About tea."));
    assertThrows(
        AssertionFailedError.class,
        () -> site.assertFile("en/articles/tea/index.html", "About coffee."));
  }
}
