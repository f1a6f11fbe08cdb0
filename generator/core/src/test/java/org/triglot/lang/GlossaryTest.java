package org.triglot.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triglot.diag.Diagnostic;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.Severity;
import org.triglot.diag.SourceText;

class GlossaryTest {
  private final Diagnostics diagnostics = new Diagnostics();

  private Glossary parse(String text) {
    return Glossary.parse(new SourceText("i18n/zh-Hant.glossary", text), diagnostics);
  }

  @Test
  void readsEntriesCommentsAndBlankLines() {
    Glossary glossary =
        parse(
            """
        \uFEFF# 詞表
        制裁 = 制裁

          范仲淹=范仲淹   # a name
        俄制武器 =俄製武器
        """);
    assertEquals(Map.of("制裁", "制裁", "范仲淹", "范仲淹", "俄制武器", "俄製武器"), glossary.toTraditional());
    assertTrue(diagnostics.all().isEmpty(), diagnostics.all().toString());
    assertEquals(
        4,
        glossary.entries().stream()
            .filter(e -> e.simplified().equals("范仲淹"))
            .findFirst()
            .orElseThrow()
            .line());
  }

  @Test
  void reportsLineAndColumnOfALineWithoutEquals() {
    Glossary glossary =
        parse(
            """
        制裁 = 制裁
          范仲淹 范仲淹
        """);
    Diagnostic d = only();
    assertEquals(
        "i18n/zh-Hant.glossary:2:3: error: a glossary entry needs \"=\" between the Simplified and the Traditional phrase",
        d.headline());
    assertTrue(d.hint().contains("范仲淹 = 范仲淹"), d.hint());
    assertEquals("  范仲淹 范仲淹", d.sourceLine());
    assertEquals(Map.of("制裁", "制裁"), glossary.toTraditional());
  }

  @Test
  void reportsAMissingSide() {
    parse("制裁 =  \n");
    assertEquals("i18n/zh-Hant.glossary:1:4: error: nothing after \"=\"", only().headline());
  }

  @Test
  void reportsASecondEquals() {
    parse("# c\n制裁 = 制裁 = 制裁\n");
    assertEquals(
        "i18n/zh-Hant.glossary:2:9: error: a glossary entry has one \"=\", this line has more",
        only().headline());
  }

  @Test
  void reportsASpaceInsideAPhrase() {
    parse("对俄 制裁 = 對俄制裁\n");
    assertEquals(
        "i18n/zh-Hant.glossary:1:3: error: a glossary phrase cannot contain a space",
        only().headline());
  }

  @Test
  void reportsASimplifiedPhraseGivenTwoWays() {
    parse("台湾 = 臺灣\n台湾 = 台灣\n");
    Diagnostic d = only();
    assertEquals(
        "i18n/zh-Hant.glossary:2:1: error: \"台湾\" is already in the glossary on line 1 as \"臺灣\"",
        d.headline());
  }

  @Test
  void warnsAboutARepeatedEntry() {
    parse("台湾 = 臺灣\n台湾 = 臺灣\n");
    assertEquals(Severity.WARNING, only().severity());
  }

  @Test
  void laterGlossaryReplacesEntriesForTheSamePhrase() {
    Glossary bundled = Glossary.of(Map.of("台湾", "臺灣", "制裁", "制裁"));
    Glossary site = Glossary.of(Map.of("台湾", "台灣"));
    assertEquals(Map.of("台湾", "台灣", "制裁", "制裁"), bundled.overriddenBy(site).toTraditional());
  }

  @Test
  void reversesEntriesForConvertingBack() {
    assertEquals(
        Map.of("著名", "著名", "俄製武器", "俄制武器"),
        Glossary.of(Map.of("著名", "著名", "俄制武器", "俄製武器")).toSimplified());
  }

  @Test
  void glossaryEntrySharingATraditionalPhraseIsNotReversed() {
    Glossary glossary = Glossary.of(Map.of("台湾", "臺灣", "台灣", "臺灣", "中国", "中國"));
    assertEquals(Map.of("中國", "中国"), glossary.toSimplified());
  }

  private Diagnostic only() {
    List<Diagnostic> all = diagnostics.all();
    assertEquals(1, all.size(), all.toString());
    return all.get(0);
  }
}
