package org.triglot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/** {@code triglot check}: the build's validations plus a link check of the built site. */
class CheckCommandTest {
  @TempDir Path dir;

  private Path site(String body) {
    Path site = dir.resolve("site");
    TestSite.write(
        site,
        TestSite.COMMON
            + """
        -- content/articles/tea/en.md --
        ---
        title: Tea
        date: 2024-03-01
        author: ann
        ---
        ## Origins

        %s
        -- content/articles/coffee/en.md --
        ---
        title: Coffee
        date: 2024-03-02
        author: bo
        ---
        See [tea's origins](../tea/#origins) and [a report](https://example.net/report).
        """
                .formatted(body));
    return site;
  }

  @Test
  void passesASiteWhoseLinksAllResolve() {
    CliRun run =
        CliRun.of(
            "check",
            "--source",
            site("Fine [coffee](/en/articles/coffee/).").toString(),
            "--list-external");
    assertEquals(0, run.exitCode(), run.err());
    Matcher summary =
        Pattern.compile(
                "(?m)^checked \\d+ files, \\d+ links: (\\d+) broken, \\d+ external \\(.*\\)$")
            .matcher(run.out());
    assertTrue(summary.find(), run.out());
    assertEquals(0, Integer.parseInt(summary.group(1)), run.out());
    assertTrue(run.out().lines().anyMatch("  https://example.net/report"::equals), run.out());
  }

  @Test
  void reportsABrokenInternalLinkWithItsPageAndLine() {
    CliRun run =
        CliRun.of("check", "--source", site("Broken [link](/en/articles/milk/).").toString());
    assertEquals(1, run.exitCode());
    assertTrue(
        run.err()
            .matches(
                "(?s).*en/articles/tea/index\\.html:\\d+:\\d+: error: broken link \"/en/articles/milk/\": no such file in the site.*"),
        run.err());
    assertTrue(run.err().contains("hint: the page is built from content/articles/tea/"), run.err());
  }

  @Test
  void reportsAFragmentThatNamesNoElement() {
    CliRun run =
        CliRun.of(
            "check",
            "--source",
            site("Jump to [nowhere](#nowhere) but [here](#origins).").toString());
    assertEquals(1, run.exitCode());
    assertTrue(
        run.err()
            .contains(
                "broken link \"#nowhere\": no element with id \"nowhere\" on en/articles/tea/index.html"),
        run.err());
    assertTrue(!run.err().contains("\"#origins\""), run.err());
  }

  @Test
  void reportsContentErrorsLikeTheBuild() {
    Path site = site("Text.");
    TestSite.write(
        site,
        """
        -- content/articles/tea/en.md --
        ---
        title: Tea
        date: someday
        author: ann
        ---
        Text.
        """);
    CliRun run = CliRun.of("check", "--source", site.toString());
    assertEquals(1, run.exitCode());
    assertTrue(
        run.err().contains("content/articles/tea/en.md:3:7: error: cannot read date \"someday\""),
        run.err());
  }

  @Test
  void rejectsAMissingSiteWithAUsageError() {
    assertEquals(2, CliRun.of("check", "--source", dir.resolve("none").toString()).exitCode());
    assertEquals(2, CliRun.of("check", "--bogus").exitCode());
    assertEquals(0, CliRun.of("check", "--help").exitCode());
  }
}
