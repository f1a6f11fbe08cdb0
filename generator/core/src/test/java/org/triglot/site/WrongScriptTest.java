package org.triglot.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/**
 * Derivation leaves no trace of the wrong script: the sample site's zh-Hant pages hold no character
 * that exists only in Simplified Chinese, its zh-Hans pages none that exists only in Traditional
 * ({@link WrongScriptScan}; {@code bench/wrong-script.sh} runs the same scan on a generated
 * corpus).
 */
class WrongScriptTest {
  private static final WrongScriptScan SCAN = WrongScriptScan.fromOpenccData();

  @TempDir Path dir;

  @Test
  void sampleSiteHasNoCharacterOfTheWrongScript() {
    MemoryOutput output = new MemoryOutput();
    SiteBuild.standard().build(BuildRequest.of(Path.of(".").toAbsolutePath()), output);
    WrongScriptScan.Result result = SCAN.scan(output.files());
    System.out.printf(
        Locale.ROOT,
        "sample site: %d Chinese pages (%d derived), %d characters: %d wrong-script characters%n",
        result.pages(),
        result.derivedPages(),
        result.characters(),
        result.findings().size());
    assertTrue(result.derivedPages() >= 8, "derived pages: " + result.derivedPages());
    assertTrue(result.characters() > 40_000, "characters: " + result.characters());
    assertEquals(List.of(), result.findings());
  }

  @Test
  void theCharacterSetsComeFromOpenccData() {
    assertTrue(SCAN.simplifiedOnlyCount() > 2000, "" + SCAN.simplifiedOnlyCount());
    assertTrue(SCAN.traditionalOnlyCount() > 2000, "" + SCAN.traditionalOnlyCount());
    for (String simplified : List.of("发", "这", "们", "国", "简")) {
      assertTrue(SCAN.isSimplifiedOnly(simplified.codePointAt(0)), simplified);
    }
    for (String traditional : List.of("發", "這", "們", "國", "簡", "髮")) {
      assertTrue(SCAN.isTraditionalOnly(traditional.codePointAt(0)), traditional);
    }
    // Written in both scripts, or by one of the Traditional standards.
    for (String both : List.of("干", "台", "里", "着", "么", "面", "群", "才")) {
      assertFalse(SCAN.isSimplifiedOnly(both.codePointAt(0)), both);
      assertFalse(SCAN.isTraditionalOnly(both.codePointAt(0)), both);
    }
  }

  @Test
  void findsTheWrongScriptInDerivedPagesButNotInOtherLanguagesOrCode() {
    // A glossary entry that writes Simplified into Traditional: the scan must catch it.
    TestSite site =
        TestSite.build(
            dir,
            """
            -- content/articles/trade/zh-Hans.md --
            ---
            title: 贸易的发展
            date: 2024-03-01
            author: ann
            ---
            贸易的发展需要规则。

            `代码里的发展` 和 <span lang="en">发展 in English</span>。
            -- content/articles/tea/zh-Hant.md --
            ---
            title: 茶葉
            date: 2024-03-02
            author: ann
            ---
            喝茶。
            -- i18n/zh-Hant.glossary --
            发展 = 发展
            """);
    WrongScriptScan.Result result = SCAN.scan(site.files());
    List<String> derived =
        result.inDerivedPages().stream()
            .filter(f -> f.page().equals("zh-hant/articles/trade/index.html"))
            .map(f -> f.character() + " " + f.context())
            .distinct()
            .toList();
    assertTrue(derived.contains("发 貿易的发展需要規則。"), derived.toString());
    assertTrue(
        derived.stream().noneMatch(f -> f.contains("代碼") || f.contains("简体")), derived.toString());
    assertTrue(
        result.findings().stream()
            .noneMatch(f -> f.page().equals("zh-hans/articles/tea/index.html")),
        result.findings().toString());
  }
}
