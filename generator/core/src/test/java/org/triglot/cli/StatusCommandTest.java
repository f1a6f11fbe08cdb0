package org.triglot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/** {@code triglot status}: current, stale, unstamped, derived, missing; and {@code --stamp}. */
class StatusCommandTest {
  @TempDir Path dir;

  private Path site() {
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
        About tea.
        -- content/articles/tea/zh-Hans.md --
        ---
        title: 茶
        ---
        关于茶。
        -- content/articles/coffee/en.md --
        ---
        title: Coffee
        date: 2024-03-02
        author: bo
        ---
        About coffee.
        -- content/articles/cha/zh-Hant.md --
        ---
        title: 茶
        date: 2024-03-03
        author: bo
        ---
        茶。
        """);
    return site;
  }

  @Test
  void printsTheStateOfEveryTranslation() {
    Path site = site();
    CliRun run = CliRun.of("status", "--source", site.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        """
        article  en         zh-Hans    zh-Hant
        cha      missing    derived    original
        coffee   original   missing    missing
        tea      original   unstamped  derived
        en:       2 original, 1 missing of 3
        zh-Hans:  1 unstamped, 1 derived, 1 missing of 3
        zh-Hant:  1 original, 1 derived, 1 missing of 3
        """,
        run.out());
  }

  @Test
  void stampingRecordsTheOriginalAndTheTranslationTurnsStaleWhenTheOriginalChanges()
      throws IOException {
    Path site = site();
    Path translation = site.resolve("content/articles/tea/zh-Hans.md");
    String before = Files.readString(translation);
    CliRun stamp =
        CliRun.of("status", "--source", site.toString(), "--stamp", translation.toString());
    assertEquals(0, stamp.exitCode(), stamp.err());
    String after = Files.readString(translation);
    assertTrue(after.matches("(?s)---\ntitle: 茶\nsource: [0-9a-f]{12}\n---\n关于茶。\n"), after);
    assertEquals(
        before,
        after.replaceFirst("source: [0-9a-f]{12}\n", ""),
        "stamping changed more than the source line");
    assertTrue(
        CliRun.of("status", "--source", site.toString())
            .out()
            .contains("tea      original   current    derived"));

    CliRun again =
        CliRun.of("status", "--source", site.toString(), "--stamp", translation.toString());
    assertEquals(after, Files.readString(translation), "stamping twice changes nothing");
    assertEquals(0, again.exitCode());

    Files.writeString(
        site.resolve("content/articles/tea/en.md"),
        Files.readString(site.resolve("content/articles/tea/en.md"))
            .replace("About tea.", "About tea, revised."),
        StandardCharsets.UTF_8);
    CliRun stale = CliRun.of("status", "--source", site.toString(), "--fail-on-stale");
    assertEquals(1, stale.exitCode());
    assertTrue(stale.out().contains("tea      original   stale      derived"), stale.out());
  }

  @Test
  void aStaleTranslationSaysSoOnItsPageAndTheBuildPublishesTheReport() throws IOException {
    Path site = site();
    Path translation = site.resolve("content/articles/tea/zh-Hans.md");
    Files.writeString(translation, "---\ntitle: 茶\nsource: 000000000000\n---\n关于茶。\n");
    Path out = dir.resolve("out");
    assertEquals(
        0, CliRun.of("build", "--source", site.toString(), "--out", out.toString()).exitCode());
    String page = Files.readString(out.resolve("zh-hans/articles/tea/index.html"));
    assertTrue(page.contains("<p class=\"notice stale\">本文原文在此译文完成后已有更新。</p>"), page);
    String derived = Files.readString(out.resolve("zh-hant/articles/tea/index.html"));
    assertTrue(!derived.contains("notice stale"), "a derived page is regenerated, so never stale");
    String report = Files.readString(out.resolve("status/index.html"));
    assertTrue(report.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"), report);
    assertTrue(
        report.contains(
            "<td class=\"status-stale\"><a href=\"/zh-hans/articles/tea/\">stale</a></td>"),
        report);
    assertTrue(report.contains("<rect class=\"bar-original\""), report);
    assertTrue(
        !Files.readString(out.resolve("sitemap.xml")).contains("status"),
        "the report is not in the sitemap");
    assertTrue(
        !Files.readString(out.resolve("en/index.html")).contains("/status/"),
        "the report is not linked");
  }

  @Test
  void refusesToStampAnOriginalOrAFileOutsideTheArticles() {
    Path site = site();
    CliRun original =
        CliRun.of(
            "status",
            "--source",
            site.toString(),
            "--stamp",
            site.resolve("content/articles/tea/en.md").toString());
    assertEquals(2, original.exitCode());
    assertTrue(original.err().contains("is the article's original"), original.err());
    CliRun outside =
        CliRun.of(
            "status",
            "--source",
            site.toString(),
            "--stamp",
            site.resolve("content/authors.yaml").toString());
    assertEquals(2, outside.exitCode());
  }

  @Test
  void reportsContentErrorsInsteadOfAStatus() throws IOException {
    Path site = site();
    Files.writeString(
        site.resolve("content/articles/tea/en.md"),
        "---\ntitle: Tea\ndate: 2024-03-01\nauthor: nobody\n---\nText.\n");
    CliRun run = CliRun.of("status", "--source", site.toString());
    assertEquals(1, run.exitCode());
    assertTrue(
        run.err().contains("content/articles/tea/en.md:4:9: error: unknown author \"nobody\""),
        run.err());
  }
}
