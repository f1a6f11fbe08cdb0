package org.triglot.site;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/**
 * Chinese-aware Markdown through a whole build (docs/cjk-markdown.md): wrapped Chinese lines join
 * without a space in the written and the derived edition and in their summaries, CJK text quoted in
 * an English page joins the same way, emphasis works next to full-width punctuation, and code, raw
 * HTML and English come out as CommonMark renders them.
 */
class CjkMarkdownSiteTest {
  @TempDir Path dir;

  /** {@code needle} occurs in {@code path}; for HTML that spans lines. */
  private static void assertContains(TestSite site, String path, String needle) {
    String text = site.file(path);
    assertTrue(
        text.contains(needle), () -> path + " should contain:\n" + needle + "\n---\n" + text);
  }

  @Test
  void joinsWrappedChineseLinesInTheWrittenAndTheDerivedEditionAndTheirSummaries() {
    TestSite site =
        TestSite.build(
            dir,
            """
        -- content/articles/arctic/zh-Hans.md --
        ---
        title: 北极
        date: 2024-01-01
        author: ann
        ---
        “北极例外论”这个说法，如今被怀疑者
        提及的次数几乎和支持者一样多。
        他剪了头
        发，讨论
        GDP
        增长。
        """);
    site.assertFile(
        "zh-hans/articles/arctic/index.html", "<p>“北极例外论”这个说法，如今被怀疑者提及的次数几乎和支持者一样多。他剪了头发，讨论");
    assertContains(site, "zh-hans/articles/arctic/index.html", "讨论\nGDP\n增长。</p>");
    // The derived edition converts the joined text, so 头发 becomes 頭髮 (not 頭發) across the break.
    site.assertFile(
        "zh-hant/articles/arctic/index.html", "<p>“北極例外論”這個說法，如今被懷疑者提及的次數幾乎和支持者一樣多。他剪了頭髮，討論");
    // The summary is the first paragraph's text: no space where lines joined, one beside GDP.
    site.assertFile(
        "zh-hans/index.html",
        "<p class=\"summary\">“北极例外论”这个说法，如今被怀疑者提及的次数几乎和支持者一样多。" + "他剪了头发，讨论 GDP 增长。</p>");
  }

  @Test
  void joinsCjkLinesInAnEnglishPageOnlyWhereBothSidesAreCjk() {
    TestSite site =
        TestSite.build(
            dir,
            """
        -- content/articles/arctic/en.md --
        ---
        title: Arctic
        date: 2024-01-01
        author: ann
        ---
        The phrase “北极
        例外论”
        means Arctic
        exceptionalism; 中文
        and *English*
        stay apart.
        """);
    assertContains(
        site,
        "en/articles/arctic/index.html",
        "<p>The phrase “北极例外论”\nmeans Arctic\nexceptionalism; 中文\nand <em>English</em>\n"
            + "stay apart.</p>");
  }

  @Test
  void joinsWrappedJapaneseLines() {
    TestSite site =
        TestSite.build(
            dir,
            """
        -- site.yaml --
        languages: [en, ja]
        -- i18n/ja.yaml --
        language:
          name: 日本語
        -- content/articles/tea/ja.md --
        ---
        title: お茶
        date: 2024-01-01
        author: ann
        ---
        お茶の
        歴史について。
        """);
    site.assertFile("ja/articles/tea/index.html", "<p>お茶の歴史について。</p>");
  }

  @Test
  void rendersEmphasisNextToFullWidthPunctuationAndCjkCharacters() {
    TestSite site =
        TestSite.build(
            dir,
            """
        -- content/articles/arctic/zh-Hans.md --
        ---
        title: 北极
        date: 2024-01-01
        author: ann
        ---
        **“北极例外论”**这个说法

        这是*重要*的

        《**条约**》

        **交付时间。**许多国家

        这是_重要_的，北极** 例外**
        -- content/articles/arctic/en.md --
        ---
        title: Arctic
        ---
        The phrase **“北极例外论”**这个说法 and *emphasis*.
        """);
    site.assertFile(
        "zh-hans/articles/arctic/index.html",
        """
        <p><strong>“北极例外论”</strong>这个说法</p>
        <p>这是<em>重要</em>的</p>
        <p>《<strong>条约</strong>》</p>
        <p><strong>交付时间。</strong>许多国家</p>
        <p>这是_重要_的，北极** 例外**</p>
        """);
    site.assertFile(
        "zh-hant/articles/arctic/index.html",
        """
        <p><strong>“北極例外論”</strong>這個說法</p>
        <p>《<strong>條約</strong>》</p>
        """);
    site.assertFile(
        "en/articles/arctic/index.html",
        "<p>The phrase <strong>“北极例外论”</strong>这个说法 and <em>emphasis</em>.</p>");
  }

  @Test
  void leavesCodeSpansCodeBlocksAndRawHtmlAsWritten() {
    TestSite site =
        TestSite.build(
            dir,
            """
        -- content/articles/code/zh-Hans.md --
        ---
        title: 代码
        date: 2024-01-01
        author: ann
        ---
        运行`**“北”**这`之后<span title="**“北”**这">北</span>
        京

        ```
        北
        京 **“北”**这
        ```

        <div>
        北
        京 **“北”**这
        </div>
        """);
    String page = "zh-hans/articles/code/index.html";
    assertContains(
        site, page, "<p>运行<code>**“北”**这</code>之后<span title=\"**“北”**这\">北</span>\n京</p>");
    assertContains(site, page, "<pre><code>北\n京 **“北”**这\n</code></pre>");
    assertContains(site, page, "<div>\n北\n京 **“北”**这\n</div>");
  }

  @Test
  void thePreviewRendersTheSameTextForEachLanguageItIsWrittenIn() {
    // A quotation mark before a break counts as CJK in Chinese only: the same body renders
    // differently in the two files, also when the preview remembers bodies between rebuilds.
    String body = "他用英语说“Hello”\n然后走了。\n";
    TestSite.write(dir, TestSite.COMMON);
    TestSite.write(
        dir,
        """
        -- content/articles/hello/en.md --
        ---
        title: Hello
        date: 2024-01-01
        author: ann
        ---
        %s
        -- content/articles/hello/zh-Hans.md --
        ---
        title: 你好
        ---
        %s
        """
            .formatted(body, body));
    MemoryOutput output = new MemoryOutput();
    SiteBuild.remembering().build(TestSite.defaultRequest(dir), output);
    String english = new String(output.find("en/articles/hello/index.html").orElseThrow(), UTF_8);
    String chinese =
        new String(output.find("zh-hans/articles/hello/index.html").orElseThrow(), UTF_8);
    assertTrue(english.contains("<p>他用英语说“Hello”\n然后走了。</p>"), english);
    assertTrue(chinese.contains("<p>他用英语说“Hello”然后走了。</p>"), chinese);
  }
}
