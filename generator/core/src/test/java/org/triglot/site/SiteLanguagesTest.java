package org.triglot.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/**
 * A publication chooses its languages in site.yaml: fewer than the standard three, or one that
 * Triglot has no table entry for (日本語), or a malformed tag.
 */
class SiteLanguagesTest {
  @TempDir Path dir;

  private static final String TEA =
      """
      -- content/articles/tea/en.md --
      ---
      title: Tea
      date: 2024-03-01
      author: ann
      topics: [tea]
      ---
      About tea.
      -- content/articles/tea/zh-Hans.md --
      ---
      title: 茶
      ---
      关于茶叶的历史。
      -- content/articles/rice/zh-Hans.md --
      ---
      title: 稻米
      date: 2024-02-01
      author: ann
      ---
      稻米价格上涨。
      """;

  @Test
  void englishAndTraditionalSiteBuildsTwoSitesAndDerivesTraditionalFromSimplifiedFiles() {
    TestSite site =
        TestSite.build(
            dir,
            TEA
                + """
                -- site.yaml --
                languages: [en, zh-Hant]
                """);
    assertTrue(
        site.result().summaryLine().matches("built \\d+ en, \\d+ zh-Hant, \\d+ files; .*"),
        site.result().summaryLine());
    assertFalse(site.has("zh-hans/index.html"), "no zh-Hans site");
    site.assertFile(
        "zh-hant/articles/rice/index.html",
        """
        <html lang="zh-Hant" data-fonts="hant">
        <h1>稻米</h1>
        稻米價格上漲。
        <link rel="alternate" hreflang="zh-Hant" href="https://example.org/zh-hant/articles/rice/">
        <link rel="alternate" hreflang="x-default" href="https://example.org/zh-hant/articles/rice/">
        ! hreflang="zh-Hans"
        ! hreflang="en"
        """);
    site.assertFile(
        "en/articles/tea/index.html",
        """
        <link rel="alternate" hreflang="en" href="https://example.org/en/articles/tea/">
        <link rel="alternate" hreflang="zh-Hant" href="https://example.org/zh-hant/articles/tea/">
        <li><a href="/zh-hant/articles/tea/" lang="zh-Hant" hreflang="zh-Hant">繁體</a></li>
        ! 简体
        ! hreflang="zh-Hans"
        """);
    assertEquals(2, switcherEntries(site));
    String sitemap = site.file("sitemap.xml");
    assertFalse(sitemap.contains("zh-hans"), sitemap);
    assertTrue(
        sitemap.contains(
            "<xhtml:link rel=\"alternate\" hreflang=\"zh-Hant\" href=\"https://example.org/zh-hant/articles/tea/\"/>"),
        sitemap);
    site.assertFile("index.html", "繁體\n! 简体");
  }

  private static int switcherEntries(TestSite site) {
    String page = site.file("en/articles/tea/index.html");
    String switcher =
        page.substring(page.indexOf("<nav class=\"switcher\""), page.indexOf("</nav>"));
    return switcher.split("<li>", -1).length - 1;
  }

  @Test
  void languageWithoutTableEntryTakesIcuDefaultsAndItsOwnStrings() {
    TestSite site =
        TestSite.build(
            dir,
            TEA
                + """
                -- site.yaml --
                languages: [en, zh-Hans, zh-Hant, ja]
                -- i18n/ja.yaml --
                site:
                  title: 経度レビュー
                  tagline: 国際情勢の論評。
                language:
                  name: 日本語
                date:
                  format: y年M月d日
                home:
                  heading: 最新の論評
                -- content/articles/tea/ja.md --
                ---
                title: お茶
                ---
                お茶の歴史について。
                """);
    site.assertFile(
        "ja/articles/tea/index.html",
        """
        <html lang="ja" data-fonts="jpan">
        <title>お茶 · 経度レビュー</title>
        <h1>お茶</h1>
        <time datetime="2024-03-01">2024年3月1日</time>
        <p>お茶の歴史について。</p>
        <li><a href="/ja/articles/tea/" lang="ja" hreflang="ja" aria-current="page">日本語</a></li>
        <link rel="alternate" hreflang="ja" href="https://example.org/ja/articles/tea/">
        """);
    site.assertFile(
        "en/articles/tea/index.html",
        """
        <link rel="alternate" hreflang="ja" href="https://example.org/ja/articles/tea/">
        <li><a href="/ja/articles/tea/" lang="ja" hreflang="ja">日本語</a></li>
        """);
    site.assertFile(
        "zh-hans/articles/rice/index.html", "<li><span class=\"unavailable\" lang=\"ja\"");
    site.assertFile("ja/index.html", "<h1>最新の論評</h1>");
    assertTrue(site.has("ja/feed.xml"));
    assertTrue(
        site.result()
            .summaryLine()
            .matches("built \\d+ en, \\d+ zh-Hans, \\d+ zh-Hant, \\d+ ja, \\d+ files; .*"),
        site.result().summaryLine());
  }

  @Test
  void languageWithoutStringsFileIsAnErrorAtItsTag() {
    List<String> errors =
        TestSite.buildFailing(
            dir,
            TEA
                + """
                -- site.yaml --
                baseUrl: https://example.org/
                languages: [en, ja]
                """);
    assertEquals(1, errors.size(), String.join("\n", errors));
    assertTrue(
        errors.get(0).startsWith("site.yaml:2:17: error: language \"ja\" has no UI strings"),
        errors.get(0));
    assertTrue(errors.get(0).contains("hint: add i18n/ja.yaml"), errors.get(0));
  }

  @Test
  void malformedUnknownMiscasedAndRepeatedTagsAreErrorsAtTheirLine() {
    List<String> errors =
        TestSite.buildFailing(
            dir,
            TEA
                + """
                -- site.yaml --
                languages:
                  - en
                  - zh_Hant
                  - xx
                  - zh-hans
                  - en
                """);
    assertEquals(
        List.of(
            "site.yaml:3:5: error: \"zh_Hant\" is not a well-formed BCP 47 language tag",
            "site.yaml:4:5: error: \"xx\" names no known language",
            "site.yaml:5:5: error: language tags are case-sensitive: write \"zh-Hans\" instead of \"zh-hans\"",
            "site.yaml:6:5: error: language \"en\" is listed twice"),
        errors.stream().map(e -> e.lines().findFirst().orElseThrow()).toList());
  }

  @Test
  void aFileOfALanguageTheSiteDoesNotPublishIsIgnoredWithAWarning() {
    TestSite site =
        TestSite.build(
            dir,
            """
                -- content/articles/tea/en.md --
                ---
                title: Tea
                date: 2024-03-01
                author: ann
                ---
                About tea.
                -- site.yaml --
                languages: [en]
                -- content/articles/tea/fr.md --
                ---
                title: Thé
                ---
                Le thé.
                """);
    assertTrue(
        site.result().warnings().stream()
            .anyMatch(
                w ->
                    w.format()
                        .startsWith(
                            "content/articles/tea/fr.md:1:1: warning: \"fr.md\" is ignored: the site does not publish fr")),
        site.result().warnings().toString());
    assertFalse(site.has("fr/articles/tea/index.html"));
    assertFalse(site.has("zh-hans/articles/tea/index.html"));
  }
}
