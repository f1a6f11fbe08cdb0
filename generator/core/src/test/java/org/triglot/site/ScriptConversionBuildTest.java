package org.triglot.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

class ScriptConversionBuildTest {
  @TempDir Path dir;

  @Test
  void derivesTraditionalPageWithPhraseConversionAndTheSiteGlossary() {
    TestSite site =
        TestSite.build(
            dir,
            """
        -- content/articles/sanctions/en.md --
        ---
        title: Sanctions
        date: 2024-03-01
        author: ann
        ---
        About sanctions.
        -- content/articles/sanctions/zh-Hans.md --
        ---
        title: 对俄制裁进入第三年
        ---
        不妨先复习一下：俄制武器的维修、软件的答复。
        -- i18n/zh-Hant.glossary --
        # this site's vocabulary (the dictionaries alone write 軟件)
        软件 = 軟體
        """);
    site.assertFile(
        "zh-hant/articles/sanctions/index.html",
        """
        對俄制裁進入第三年
        不妨先複習一下：俄製武器的維修、軟體的答覆。
        ! 對俄製裁
        ! 軟件
        """);
  }

  private static final String LINES =
      """
      -- content/articles/rail/zh-Hans.md --
      ---
      title: 东铁线里面的软件
      date: 2024-03-01
      author: ann
      ---
      我们在东铁线的车厢里面看着新的软件。
      """;

  @Test
  void taiwanStandardIsTheDefaultAndPagesSayZhHant() {
    TestSite site = TestSite.build(dir, LINES);
    site.assertFile(
        "zh-hant/articles/rail/index.html",
        """
        <html lang="zh-Hant"
        hreflang="zh-Hant"
        東鐵線裡面的軟件
        我們在東鐵線的車廂裡面看著新的軟件。
        ! zh-Hant-HK
        """);
  }

  @Test
  void hongKongStandardWritesHongKongFormsAndSaysZhHantHk() {
    TestSite site =
        TestSite.build(
            dir,
            LINES
                + """
                -- site.yaml --
                baseUrl: https://example.org/
                conversion: {standard: hk}
                """);
    site.assertFile(
        "zh-hant/articles/rail/index.html",
        """
        <html lang="zh-Hant-HK"
        <link rel="alternate" hreflang="zh-Hant-HK" href="https://example.org/zh-hant/articles/rail/">
        東鐵綫裏面的軟件
        我們在東鐵綫的車廂裏面看着新的軟件。
        ! 裡面
        ! 看著
        """);
    site.assertFile("zh-hant/feed.xml", "xml:lang=\"zh-Hant-HK\"");
    site.assertFile("sitemap.xml", "hreflang=\"zh-Hant-HK\"");
    site.assertFile("zh-hans/articles/rail/index.html", "<html lang=\"zh-Hans\"");
  }

  @Test
  void openccStandardWritesOpenccForms() {
    TestSite site =
        TestSite.build(
            dir,
            LINES
                + """
                -- site.yaml --
                baseUrl: https://example.org/
                conversion: {standard: opencc}
                """);
    site.assertFile(
        "zh-hant/articles/rail/index.html",
        """
        <html lang="zh-Hant"
        我們在東鐵線的車廂裏面看着新的軟件。
        """);
  }

  @Test
  void taiwanPhrasesWriteTaiwanVocabulary() {
    TestSite site =
        TestSite.build(
            dir,
            LINES
                + """
                -- site.yaml --
                baseUrl: https://example.org/
                conversion:
                  standard: tw
                  phrases: true
                """);
    site.assertFile(
        "zh-hant/articles/rail/index.html",
        """
        東鐵線裡面的軟體
        我們在東鐵線的車廂裡面看著新的軟體。
        ! 軟件
        """);
  }

  @Test
  void reportsConversionSettingsThatCannotBeMet() {
    List<String> errors =
        TestSite.buildFailing(
            dir,
            LINES
                + """
                -- site.yaml --
                baseUrl: https://example.org/
                conversion:
                  standard: mo
                  phrases: yes
                """);
    assertEquals(
        List.of(
            "site.yaml:3:13: error: the Traditional Chinese standard must be tw, hk or opencc",
            "site.yaml:4:12: error: phrases must be true or false"),
        errors.stream().map(e -> e.lines().findFirst().orElseThrow()).toList());
  }

  @Test
  void refusesTaiwanPhrasesWithAnotherStandard() {
    List<String> errors =
        TestSite.buildFailing(
            dir,
            LINES
                + """
                -- site.yaml --
                baseUrl: https://example.org/
                conversion: {standard: hk, phrases: true}
                """);
    assertEquals(
        List.of("site.yaml:2:37: error: Taiwan phrases go only with the tw standard, not hk"),
        errors.stream().map(e -> e.lines().findFirst().orElseThrow()).toList());
  }

  @Test
  void reportsAMalformedGlossaryLineAndBuildsNothing() {
    List<String> errors =
        TestSite.buildFailing(
            dir,
            """
        -- content/articles/tea/en.md --
        ---
        title: Tea
        date: 2024-03-01
        author: ann
        ---
        About tea.
        -- i18n/zh-Hant.glossary --
        钟南山 = 鍾南山
        钟南山 鍾南山
        """);
    assertTrue(
        errors.stream().anyMatch(e -> e.startsWith("i18n/zh-Hant.glossary:2:1: error:")),
        errors.toString());
  }
}
