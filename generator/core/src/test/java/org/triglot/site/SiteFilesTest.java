package org.triglot.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Feeds, sitemap, robots.txt, the root language chooser and the 404 pages. */
class SiteFilesTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  @TempDir Path dir;

  static Document xml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void feedHasTheLatestTwentyArticlesWithFullDatesAndAbsoluteLinks() throws Exception {
    TestSite site =
        TestSite.build(
            dir,
            TestSite.articles(25)
                + """
        -- site.yaml --
        baseUrl: https://news.example.com/
        timeZone: Asia/Taipei
        """);
    Document feed = xml(site.file("en/feed.xml"));
    Element root = feed.getDocumentElement();
    assertEquals(ATOM, root.getNamespaceURI());
    assertEquals("en", root.getAttribute("xml:lang"));
    NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
    assertEquals(20, entries.getLength());
    Element first = (Element) entries.item(0);
    assertEquals("Note 25", first.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent());
    assertEquals(
        "https://news.example.com/en/articles/note-25/",
        ((Element) first.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"));
    String published = first.getElementsByTagNameNS(ATOM, "published").item(0).getTextContent();
    assertEquals("2022-08-18T00:00:00+08:00", published);
    OffsetDateTime.parse(published);
    assertEquals("Ann Lee", first.getElementsByTagNameNS(ATOM, "name").item(0).getTextContent());
    assertTrue(
        first
            .getElementsByTagNameNS(ATOM, "content")
            .item(0)
            .getTextContent()
            .contains("<p>Body of note 25.</p>"));
    assertEquals(published, feed.getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent());
    Document zh = xml(site.file("zh-hant/feed.xml"));
    assertEquals(5, zh.getElementsByTagNameNS(ATOM, "entry").getLength());
    assertEquals(
        "筆記5",
        ((Element) zh.getElementsByTagNameNS(ATOM, "entry").item(0))
            .getElementsByTagNameNS(ATOM, "title")
            .item(0)
            .getTextContent());
  }

  @Test
  void sitemapListsEveryPageWithReciprocalHreflangAndXDefault() throws Exception {
    TestSite site =
        TestSite.build(
            dir,
            TestSite.articles(3)
                + """
        -- content/articles/zh-only/zh-Hans.md --
        ---
        title: 只有中文
        date: 2021-01-01
        author: bo
        ---
        中文正文。
        """);
    Document sitemap = xml(site.file("sitemap.xml"));
    NodeList urls = sitemap.getElementsByTagNameNS(SITEMAP, "url");
    Map<String, Map<String, String>> alternatesByUrl = new HashMap<>();
    for (int i = 0; i < urls.getLength(); i++) {
      Element url = (Element) urls.item(i);
      String loc = url.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent();
      Map<String, String> alternates = new HashMap<>();
      NodeList links = url.getElementsByTagNameNS(XHTML, "link");
      for (int j = 0; j < links.getLength(); j++) {
        Element link = (Element) links.item(j);
        assertEquals("alternate", link.getAttribute("rel"));
        alternates.put(link.getAttribute("hreflang"), link.getAttribute("href"));
      }
      alternatesByUrl.put(loc, alternates);
    }
    assertTrue(alternatesByUrl.containsKey("https://example.org/"));
    assertTrue(alternatesByUrl.containsKey("https://example.org/en/articles/note-01/"));
    assertTrue(alternatesByUrl.containsKey("https://example.org/zh-hant/articles/zh-only/"));
    assertFalse(alternatesByUrl.containsKey("https://example.org/en/articles/zh-only/"));
    assertFalse(alternatesByUrl.keySet().stream().anyMatch(u -> u.endsWith("404.html")));
    for (var entry : alternatesByUrl.entrySet()) {
      if (entry.getKey().equals("https://example.org/")) {
        continue;
      }
      Map<String, String> group = entry.getValue();
      assertTrue(group.containsKey("x-default"), entry.getKey() + " lacks x-default");
      assertTrue(group.containsValue(entry.getKey()), entry.getKey() + " does not list itself");
      for (var alternate : group.entrySet()) {
        if (alternate.getKey().equals("x-default")) {
          continue;
        }
        Map<String, String> other = alternatesByUrl.get(alternate.getValue());
        assertTrue(other != null, alternate.getValue() + " is an alternate but not in the sitemap");
        assertEquals(
            group,
            other,
            "alternates of " + entry.getKey() + " and " + alternate.getValue() + " differ");
      }
    }
    assertEquals(
        Map.of(
            "zh-Hans",
            "https://example.org/zh-hans/articles/zh-only/",
            "zh-Hant",
            "https://example.org/zh-hant/articles/zh-only/",
            "x-default",
            "https://example.org/zh-hans/articles/zh-only/"),
        alternatesByUrl.get("https://example.org/zh-hant/articles/zh-only/"));
  }

  @Test
  void robotsPointToTheSitemap() {
    TestSite site = TestSite.build(dir, TestSite.articles(1));
    assertEquals(
        "User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n",
        site.file("robots.txt"));
  }

  @Test
  void rootPageLetsTheReaderChooseALanguageWithoutScript() {
    TestSite site = TestSite.build(dir, TestSite.articles(1));
    site.assertFile(
        "index.html",
        """
        <html lang="en">
        <link rel="canonical" href="https://example.org/">
        <link rel="alternate" hreflang="zh-Hant" href="https://example.org/zh-hant/">
        <link rel="alternate" hreflang="x-default" href="https://example.org/">
        <body class="chooser">
        <h1 class="visually-hidden"><span lang="en">Choose a language</span> · <span lang="zh-Hans">选择语言</span> · <span lang="zh-Hant">選擇語言</span></h1>
        <li lang="en"><a href="/en/" hreflang="en"><span class="language-site">The Longitude Review</span> <span class="language-name">English</span></a>
        <li lang="zh-Hans"><a href="/zh-hans/" hreflang="zh-Hans"><span class="language-site">经度评论</span> <span class="language-name">简体中文</span></a>
        <li lang="zh-Hant"><a href="/zh-hant/" hreflang="zh-Hant"><span class="language-site">經度評論</span> <span class="language-name">繁體中文</span></a>
        ! <script
        """);
  }

  @Test
  void everyLanguageHasANotFoundPageAndTheSiteHasOneForAllPaths() {
    TestSite site = TestSite.build(dir, TestSite.articles(1));
    for (String lang : List.of("en", "zh-hans", "zh-hant")) {
      site.assertFile(
          lang + "/404.html",
          """
          <meta name="robots" content="noindex">
          <link rel="canonical" href="https://example.org/%s/404.html">
          """
              .formatted(lang));
    }
    site.assertFile("zh-hans/404.html", "<h1>找不到页面</h1>");
    site.assertFile(
        "404.html",
        """
        <html lang="en">
        <meta name="robots" content="noindex">
        <title>Page not found · 找不到页面 · 找不到頁面</title>
        <link rel="canonical" href="https://example.org/404.html">
        <h1><span lang="en">Page not found</span> · <span lang="zh-Hans">找不到页面</span> · <span lang="zh-Hant">找不到頁面</span></h1>
        <a href="/en/" hreflang="en">
        <a href="/zh-hant/" hreflang="zh-Hant">
        ! hreflang="x-default"
        """);
  }

  @Test
  void rootPagesTakeTheirTextFromTheStringsOfEveryLanguage() {
    TestSite site =
        TestSite.build(
            dir,
            TestSite.articles(1)
                + """
        -- i18n/en.yaml --
        root:
          heading: Pick your edition
        -- i18n/zh-Hans.yaml --
        site:
          tagline: 每周国际评论。
        -- i18n/zh-Hant.yaml --
        notFound:
          heading: 頁面不見了
          message: 這個網址沒有頁面。
        """);
    site.assertFile(
        "index.html",
        """
        <h1 class="visually-hidden"><span lang="en">Pick your edition</span> · <span lang="zh-Hans">选择语言</span>
        <p>每周国际评论。</p>
        ! Choose a language
        """);
    // The site's own 繁體 heading outranks the bundled 简体 one: 简体 gets it converted.
    site.assertFile(
        "404.html",
        """
        <title>Page not found · 页面不见了 · 頁面不見了</title>
        <span lang="zh-Hans">页面不见了</span>
        <span lang="zh-Hant">頁面不見了</span></h1>
        <li lang="zh-Hant"><p>這個網址沒有頁面。</p>
        """);
  }
}
