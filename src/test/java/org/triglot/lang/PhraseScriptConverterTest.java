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
