package org.triglot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/** {@code triglot new}: scaffolds an article or a translation, never overwrites. */
class NewCommandTest {
  /**
   * A site zone whose date differs from UTC's at the time the test runs: UTC-12 is a day behind
   * before noon UTC, UTC+14 a day ahead from 10:00 UTC. A fixed zone shares UTC's date for part of
   * every day, when a date taken in UTC instead would pass unnoticed.
   */
  private static final ZoneId SITE_ZONE =
      ZoneId.of(
          LocalTime.now(Clock.systemUTC()).getHour() < 11 ? "Etc/GMT+12" : "Pacific/Kiritimati");

  @TempDir Path dir;

  private Path site() {
    Path site = dir.resolve("site");
    TestSite.write(
        site,
        TestSite.COMMON
            + """
        -- site.yaml --
        timeZone: %s
        -- content/articles/tea/en.md --
        ---
        title: Tea
        date: 2024-03-01
        author: ann
        summary: A summary.
        ---
        About tea.
        """
                .formatted(SITE_ZONE.getId()));
    return site;
  }

  @Test
  void scaffoldsADraftWithTodaysDateInTheSitesZone() throws IOException {
    Path site = site();
    CliRun run =
        CliRun.of(
            "new",
            "--source",
            site.toString(),
            "--author",
            "bo",
            "--topic",
            "trade",
            "Why \"Trade\" Matters: A Note");
    assertEquals(0, run.exitCode(), run.err());
    Path file = site.resolve("content/articles/why-trade-matters-a-note/en.md");
    String today = LocalDate.now(Clock.system(SITE_ZONE)).toString();
    assertNotEquals(LocalDate.now(Clock.systemUTC()).toString(), today, "the zone proves nothing");
    assertEquals(
        """
        ---
        title: "Why \\"Trade\\" Matters: A Note"
        date: %s
        author: bo
        topics: [trade]
        # summary: One or two sentences for listings and feeds (optional; otherwise the first paragraph is used).
        draft: true  # remove this line to publish
        ---
        Write the article here, in Markdown.
        """
            .formatted(today),
        Files.readString(file));
    assertTrue(
        run.out().contains("created content/articles/why-trade-matters-a-note/en.md"), run.out());
    CliRun check = CliRun.of("check", "--source", site.toString(), "--drafts");
    assertEquals(0, check.exitCode(), check.err());
  }

  @Test
  void scaffoldsAStampedDraftTranslationOfAnExistingArticle() throws IOException {
    Path site = site();
    CliRun run =
        CliRun.of("new", "--source", site.toString(), "--lang", "zh-Hans", "--slug", "tea", "茶");
    assertEquals(0, run.exitCode(), run.err());
    String text = Files.readString(site.resolve("content/articles/tea/zh-Hans.md"));
    assertTrue(
        text.matches(
            "(?s)---\ntitle: \"茶\"\nsummary: \"A summary.\"  # translate this\nsource: [0-9a-f]{12}  # .*\ndraft: true  # .*\n---\nAbout tea.\n"),
        text);
    CliRun status = CliRun.of("status", "--source", site.toString());
    assertTrue(status.out().contains("tea      original   current    derived"), status.out());
    Path out = dir.resolve("out");
    assertEquals(
        0, CliRun.of("build", "--source", site.toString(), "--out", out.toString()).exitCode());
    assertTrue(
        Files.notExists(out.resolve("zh-hans/articles/tea/index.html")),
        "a draft translation is held back");
    assertTrue(
        Files.exists(out.resolve("en/articles/tea/index.html")), "its original is published");
  }

  @Test
  void aChineseTitleGetsAPinyinSlugCutAtAWordBoundary() throws IOException {
    Path site = site();
    CliRun run =
        CliRun.of(
            "new",
            "--source",
            site.toString(),
            "--lang",
            "zh-Hans",
            "--author",
            "ann",
            "“北极例外论”的终结");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        Files.isRegularFile(
            site.resolve("content/articles/beiji-liwai-lun-de-zhongjie/zh-Hans.md")),
        run.out());

    CliRun traditional =
        CliRun.of(
            "new",
            "--source",
            site.toString(),
            "--lang",
            "zh-Hant",
            "--author",
            "ann",
            "美俄關係與北極理事會的未來：冷戰結束以後三十年間的合作、分歧和新的安全困境");
    assertEquals(0, traditional.exitCode(), traditional.err());
    try (Stream<Path> folders = Files.list(site.resolve("content/articles"))) {
      List<String> slugs =
          folders.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("mei")).toList();
      assertEquals(1, slugs.size(), slugs.toString());
      String slug = slugs.get(0);
      assertTrue(slug.length() <= 60, slug);
      assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), slug);
      assertTrue(slug.equals("mei-e-guanxi-yu-beiji-lishihui-de-weilai-lengzhan-jieshu"), slug);
    }

    CliRun given =
        CliRun.of(
            "new",
            "--source",
            site.toString(),
            "--lang",
            "zh-Hans",
            "--author",
            "ann",
            "--slug",
            "arctic-end",
            "北极的终结");
    assertEquals(0, given.exitCode(), given.err());
    assertTrue(Files.isRegularFile(site.resolve("content/articles/arctic-end/zh-Hans.md")));
  }

  @Test
  void refusesToOverwriteAnExistingFile() throws IOException {
    Path site = site();
    Path file = site.resolve("content/articles/tea/en.md");
    String before = Files.readString(file);
    CliRun run =
        CliRun.of("new", "--source", site.toString(), "--slug", "tea", "--author", "ann", "Tea");
    assertEquals(2, run.exitCode());
    assertTrue(
        run.err().contains("content/articles/tea/en.md already exists; not overwriting it"),
        run.err());
    assertEquals(before, Files.readString(file));
  }

  @Test
  void asksForWhatItCannotGuess() {
    Path site = site();
    CliRun noAuthor = CliRun.of("new", "--source", site.toString(), "A Title");
    assertEquals(2, noAuthor.exitCode());
    assertTrue(noAuthor.err().contains("--author; the authors are ann, bo"), noAuthor.err());
    CliRun typo = CliRun.of("new", "--source", site.toString(), "--author", "an", "A Title");
    assertEquals(2, typo.exitCode());
    assertTrue(
        typo.err()
            .contains("unknown author \"an\" in content/authors.yaml (did you mean \"ann\"?)"),
        typo.err());
    CliRun symbols = CliRun.of("new", "--source", site.toString(), "--author", "ann", "？！");
    assertEquals(2, symbols.exitCode());
    assertTrue(symbols.err().contains("--slug"), symbols.err());
    CliRun badLang =
        CliRun.of("new", "--source", site.toString(), "--lang", "zh-hans", "--author", "ann", "X");
    assertEquals(2, badLang.exitCode());
    assertTrue(badLang.err().contains("did you mean zh-Hans?"), badLang.err());
    assertEquals(2, CliRun.of("new").exitCode());
  }
}
