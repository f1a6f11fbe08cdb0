package org.triglot.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/** Home, topic, author and archive listings of each language. */
class ListingPagesTest {
  @TempDir Path dir;

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
}
