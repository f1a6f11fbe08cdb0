package org.triglot.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/** Home, topic, author and archive listings of each language. */
class ListingPagesTest {
  @TempDir Path dir;

  /**
   * Five pieces in different sets of languages: all three; English and written 繁體 (简体 derived);
   * English only; 简体 only (繁體 derived); English and 简体 (繁體 derived).
   */
  private static final String FIVE_SHAPES =
      """
      -- content/articles/arctic-routes/en.md --
      ---
      title: Arctic Routes
      date: 2024-05-01
      author: ann
      topics: [arctic, trade]
      ---
      Arctic shipping routes open.
      -- content/articles/arctic-routes/zh-Hans.md --
      ---
      title: 北极航线
      ---
      北极航线开放。
      -- content/articles/arctic-routes/zh-Hant.md --
      ---
      title: 北極航線
      ---
      北極航線開放。
      -- content/articles/ice-law/en.md --
      ---
      title: Ice and Law
      date: 2024-04-01
      author: bo
      topics: [arctic]
      ---
      Sea ice and the law of the sea.
      -- content/articles/ice-law/zh-Hant.md --
      ---
      title: 海冰與法律
      ---
      海冰與海洋法。
      -- content/articles/polar-ports/en.md --
      ---
      title: Polar Ports
      date: 2024-03-01
      author: bo
      topics: [arctic, trade]
      ---
      Polar ports handle Arctic shipping.
      -- content/articles/tea-routes/zh-Hans.md --
      ---
      title: 茶叶之路
      date: 2024-02-01
      author: ann
      topics: [tea, trade]
      ---
      茶叶贸易的航线。
      -- content/articles/sea-ice/en.md --
      ---
      title: Sea Ice
      date: 2024-01-01
      author: ann
      topics: [arctic]
      ---
      Sea ice thins every summer.
      -- content/articles/sea-ice/zh-Hans.md --
      ---
      title: 海冰
      ---
      海冰每年夏天变薄。
      """;

  @Test
  void paginatesTheHomePageTwentyToAPage() {
    TestSite site = TestSite.build(dir, TestSite.articles(25));
    site.assertFile(
        "en/index.html",
        """
        <h1>Latest commentary</h1>
        <a href="/en/articles/note-25/">Note 25</a>
        <a href="/en/articles/note-06/">Note 6</a>
        ! note-05/
        <p class="summary">Summary of note 25.</p>
        <time datetime="2022-08-18">Aug 18, 2022</time>
        <p class="pager-status">Page 1 of 2</p>
        <a href="/en/page/2/" rel="next">Next</a>
        """);
    site.assertCount("en/index.html", "<article class=\"item\">", 20);
    site.assertFile(
        "en/page/2/index.html",
        """
        <title>Latest commentary, page 2 · The Longitude Review</title>
        <a href="/en/articles/note-05/">Note 5</a>
        <a href="/en/articles/note-01/">Note 1</a>
        <a href="/en/" rel="prev">Previous</a>
        <link rel="canonical" href="https://example.org/en/page/2/">
        ! hreflang="zh-Hans" href="https://example.org/zh-hans/page/2/"
        """);
    site.assertCount("en/page/2/index.html", "<article class=\"item\">", 5);
    site.assertNoFile("zh-hans/page/2/index.html");
    site.assertFile(
        "zh-hans/index.html",
        """
        <link rel="alternate" hreflang="x-default" href="https://example.org/">
        <a href="/zh-hans/articles/note-05/">笔记5</a>
        """);
  }

  @Test
  void listsEveryTopicWithAPluralAwareCount() {
    TestSite site =
        TestSite.build(
            dir,
            TestSite.articles(3)
                + """
        -- content/articles/lone/en.md --
        ---
        title: Lone
        date: 2019-05-05
        author: bo
        topics: [arctic]
        ---
        Alone.
        """);
    site.assertFile(
        "en/topics/index.html",
        """
        <a href="/en/topics/tea/">Tea</a> <span class="count">3 articles</span>
        <a href="/en/topics/trade/">Trade</a> <span class="count">1 article</span>
        <a href="/en/topics/arctic/">The Arctic</a> <span class="count">1 article</span>
        """);
    site.assertFile(
        "zh-hans/topics/index.html",
        """
        <a href="/zh-hans/topics/tea/">茶叶</a> <span class="count">3篇文章</span>
        """);
    site.assertFile(
        "zh-hant/topics/index.html",
        """
        <a href="/zh-hant/topics/tea/">茶葉</a> <span class="count">3篇文章</span>
        <a href="/zh-hant/topics/trade/">貿易</a>
        """);
  }

  @Test
  void paginatesTopicPagesAndOnlyListsArticlesInThePagesLanguage() {
    TestSite site = TestSite.build(dir, TestSite.articles(45));
    site.assertFile(
        "en/topics/tea/index.html",
        """
        <h1>Tea</h1>
        <p class="pager-status">Page 1 of 3</p>
        <a href="/en/topics/tea/page/3/">3</a>
        """);
    site.assertCount("en/topics/tea/page/3/index.html", "<article class=\"item\">", 5);
    site.assertCount("zh-hans/topics/tea/index.html", "<article class=\"item\">", 5);
    site.assertNoFile("zh-hans/topics/tea/page/2/index.html");
    site.assertFile("en/topics/trade/index.html", "<a href=\"/en/articles/note-45/\">Note 45</a>");
  }

