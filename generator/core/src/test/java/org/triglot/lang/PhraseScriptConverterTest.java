package org.triglot.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PhraseScriptConverterTest {
  private final ScriptConverters plain = ScriptConverters.opencc(Glossary.empty());

  @Test
  void convertsPhrasesThatCharacterConversionGetsWrong() {
    assertEquals(
        "複習 答覆 鍾情 兩隻 范仲淹 佣金 俄製武器", plain.toTraditional().convert("复习 答复 钟情 两只 范仲淹 佣金 俄制武器"));
  }

  @Test
  void writesTaiwanStandardGlyphs() {
    assertEquals(
        "為了 裡面 看著 麵條 方面 公里 啟動 群眾", plain.toTraditional().convert("为了 里面 看着 面条 方面 公里 启动 群众"));
  }

  @Test
  void keepsVocabularyAsWritten() {
    assertEquals("軟件 信息 網絡", plain.toTraditional().convert("软件 信息 网络"));
  }

  @Test
  void readsTaiwanFormsBackToSimplified() {
    assertEquals(
        "为了 里面 看着 面条 干净 乾隆 覆盖 答复 显著", plain.toSimplified().convert("為了 裡面 看著 麵條 乾淨 乾隆 覆蓋 答覆 顯著"));
  }

  @Test
  void leavesMarkupDigitsAndOtherScriptsAlone() {
    String text = "**2021年** `code` [链接](https://example.org/a?b=c&d) — naïve 😀 𠀀 ";
    assertEquals(
        "**2021年** `code` [鏈接](https://example.org/a?b=c&d) — naïve 😀 𠀀 ",
        plain.toTraditional().convert(text));
  }

  @Test
  void convertsTheWordsTheOldDictionariesGotWrong() {
    // OpenCC 1.4.1's s2tw output for each (the issue that moved Triglot to OpenCC 1.4 lists them).
    assertEquals(
        "抑制胚胎發育 郭台銘 龍應台 去干擾 乾炒牛河 背包 控制台 香蕉乾 草莓乾 愛麗舍宮",
        plain.toTraditional().convert("抑制胚胎发育 郭台铭 龙应台 去干扰 干炒牛河 背包 控制台 香蕉干 草莓干 爱丽舍宫"));
  }

  @Test
  void writesHongKongFormsForTheHongKongStandard() {
    ScriptConverters hk =
        ScriptConverters.opencc(
            Glossary.empty(), new ChineseConversion(ChineseConversion.Standard.HK, false));
    // OpenCC 1.4 writes 綫 only in Hong Kong's rail line names, 線 elsewhere.
    assertEquals("裏面 看着 路線 東鐵綫 為了 嘆息", hk.toTraditional().convert("里面 看着 路线 东铁线 为了 叹息"));
    assertEquals("里面 看着 路线 东铁线 为了 叹息", hk.toSimplified().convert("裏面 看着 路線 東鐵綫 為了 嘆息"));
  }

  @Test
  void writesOpenccFormsForTheOpenccStandard() {
    ScriptConverters opencc =
        ScriptConverters.opencc(
            Glossary.empty(), new ChineseConversion(ChineseConversion.Standard.OPENCC, false));
    assertEquals("爲了 裏面 看着 羣衆", opencc.toTraditional().convert("为了 里面 看着 群众"));
  }

  @Test
  void writesTaiwanWordsWithPhrases() {
    ScriptConverters phrases =
        ScriptConverters.opencc(
            Glossary.empty(), new ChineseConversion(ChineseConversion.Standard.TW, true));
    assertEquals("軟體 記憶體 網路 資訊", phrases.toTraditional().convert("软件 内存 网络 信息"));
    assertEquals("软件 内存 网络 信息", phrases.toSimplified().convert("軟體 記憶體 網路 資訊"));
  }

  @Test
  void keepsIdeographicDescriptionSequencesWhole() {
    // ⿰发发 describes a character out of two 发; converting the parts would describe another.
    assertEquals("⿰发发 發", plain.toTraditional().convert("⿰发发 发"));
    assertEquals("⿱⿰发发发 發", plain.toTraditional().convert("⿱⿰发发发 发"));
    // An operator without its parts is only a character.
    assertEquals("發⿰發", plain.toTraditional().convert("发⿰发"));
  }

  @Test
  void normalizesCompatibilityIdeographsFirst() {
    // U+F900 is a compatibility form of 豈 (U+8C48).
    assertEquals("\u8C48", plain.toTraditional().convert("\uF900"));
  }

  @Test
  void returnsEmptyTextUnchanged() {
    assertSame("", plain.toTraditional().convert(""));
  }

  @Test
  void glossaryOverridesTheDictionaries() {
    ScriptConverters converters =
        ScriptConverters.opencc(Glossary.of(Map.of("复习", "温習", "软件", "軟體")));
    assertEquals("先温習，再裝軟體", converters.toTraditional().convert("先复习，再装软件"));
    assertEquals("先复习，再装软件", converters.toSimplified().convert("先温習，再裝軟體"));
  }

  @Test
  void glossaryPhraseIsNotSwallowedByAnEarlierDictionaryPhrase() {
    // The dictionary has 俄制 (Russian-made) → 俄製, which would take the 制 of 制裁.
    assertEquals("對俄製裁", plain.toTraditional().convert("对俄制裁"));
    ScriptConverters converters = ScriptConverters.opencc(Glossary.of(Map.of("制裁", "制裁")));
    assertEquals("對俄制裁，俄製武器", converters.toTraditional().convert("对俄制裁，俄制武器"));
  }

  @Test
  void convertsTheSameOnManyThreads() {
    String text = "联合国安理会就对俄制裁举行会议，并为此发表声明。".repeat(50);
    ScriptConverter converter =
        ScriptConverters.opencc(Glossary.of(Map.of("制裁", "制裁"))).toTraditional();
    String expected = converter.convert(text);
    List<String> results =
        IntStream.range(0, 64)
            .parallel()
            .mapToObj(i -> converter.convert(text))
            .collect(Collectors.toList());
    results.forEach(result -> assertEquals(expected, result));
  }

  @Test
  void convertsGoldenTextToTraditionalIdempotently() throws IOException {
    assertGolden("sanctions.zh-Hans.txt", "sanctions.zh-Hant.txt", converters().toTraditional());
  }

  @Test
  void convertsGoldenTextToSimplifiedIdempotently() throws IOException {
    assertGolden("chokepoints.zh-Hant.txt", "chokepoints.zh-Hans.txt", converters().toSimplified());
  }

  private static ScriptConverters converters() throws IOException {
    return ScriptConverters.opencc(ConversionAccuracyTest.bundledGlossary());
  }

  /** The golden output exactly; and converting the output again changes nothing. */
  private static void assertGolden(String input, String expected, ScriptConverter converter)
      throws IOException {
    String source = ConversionAccuracyTest.resource("/org/triglot/lang/golden/" + input);
    String golden = ConversionAccuracyTest.resource("/org/triglot/lang/golden/" + expected);
    String converted = converter.convert(source);
    assertEquals(golden, converted, "golden/" + expected);
    assertEquals(
        converted, converter.convert(converted), "converting " + expected + " again changes it");
  }
}
