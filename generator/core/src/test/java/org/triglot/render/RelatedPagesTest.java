package org.triglot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/** "You might also like" across the three sites, on inline sites. */
class RelatedPagesTest {
  @TempDir Path dir;

  /**
   * Five Arctic pieces in different sets of languages: all three; English and written 繁體 (简体
   * derived); English only; 简体 only (繁體 derived); English and 简体 (繁體 derived).
   */
  private static final String ARCTIC =
      """
      -- content/articles/arctic-routes/en.md --
      ---
      title: Arctic Routes
      date: 2024-05-01
      author: ann
      topics: [arctic, trade]
      ---
      Arctic shipping routes open as sea ice retreats. Shipping companies test Arctic routes.
      -- content/articles/arctic-routes/zh-Hans.md --
      ---
      title: 北极航线
      ---
      北极航线随着海冰消退而开放。航运公司测试北极航线。
      -- content/articles/arctic-routes/zh-Hant.md --
      ---
      title: 北極航線
      ---
      北極航線隨著海冰消退而開放。航運公司測試北極航線。
      -- content/articles/ice-law/en.md --
      ---
      title: Ice and Law
      date: 2024-04-01
      author: bo
      topics: [arctic]
      ---
      Sea ice and the law of the sea. Claims to Arctic waters rest on the law of the sea.
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
      Polar ports handle Arctic shipping. Ports along Arctic routes expand.
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
      Sea ice thins every summer. Sea ice in the Arctic is younger and thinner.
      -- content/articles/sea-ice/zh-Hans.md --
      ---
      title: 海冰
      ---
      海冰每年夏天变薄。
      """;

  private static List<String> relatedLinks(TestSite site, String page) {
    return Jsoup.parse(site.file(page)).select("aside.related .item-title a").stream()
        .map(a -> a.attr("href"))
        .toList();
  }

  @Test
  void theThreeLanguagePagesShowTheSameRelatedArticlesInTheSameOrder() {
    TestSite site = TestSite.build(dir, ARCTIC);

    List<String> en = relatedLinks(site, "en/articles/arctic-routes/index.html");
    List<String> hans = relatedLinks(site, "zh-hans/articles/arctic-routes/index.html");
    List<String> hant = relatedLinks(site, "zh-hant/articles/arctic-routes/index.html");

    // One list for the article: polar-ports (same topics), sea-ice (same author), tea-routes
    // (trade,
    // same author), ice-law (the Arctic); each page keeps those it has a version of, in that order.
    assertEquals(
        List.of("/en/articles/polar-ports/", "/en/articles/sea-ice/", "/en/articles/ice-law/"), en);
    assertEquals(
        List.of(
            "/zh-hans/articles/sea-ice/",
            "/zh-hans/articles/tea-routes/",
            "/zh-hans/articles/ice-law/"),
        hans);
    assertEquals(
        List.of(
            "/zh-hant/articles/sea-ice/",
            "/zh-hant/articles/tea-routes/",
            "/zh-hant/articles/ice-law/"),
        hant);
  }

  @Test
  void anArticleWithoutAVersionInThePageLanguageIsLeftOutNotLinkedAcross() {
    TestSite site = TestSite.build(dir, ARCTIC);

    site.assertFile(
        "zh-hans/articles/arctic-routes/index.html",
        """
        ! /en/articles/polar-ports/
        ! Polar Ports
        """);
    site.assertFile(
        "en/articles/arctic-routes/index.html",
        """
        ! tea-routes
        ! 茶叶之路
        """);
    // sea-ice has no 繁體 file: its derived version is linked, with its converted title.
    Element item =
        Jsoup.parse(site.file("zh-hant/articles/arctic-routes/index.html"))
            .selectFirst("aside.related a[href$=/sea-ice/]");
    assertEquals("海冰", item.text());
  }

  @Test
  void relatedListsStayTheSameWhenAnUnrelatedArticleIsAdded() {
    TestSite before = TestSite.build(dir, ARCTIC);
    TestSite after =
        TestSite.build(
            dir,
            """
        -- content/articles/knitting/en.md --
        ---
        title: Knitting Circles
        date: 2019-06-01
        author: bo
        topics: [crafts]
        ---
        Knitting circles meet on Sundays. Wool and needles pass between generations of knitters.
        -- content/topics.yaml --
        tea: {en: Tea, zh-Hans: 茶叶}
        trade: {en: Trade, zh-Hans: 贸易, zh-Hant: 貿易}
        arctic: {en: The Arctic, zh-Hans: 北极}
        crafts: {en: Crafts}
        """);

    for (String page :
        List.of(
            "en/articles/arctic-routes/index.html",
            "zh-hans/articles/arctic-routes/index.html",
            "en/articles/ice-law/index.html",
            "zh-hant/articles/ice-law/index.html",
            "en/articles/sea-ice/index.html",
            "en/articles/polar-ports/index.html",
            "zh-hans/articles/tea-routes/index.html")) {
      assertEquals(relatedLinks(before, page), relatedLinks(after, page), page);
    }
    assertTrue(after.has("en/articles/knitting/index.html"));
    after.assertFile("en/articles/knitting/index.html", "! class=\"related\"");
  }
}
