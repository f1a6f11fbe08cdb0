package org.triglot.site;

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
