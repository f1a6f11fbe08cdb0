package org.triglot.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/** The translation status report at status/index.html: its text comes from the UI strings. */
class StatusReportTest {
  private static final String TEA =
      """
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
      source: 000000000000
      ---
      关于茶。
      -- content/articles/cha/zh-Hant.md --
      ---
      title: 茶
      date: 2024-03-03
      author: bo
      draft: true
      ---
      茶。
      """;

  @TempDir Path dir;

  @Test
  void reportShowsTheBundledStringsWithMachineNamesOnlyInClasses() {
    TestSite site = TestSite.build(dir, TEA);
    site.assertFile(
        "status/index.html",
        """
        <html lang="en">
        <title>Translation status</title>
        <meta name="robots" content="noindex, nofollow">
        <body class="status-report">
        <h1>Translation status</h1>
        <span class="key key-current">current</span> Translated from the original as it is now.<br>
        <code>triglot status --stamp <var>FILE</var></code>
        <svg viewBox="0 0 100 6" preserveAspectRatio="none" role="img" aria-label="简体: 1 stale, 1 derived">
        <rect class="bar-stale" x="0" y="0" width="50" height="6"><title>1 stale</title></rect>
        <span class="key key-derived">1 derived</span> · 1 of 2 written</p>
        <th scope="row">cha <span class="key key-draft">Draft</span>
        <td class="status-stale"><a href="/zh-hans/articles/tea/">stale</a></td>
        <td class="status-missing">missing</td>
        ! >present<
        ! Present:
        """);
    assertEquals(List.of(), site.result().warnings(), "every string has its Chinese text");
  }

  @Test
  void reportTakesItsTextFromTheSitesStrings() {
    TestSite site =
        TestSite.build(
            dir,
            TEA
                + """
        -- i18n/en.yaml --
        state:
          draft: unpublished
        status:
          title: Where translations stand
          label:
            current: up to date
            stale: behind
          legend:
            current: Made from the original as it is.
          stamp: "Stamp it:"
          stampFile: PATH
          coverage: By language
          chart: "{language} ({counts})"
          count: "{status} ×{count}"
          written: "{written}/{total} done"
          articles: Every article
          article: Piece
        """);
    site.assertFile(
        "status/index.html",
        """
        <title>Where translations stand</title>
        <h1>Where translations stand</h1>
        <span class="key key-current">up to date</span> Made from the original as it is.<br>
        <span class="key key-stale">behind</span> The original has changed
        <p class="intro">Stamp it:<br><code>triglot status --stamp <var>PATH</var></code></p>
        <h2>By language</h2>
        aria-label="简体 (behind ×1, derived ×1)"
        <title>behind ×1</title>
        <span class="key key-stale">behind ×1</span> <span class="key key-derived">derived ×1</span> · 1/2 done</p>
        <h2>Every article</h2>
        <th scope="col">Piece</th>
        <span class="key key-draft">unpublished</span>
        <td class="status-stale"><a href="/zh-hans/articles/tea/">behind</a></td>
        ! Translation status
        ! >stale<
        """);
  }
}
