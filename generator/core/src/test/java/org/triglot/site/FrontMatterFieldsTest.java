package org.triglot.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/** Open front matter: custom fields reach templates; {@code updated} and {@code aliases}. */
class FrontMatterFieldsTest {
  @TempDir Path dir;

  private static final String TEMPLATE_WITH_PARAMS =
      """
      -- templates/article.ftlh --
      <#import "layout.ftlh" as layout>
      <@layout.frame>
      <p class="kicker">${article.params.kicker}</p>
      <p class="rank">${article.params.rank + 1}</p>
      <p class="ratio">${article.params.ratio?c}</p>
      <p class="featured">${article.params.featured?then("yes", "no")}</p>
      <ul><#list article.params.refs as s><li>${s}</li></#list></ul>
      <p class="map">${article.params.map.lat?c},${article.params.map.lon?c}</p>
      <p class="has-missing">${(article.params.missing)!"none"}</p>
      </@layout.frame>
      """;

  @Test
  void unknownFieldsReachTemplatesWithTheirYamlTypesAndTranslationsOverrideThem() {
    TestSite site =
        TestSite.build(
            dir,
            TEMPLATE_WITH_PARAMS
                + """
                -- content/articles/tea/en.md --
                ---
                title: Tea
                date: 2024-03-01
                author: ann
                kicker: Long read
                rank: 41
                ratio: 0.25
                featured: true
                refs: [FAO, "<WTO>"]
                map: {lat: 25.03, lon: 121.56}
                ---
                About tea.
                -- content/articles/tea/zh-Hans.md --
                ---
                title: 茶
                kicker: 长文
                ---
                关于茶。
                """);
    site.assertFile(
        "en/articles/tea/index.html",
        """
        <p class="kicker">Long read</p>
        <p class="rank">42</p>
        <p class="ratio">0.25</p>
        <p class="featured">yes</p>
        <ul><li>FAO</li><li>&lt;WTO&gt;</li></ul>
        <p class="map">25.03,121.56</p>
        <p class="has-missing">none</p>
        """);
    site.assertFile(
        "zh-hans/articles/tea/index.html", "<p class=\"kicker\">长文</p>\n<p class=\"rank\">42</p>");
    site.assertFile("zh-hant/articles/tea/index.html", "<p class=\"kicker\">长文</p>");
    assertEquals(List.of(), site.result().warnings(), "custom fields are not warned about");
  }

  @Test
  void aNearMissOfAKnownFieldIsAWarningWithDidYouMean() {
    TestSite site =
        TestSite.build(
            dir,
            """
            -- content/articles/tea/en.md --
            ---
            title: Tea
            date: 2024-03-01
            author: ann
            topic: tea
            ---
            About tea.
            """);
    assertEquals(1, site.result().warnings().size(), site.result().warnings().toString());
    String warning = site.result().warnings().get(0).format();
    assertTrue(
        warning.startsWith(
            "content/articles/tea/en.md:5:1: warning: unknown field \"topic\" is kept for templates as article.params.topic"),
        warning);
    assertTrue(warning.contains("hint: did you mean \"topics\"?"), warning);
  }

  @Test
  void updatedIsShownAndDatesTheFeedEntryAndSitemap() {
    TestSite site =
        TestSite.build(
            dir,
            """
            -- content/articles/tea/en.md --
            ---
            title: Tea
            date: 2024-03-01
            updated: 2024-05-02
            author: ann
            ---
            About tea.
            -- content/articles/tea/zh-Hans.md --
            ---
            title: 茶
            ---
            关于茶。
            """);
    site.assertFile(
        "en/articles/tea/index.html",
        """
        <time datetime="2024-03-01">Mar 01, 2024</time>
        <time class="updated" datetime="2024-05-02">Updated May 02, 2024</time>
        """);
    site.assertFile(
        "zh-hans/articles/tea/index.html",
        "<time class=\"updated\" datetime=\"2024-05-02\">更新于2024年5月2日</time>");
    site.assertFile(
        "zh-hant/articles/tea/index.html",
        "<time class=\"updated\" datetime=\"2024-05-02\">更新於2024年5月2日</time>");
    site.assertFile(
        "en/feed.xml",
        """
        <updated>2024-05-02T00:00:00Z</updated>
        <published>2024-03-01T00:00:00Z</published>
        """);
    site.assertFile(
        "sitemap.xml",
        """
        <loc>https://example.org/en/articles/tea/</loc>
        <lastmod>2024-05-02</lastmod>
        ! <lastmod>2024-03-01</lastmod>
        """);
  }