  @Test
  void topicPagesListTheSameArticlesInEveryLanguageAndLabelsFallBack() {
    TestSite site =
        TestSite.build(
            dir,
            FIVE_SHAPES
                + """
        -- content/topics.yaml --
        tea: {en: Tea, zh-Hans: 茶叶}
        trade: {en: Trade, zh-Hans: 贸易, zh-Hant: 貿易}
        arctic: The Arctic
        """);

    assertEquals(
        List.of("arctic-routes", "polar-ports"),
        slugs(listing(site, "en/topics/trade/index.html")));
    assertEquals(
        List.of("arctic-routes", "tea-routes"),
        slugs(listing(site, "zh-hans/topics/trade/index.html")));
    assertEquals(
        List.of("arctic-routes", "tea-routes"),
        slugs(listing(site, "zh-hant/topics/trade/index.html")));
    assertEquals(
        List.of("arctic-routes", "ice-law", "polar-ports", "sea-ice"),
        slugs(listing(site, "en/topics/arctic/index.html")));
    assertEquals(
        List.of("arctic-routes", "ice-law", "sea-ice"),
        slugs(listing(site, "zh-hant/topics/arctic/index.html")));

    // 繁體 label derived from 简体; a topic with only an English label shows it; never an empty link.
    site.assertFile("zh-hant/topics/tea/index.html", "<h1>茶葉</h1>");
    site.assertFile("zh-hans/topics/arctic/index.html", "<h1>The Arctic</h1>");
    site.assertFile(
        "zh-hant/articles/arctic-routes/index.html",
        """
        rel="tag">The Arctic</a>
        rel="tag">貿易</a>
        """);
    site.assertFile(
        "zh-hant/topics/index.html",
        """
        茶葉
        The Arctic
        貿易
        """);
    for (String page : site.files().keySet()) {
      if (page.endsWith(".html")) {
        for (Element link : Jsoup.parse(site.file(page)).select("a[href]")) {
          assertTrue(
              !link.text().isBlank() || !link.select("img").isEmpty(),
              () -> page + " has an empty link: " + link);
        }
      }
    }
  }

  @Test
  void showsAuthorPagesWithNameTitleAndTheirArticles() {
    TestSite site = TestSite.build(dir, TestSite.articles(4));
    site.assertFile(
        "en/authors/ann/index.html",
        """
        <h1>Ann Lee</h1>
        <p class="intro">Professor of History, Lakeside University</p>
        <a href="/en/articles/note-03/">Note 3</a>
        <a href="/en/articles/note-01/">Note 1</a>
        ! note-02
        """);
    site.assertFile(
        "zh-hant/authors/ann/index.html",
        """
        <h1>李安</h1>
        <p class="intro">湖濱大學歷史學教授</p>
        """);
    site.assertFile(
        "en/authors/index.html",
        """
        <a href="/en/authors/ann/">Ann Lee</a><span class="author-title">, Professor of History, Lakeside University</span> <span class="count">2 articles</span>
        """);
  }

  @Test
  void groupsTheArchiveByYear() {
    TestSite site = TestSite.build(dir, TestSite.articles(12));
    site.assertFile(
        "en/archive/index.html",
        """
        <a href="/en/archive/2021/">2021</a> <span class="count">2 articles</span>
        <a href="/en/archive/2020/">2020</a> <span class="count">10 articles</span>
        """);
    site.assertFile(
        "en/archive/2020/index.html",
        """
        <h1>Articles of 2020</h1>
        <a href="/en/articles/note-01/">Note 1</a>
        ! note-12
        """);
    site.assertFile("zh-hans/archive/2020/index.html", "<h1>2020年文章</h1>");
    site.assertNoFile("zh-hans/archive/2021/index.html");
    String archive = site.file("en/archive/index.html");
    assertTrue(
        archive.indexOf("/en/archive/2021/") < archive.indexOf("/en/archive/2020/"),
        "newest year first");
  }

  @Test
  void numbersArePrintedWithoutGroupingOrLocaleDigits() {
    TestSite site = TestSite.build(dir, TestSite.articles(1));
    site.assertFile("en/archive/index.html", "! 2,020");
    Matcher years =
        Pattern.compile("/en/archive/(\\d+)/").matcher(site.file("en/archive/index.html"));
    assertTrue(years.find());
    assertEquals("2020", years.group(1));
  }

  private static List<String> listing(TestSite site, String page) {
    return Jsoup.parse(site.file(page)).select("section.listing .item-title a").stream()
        .map(a -> a.attr("href"))
        .toList();
  }

  private static List<String> slugs(List<String> links) {
    return links.stream().map(href -> href.replaceAll(".*/articles/([^/]+)/$", "$1")).toList();
  }
}
