package org.triglot.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/** Grouped topic indexes, reading time, summaries and NFC input. */
class ChineseFeaturesTest {
  @TempDir Path dir;

  private static final String TOPICS =
      """
      -- content/topics.yaml --
      trade: {en: Trade, zh-Hans: 贸易, zh-Hant: 貿易}
      arctic: {en: The Arctic, zh-Hans: 北极}
      sanctions: {en: Sanctions, zh-Hans: 制裁}
      -- content/articles/a/zh-Hans.md --
      ---
      title: 甲
      date: 2024-01-01
      author: ann
      topics: [trade, arctic, sanctions]
      ---
      正文。
      -- content/articles/a/en.md --
      ---
      title: A
      ---
      Text.
      """;

  /** Each part occurs in {@code text}, after the one before it. */
  private static void assertInOrder(String text, String... parts) {
    int from = 0;
    for (String part : parts) {
      int at = text.indexOf(part, from);
      assertTrue(at >= 0, () -> "missing, or out of order: " + part + "\n--- file ---\n" + text);
      from = at + part.length();
    }
  }

  @Test
  void groupsTopicIndexesByLetterPinyinAndStrokes() {
    TestSite site = TestSite.build(dir, TOPICS);
    assertInOrder(
        site.file("en/topics/index.html"),
        "<h2 class=\"group-heading\" id=\"group-1\">S</h2>",
        ">Sanctions</a>",
        "<h2 class=\"group-heading\" id=\"group-2\">T</h2>",
        ">The Arctic</a>",
        ">Trade</a>");
    site.assertFile(
        "zh-hans/topics/index.html",
        """
        <h2 class="group-heading" id="group-1">B</h2>
        <a href="/zh-hans/topics/arctic/">北极</a>
        <h2 class="group-heading" id="group-2">M</h2>
        <h2 class="group-heading" id="group-3">Z</h2>
        <li><a href="#group-1">B</a></li>
        """);
    site.assertFile(
        "zh-hant/topics/index.html",
        """
        <h2 class="group-heading" id="group-1">5劃</h2>
        <a href="/zh-hant/topics/arctic/">北極</a>
        <h2 class="group-heading" id="group-2">8劃</h2>
        <h2 class="group-heading" id="group-3">12劃</h2>
        """);
  }

  @Test
  void showsReadingTimeWithAPluralAwareString() {
    TestSite site =
        TestSite.build(
            dir,
            """
        -- content/articles/long/en.md --
        ---
        title: Long
        date: 2024-01-01
        author: ann
        ---
        %s
        -- content/articles/long/zh-Hans.md --
        ---
        title: 长文
        ---
        %s
        -- content/articles/short/en.md --
        ---
        title: Short
        date: 2024-01-02
        author: ann
        ---
        Brief.
        """
                .formatted("word ".repeat(500), "字".repeat(900)));
    site.assertFile(
        "en/articles/long/index.html", "<span class=\"reading-time\">3 minutes read</span>");
    site.assertFile(
        "en/articles/short/index.html", "<span class=\"reading-time\">1 minute read</span>");
    site.assertFile(
        "zh-hans/articles/long/index.html", "<span class=\"reading-time\">阅读约需3分钟</span>");
    site.assertFile(
        "zh-hant/articles/long/index.html", "<span class=\"reading-time\">閱讀約需3分鐘</span>");
  }

  @Test
  void readingSpeedsAndSummaryLengthsAreSettings() {
    TestSite site =
        TestSite.build(
            dir,
            """
        -- site.yaml --
        readingTime: {wordsPerMinute: 100, charactersPerMinute: 100}
        summary: {words: 4, characters: 6}
        -- content/articles/a/en.md --
        ---
        title: A
        date: 2024-01-01
        author: ann
        ---
        One two three. Four five six seven. %s
        -- content/articles/a/zh-Hans.md --
        ---
        title: 甲
        ---
        第一句话。第二句话很长。
        """
                .formatted("word ".repeat(200)));
    site.assertFile(
        "en/articles/a/index.html",
        """
        <span class="reading-time">3 minutes read</span>
        <meta name="description" content="One two three.">
        """);
    site.assertFile("zh-hans/index.html", "<p class=\"summary\">第一句话。</p>");
    site.assertFile("zh-hant/index.html", "<p class=\"summary\">第一句話。</p>");
  }

  @Test
  void normalisesInputToNfc() {
    // "Café" with a combining acute accent (NFD) in the title and the topic label.
    TestSite site =
        TestSite.build(
            dir,
            """
        -- content/topics.yaml --
        cafe: {en: "Cafe\u0301s"}
        -- content/articles/a/en.md --
        ---
        title: "Cafe\u0301 politics"
        date: 2024-01-01
        author: ann
        topics: [cafe]
        ---
        ## Cafe\u0301 talk
        """);
    site.assertFile(
        "en/articles/a/index.html",
        """
        <h1>Caf\u00e9 politics</h1>
        >Caf\u00e9s</a>
        <h2 id="caf\u00e9-talk">Caf\u00e9 talk</h2>
        ! e\u0301
        """);
  }

  @Test
  void aStringTheSiteWritesIn简体OnlyIsConvertedFor繁體RatherThanTakenFromTheBundle() {
    TestSite site =
        TestSite.build(
            dir,
            TestSite.TEA
                + """
        -- i18n/en.yaml --
        site:
          title: Harbour Letters
        -- i18n/zh-Hans.yaml --
        site:
          title: 港湾书简
        -- i18n/zh-Hant.yaml --
        site:
          tagline: 港灣書簡，三種文字。
        """);
    site.assertFile(
        "zh-hant/index.html",
        """
        港灣書簡
        ! 經度評論
        """);
    site.assertFile(
        "index.html",
        """
        港灣書簡，三種文字。
        <span class="language-site">港灣書簡</span>
        """);
    // A key the site leaves as Triglot has it keeps the bundled 繁體 text.
    site.assertFile("zh-hant/404.html", "找不到頁面");
  }
}
