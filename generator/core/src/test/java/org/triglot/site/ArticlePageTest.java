package org.triglot.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/** The article page of each language: chrome, byline, body, topics, related list, Back to Top. */
class ArticlePageTest {
  @TempDir Path dir;

  private static final String TEA =
      """
      -- content/articles/tea-trade/en.md --
      ---
      title: "The Tea Trade & Its <Discontents>"
      date: 2021-04-06
      author: ann
      topics: [tea, trade]
      summary: "Why tea still matters: a summary with <b>markup</b>."
      ---
      Tea crossed the world long before **containers** did.

      ## Where the Leaves Went

      A second paragraph with <span class="editor">raw HTML</span>.
      -- content/articles/tea-trade/zh-Hans.md --
      ---
      title: 茶叶贸易及其不满
      summary: 茶为何仍然重要。
      ---
      茶叶早在集装箱之前就已周游世界。

      ## 茶叶去了哪里

      第二段。
      """;

  @Test
  void showsTitleDateAuthorWithTitleBodyAndTopics() {
    TestSite site = TestSite.build(dir, TEA);
    site.assertFile(
        "en/articles/tea-trade/index.html",
        """
        <html lang="en" data-fonts="latin">
        <title>The Tea Trade &amp; Its &lt;Discontents&gt; · The Longitude Review</title>
        <h1>The Tea Trade &amp; Its &lt;Discontents&gt;</h1>
        <a href="/en/authors/ann/" rel="author">Ann Lee</a><span class="author-title">, Professor of History, Lakeside University</span>
        <time datetime="2021-04-06">Apr 06, 2021</time>
        <p>Tea crossed the world long before <strong>containers</strong> did.</p>
        <h2 id="where-the-leaves-went">Where the Leaves Went</h2>
        <span class="editor">raw HTML</span>
        <a href="/en/topics/tea/" rel="tag">Tea</a>
        <a href="/en/topics/trade/" rel="tag">Trade</a>
        <meta name="description" content="Why tea still matters: a summary with &lt;b&gt;markup&lt;/b&gt;.">
        ! <b>markup</b>
        """);
    site.assertFile(
        "zh-hans/articles/tea-trade/index.html",
        """
        <html lang="zh-Hans" data-fonts="hans">
        <h1>茶叶贸易及其不满</h1>
        <a href="/zh-hans/authors/ann/" rel="author">李安</a><span class="author-title">，湖滨大学历史学教授</span>
        <time datetime="2021-04-06">2021年4月6日</time>
        <h2 id="茶叶去了哪里">茶叶去了哪里</h2>
        <a href="/zh-hans/topics/tea/" rel="tag">茶叶</a>
        """);
  }

  @Test
  void hasCanonicalAlternatesAndASwitcherEntryPerLanguage() {
    TestSite site = TestSite.build(dir, TEA);
    site.assertFile(
        "zh-hans/articles/tea-trade/index.html",
        """
        <link rel="canonical" href="https://example.org/zh-hans/articles/tea-trade/">
        <link rel="alternate" hreflang="en" href="https://example.org/en/articles/tea-trade/">
        <link rel="alternate" hreflang="zh-Hans" href="https://example.org/zh-hans/articles/tea-trade/">
        <link rel="alternate" hreflang="zh-Hant" href="https://example.org/zh-hant/articles/tea-trade/">
        <link rel="alternate" hreflang="x-default" href="https://example.org/en/articles/tea-trade/">
        <a href="/en/articles/tea-trade/" lang="en" hreflang="en">English</a>
        <a href="/zh-hans/articles/tea-trade/" lang="zh-Hans" hreflang="zh-Hans" aria-current="page">简体</a>
        <a href="/zh-hant/articles/tea-trade/" lang="zh-Hant" hreflang="zh-Hant">繁體</a>
        """);
  }

  @Test
  void marksALanguageWithoutAVersionAsUnavailableInsteadOfLinkingIt() {
    TestSite site =
        TestSite.build(
            dir,
            """
        -- content/articles/only-english/en.md --
        ---
        title: Only English
        date: 2022-01-02
        author: bo
        ---
        Just English.
        """);
    site.assertFile(
        "en/articles/only-english/index.html",
        """
        <span class="unavailable" lang="zh-Hans" title="not available in this language">简体<span class="visually-hidden"> (not available in this language)</span></span>
        <span class="unavailable" lang="zh-Hant"
        ! href="/zh-hans/articles/only-english/"
        ! hreflang="zh-Hans" href=
        <link rel="alternate" hreflang="x-default" href="https://example.org/en/articles/only-english/">
        """);
    site.assertNoFile("zh-hans/articles/only-english/index.html");
    site.assertNoFile("zh-hant/articles/only-english/index.html");
  }

  @Test
  void hasABackToTopLinkThatIsAPlainAnchor() {
    TestSite site = TestSite.build(dir, TEA);
    site.assertFile(
        "en/articles/tea-trade/index.html",
        """
        <header class="site-header" id="site-top">
        <a href="#site-top">Back to Top
        ! <script>
        ! <script src
        """);
    // The one script element is data (schema.org JSON-LD), which browsers do not run.
    assertEquals(1, site.file("en/articles/tea-trade/index.html").split("<script", -1).length - 1);
    site.assertFile("en/articles/tea-trade/index.html", "<script type=\"application/ld+json\">");
    site.assertFile(
        "zh-hant/articles/tea-trade/index.html",
        """
        <a href="#site-top">回到頁首
        """);
  }

  @Test
  void escapesEveryValueFromDataFiles() {
    TestSite site =
        TestSite.build(
            dir,
            """
        -- content/topics.yaml --
        tea: {en: "Tea <script>alert(1)</script>"}
        -- content/authors.yaml --
        ann:
          name: {en: "Ann \\"Q\\" <Lee>"}
          title: {en: "Fellow & <i>Scholar</i>"}
        -- content/articles/x/en.md --
        ---
        title: X
        date: 2022-01-02
        author: ann
        topics: [tea]
        ---
        Body.
        """);
    site.assertFile(
        "en/articles/x/index.html",
        """
        Tea &lt;script&gt;alert(1)&lt;/script&gt;
        Ann &quot;Q&quot; &lt;Lee&gt;
        Fellow &amp; &lt;i&gt;Scholar&lt;/i&gt;
        ! <script>alert(1)
        ! <i>Scholar</i>
        """);
  }
}
