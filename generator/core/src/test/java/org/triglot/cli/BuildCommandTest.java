package org.triglot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;
import org.triglot.site.CompletionMark;

/** {@code triglot build}: exit codes, all-or-nothing output, untouched content, reproducibility. */
class BuildCommandTest {
  @TempDir Path dir;

  private static final String SITE =
      TestSite.COMMON
          + """
      -- content/articles/tea/en.md --
      ---
      title: Tea
      date: 2024-03-01
      author: ann
      topics: [tea]
      ---
      About tea.
      -- content/articles/tea/zh-Hans.md --
      ---
      title: 茶
      ---
      关于茶。
      """;

  @Test
  void buildsASiteFolderThatBringsOnlyContentWithTheBundledTemplates() throws IOException {
    Path site = dir.resolve("site");
    TestSite.write(site, SITE);
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("build", "--source", site.toString(), "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("built "), run.out());
    assertTrue(run.out().contains(" en, "), run.out());
    assertTrue(
        Files.readString(out.resolve("zh-hant/articles/tea/index.html"))
            .contains("<html lang=\"zh-Hant\" data-fonts=\"hant\">"));
    assertTrue(Files.isRegularFile(out.resolve("sitemap.xml")));
  }

  @Test
  void theBuildCacheSitsBesideTheOutputAndNoCacheLeavesItAlone() throws IOException {
    Path site = dir.resolve("site");
    TestSite.write(site, SITE);
    Path out = dir.resolve("built").resolve("site");
    CliRun cold = CliRun.of("build", "--source", site.toString(), "--out", out.toString());
    assertEquals(0, cold.exitCode(), cold.err());
    Path cache = dir.resolve("built").resolve(".triglot-cache");
    assertTrue(Files.isRegularFile(cache.resolve("markdown.cache")), "the cache beside the output");
    Map<String, String> first = TestSite.snapshot(out);
    Map<String, String> stored = TestSite.snapshot(cache);

    CliRun warm = CliRun.of("build", "--source", site.toString(), "--out", out.toString());
    assertEquals(0, warm.exitCode(), warm.err());
    assertEquals(first, TestSite.snapshot(out));
    assertEquals(stored, TestSite.snapshot(cache), "nothing changed, nothing rewritten");

    Path other = dir.resolve("plain").resolve("site");
    CliRun plain =
        CliRun.of("build", "--source", site.toString(), "--out", other.toString(), "--no-cache");
    assertEquals(0, plain.exitCode(), plain.err());
    assertEquals(first, TestSite.snapshot(other));
    assertTrue(Files.notExists(dir.resolve("plain").resolve(".triglot-cache")));
  }

  @Test
  void aFailedBuildLeavesThePreviousSiteAndTheContentUntouched() throws IOException {
    Path site = dir.resolve("site");
    TestSite.write(site, SITE);
    Path out = dir.resolve("out");
    assertEquals(
        0, CliRun.of("build", "--source", site.toString(), "--out", out.toString()).exitCode());
    Map<String, String> before = TestSite.snapshot(out);
    assertTrue(Files.isRegularFile(dir.resolve("out.complete")));

    TestSite.write(
        site,
        """
        -- content/articles/tea/en.md --
        ---
        title: Tea
        date: 2024-03-01
        author: nobody
        ---
        About tea.
        """);
    Map<String, String> content = TestSite.snapshot(site.resolve("content"));
    CliRun failed = CliRun.of("build", "--source", site.toString(), "--out", out.toString());
    assertEquals(1, failed.exitCode());
    assertTrue(
        failed.err().contains("content/articles/tea/en.md:4:9: error: unknown author \"nobody\""),
        failed.err());
    assertTrue(
        failed.err().lines().anyMatch(line -> line.startsWith("build failed: 1 error; ")),
        failed.err());
    assertEquals(before, TestSite.snapshot(out), "the previous site changed");
    assertEquals(content, TestSite.snapshot(site.resolve("content")), "content files changed");
    try (Stream<Path> siblings = Files.list(dir)) {
      assertEquals(
          List.of(".triglot-cache", "out", "out.lock", "site"),
          siblings.map(p -> p.getFileName().toString()).sorted().toList(),
          "a staging folder was left behind, or the completion mark was not withdrawn");
    }
  }

  @Test
  void aSuccessfulBuildMarksTheSiteCompleteWithEveryFileAndItsSize() throws IOException {
    Path site = dir.resolve("site");
    TestSite.write(site, SITE);
    Path out = dir.resolve("out");
    assertEquals(
        0, CliRun.of("build", "--source", site.toString(), "--out", out.toString()).exitCode());
    Map<String, Long> mark = CompletionMark.read(dir.resolve("out.complete"));
    Map<String, Long> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(out.relativize(file).toString().replace('\\', '/'), Files.size(file));
      }
    }
    assertEquals(files, new TreeMap<>(mark));
    assertTrue(mark.containsKey("zh-hant/articles/tea/index.html"), mark.keySet().toString());
    assertEquals(
        List.copyOf(new TreeMap<>(mark).keySet()),
        List.copyOf(mark.keySet()),
        "the mark is in path order");
  }

  @Test
  void anEmptyBaseUrlMeansTheOneInSiteYaml() throws IOException {
    Path site = dir.resolve("site");
    TestSite.write(
        site,
        SITE
            + """
        -- site.yaml --
        baseUrl: https://news.example.com/
        """);
    Path out = dir.resolve("out");
    assertEquals(
        0,
        CliRun.of("build", "--source", site.toString(), "--out", out.toString(), "--base-url=")
            .exitCode());
    assertTrue(
        Files.readString(out.resolve("en/index.html"))
            .contains("<link rel=\"canonical\" href=\"https://news.example.com/en/\">"));
    assertEquals(
        0,
        CliRun.of(
                "build",
                "--source",
                site.toString(),
                "--out",
                out.toString(),
                "--base-url=https://preview--news.example.net")
            .exitCode());
    assertTrue(
        Files.readString(out.resolve("en/index.html"))
            .contains("<link rel=\"canonical\" href=\"https://preview--news.example.net/en/\">"));
  }

  @Test
  void twoBuildsOfTheSameInputAreByteIdentical() throws IOException {
    Path site = dir.resolve("site");
    TestSite.write(site, SITE + TestSite.articles(30));
    assertEquals(
        0,
        CliRun.of("build", "--source", site.toString(), "--out", dir.resolve("a").toString())
            .exitCode());
    assertEquals(
        0,
        CliRun.of("build", "--source", site.toString(), "--out", dir.resolve("b").toString())
            .exitCode());
    Map<String, String> a = TestSite.snapshot(dir.resolve("a"));
    assertTrue(a.size() > 50, "expected a real site, got " + a.size() + " files");
    assertEquals(a, TestSite.snapshot(dir.resolve("b")));
  }

  @Test
  void rebuildingReplacesTheOldSiteWithoutLeftovers() throws IOException {
    Path site = dir.resolve("site");
    TestSite.write(site, SITE);
    Path out = dir.resolve("out");
    assertEquals(
        0, CliRun.of("build", "--source", site.toString(), "--out", out.toString()).exitCode());
    Files.writeString(out.resolve("stale.html"), "old");
    assertEquals(
        0, CliRun.of("build", "--source", site.toString(), "--out", out.toString()).exitCode());
    assertTrue(Files.notExists(out.resolve("stale.html")));
  }

  @Test
  void reportsAnOutputFolderThatCannotBeWritten() throws IOException {
    Path site = dir.resolve("site");
    TestSite.write(
        site,
        TestSite.COMMON
            + "-- content/articles/a/en.md --\n---\ntitle: A\ndate: 2024-01-01\nauthor: ann\n---\nA.\n");
    Path blocker = dir.resolve("file");
    Files.writeString(blocker, "not a folder");
    CliRun run =
        CliRun.of(
            "build", "--source", site.toString(), "--out", blocker.resolve("site").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("cannot"), run.err());
    assertEquals("not a folder", Files.readString(blocker));
    CliRun ontoFile = CliRun.of("build", "--source", site.toString(), "--out", blocker.toString());
    assertEquals(2, ontoFile.exitCode());
    assertTrue(ontoFile.err().contains("is not a folder"), ontoFile.err());
  }

  @Test
  void staysQuietWithoutATerminalAndEndsWithOneSummaryLine() throws IOException {
    Path site = dir.resolve("site");
    TestSite.write(
        site,
        TestSite.COMMON
            + "-- content/articles/a/en.md --\n---\ntitle: A\ndate: 2024-01-01\nauthor: ann\n---\nA.\n");
    CliRun run =
        CliRun.of("build", "--source", site.toString(), "--out", dir.resolve("out").toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    assertTrue(
        run.out()
            .matches(
                "built \\d+ en, \\d+ zh-Hans, \\d+ zh-Hant, \\d+ files; 0 warnings; \\d+ ms \\(load \\d+, link \\d+, "
                    + "markdown \\d+, derive \\d+, relate \\d+, render \\d+; search index \\d+\\); "
                    + "cache: 1 of 1 Markdown bodies rendered, 0 of 0 bodies converted, 3 of 3 search"
                    + " indexes built -> .*\n"),
        run.out());
  }

  @Test
  void usageErrorsExitWithTwo() throws IOException {
    Path site = dir.resolve("site");
    TestSite.write(site, SITE);
    CliRun badFlag = CliRun.of("build", "--sauce", site.toString());
    assertEquals(2, badFlag.exitCode());
    assertTrue(badFlag.err().contains("'--sauce'"), badFlag.err());
    CliRun missing = CliRun.of("build", "--source", dir.resolve("nowhere").toString());
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("does not exist"), missing.err());
    CliRun notASite = CliRun.of("build", "--source", dir.toString());
    assertEquals(2, notASite.exitCode());
    assertTrue(notASite.err().contains("has no content/ folder"), notASite.err());
    CliRun swallowsSource =
        CliRun.of("build", "--source", site.toString(), "--out", dir.toString());
    assertEquals(2, swallowsSource.exitCode());
    CliRun intoContent =
        CliRun.of(
            "build", "--source", site.toString(), "--out", site.resolve("content/out").toString());
    assertEquals(2, intoContent.exitCode());
    assertTrue(Files.notExists(site.resolve("content/out")));
    CliRun badUrl = CliRun.of("build", "--source", site.toString(), "--base-url", "example.org");
    assertEquals(2, badUrl.exitCode());
    assertEquals(2, CliRun.of("frobnicate").exitCode());
    assertEquals(2, CliRun.of().exitCode());
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"build", "serve", "new", "check", "status", "convert"}) {
      CliRun help = CliRun.of(command, "--help");
      assertEquals(0, help.exitCode(), command);
      assertTrue(help.out().startsWith("Usage: triglot " + command), command + ": " + help.out());
      assertTrue(help.out().contains("--help"), command + ": " + help.out());
    }
    CliRun top = CliRun.of("--help");
    assertEquals(0, top.exitCode());
    for (String command : new String[] {"build", "serve", "new", "check", "status", "convert"}) {
      assertTrue(top.out().contains("  " + command + " "), command + " missing from: " + top.out());
    }
  }
}