  @Test
  void updatedBeforeDateIsAnErrorAtItsLine() {
    List<String> errors =
        TestSite.buildFailing(
            dir,
            """
            -- content/articles/tea/en.md --
            ---
            title: Tea
            date: 2024-03-01
            updated: 2024-02-01
            author: ann
            ---
            About tea.
            """);
    assertEquals(1, errors.size(), String.join("\n", errors));
    assertTrue(
        errors
            .get(0)
            .startsWith("content/articles/tea/en.md:4:10: error: updated is earlier than date"),
        errors.get(0));
  }

  @Test
  void aliasesRedirectInEveryLanguageOfTheArticle() {
    TestSite site =
        TestSite.build(
            dir,
            """
            -- content/articles/tea-trade/en.md --
            ---
            title: Tea Trade
            date: 2024-03-01
            author: ann
            aliases: [tea, old-tea]
            ---
            About tea.
            -- content/articles/tea-trade/zh-Hans.md --
            ---
            title: 茶叶贸易
            ---
            关于茶。
            """);
    site.assertFile(
        "en/articles/tea/index.html",
        """
        <html lang="en">
        <meta name="robots" content="noindex">
        <meta http-equiv="refresh" content="0; url=/en/articles/tea-trade/">
        <link rel="canonical" href="https://example.org/en/articles/tea-trade/">
        <a href="/en/articles/tea-trade/">Tea Trade</a>
        """);
    site.assertFile(
        "zh-hant/articles/old-tea/index.html",
        """
        <html lang="zh-Hant">
        <meta http-equiv="refresh" content="0; url=/zh-hant/articles/tea-trade/">
        <a href="/zh-hant/articles/tea-trade/">茶葉貿易</a>
        """);
    assertEquals(
        """
        /en/articles/tea/ /en/articles/tea-trade/ 301
        /en/articles/old-tea/ /en/articles/tea-trade/ 301
        /zh-hans/articles/tea/ /zh-hans/articles/tea-trade/ 301
        /zh-hans/articles/old-tea/ /zh-hans/articles/tea-trade/ 301
        /zh-hant/articles/tea/ /zh-hant/articles/tea-trade/ 301
        /zh-hant/articles/old-tea/ /zh-hant/articles/tea-trade/ 301
        """,
        site.file("_redirects"));
    site.assertFile("sitemap.xml", "! /articles/tea/<");
  }

  @Test
  void aliasCollidingWithAnArticleOrAnotherAliasIsAnErrorNamingBothFiles() {
    List<String> errors =
        TestSite.buildFailing(
            dir,
            """
            -- content/articles/tea/en.md --
            ---
            title: Tea
            date: 2024-03-01
            author: ann
            aliases: [coffee, leaves]
            ---
            About tea.
            -- content/articles/coffee/en.md --
            ---
            title: Coffee
            date: 2024-03-02
            author: ann
            aliases: [leaves]
            ---
            About coffee.
            """);
    assertEquals(
        List.of(
            "content/articles/tea/en.md:5:11: error: alias \"coffee\" is the slug of the article content/articles/coffee/en.md",
            "content/articles/tea/en.md:5:19: error: alias \"leaves\" is also an alias of content/articles/coffee/en.md:5"),
        errors.stream().map(e -> e.lines().findFirst().orElseThrow()).sorted().toList());
  }
}
