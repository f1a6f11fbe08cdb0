package org.triglot.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.triglot.lang.Glossary;
import org.triglot.lang.Language;
import org.triglot.lang.ScriptConverters;

/** Found by HtmlTextConverterFuzzTest, each fixed: how a lang attribute and a tag are told. */
class HtmlTextConverterTest {
  private final HtmlTextConverter converter =
      new HtmlTextConverter(
          ScriptConverters.opencc(Glossary.empty()).toTraditional(),
          Language.of("zh-Hans"),
          Language.of("zh-Hant"));

  @Test
  void marksTextOfTheSourceLanguageAsTheTargetOnceConverted() {
    assertEquals("<p lang=\"zh-Hant\">簡體</p>", converter.convert("<p lang=\"zh-Hans\">简体</p>"));
    assertEquals("<p lang=zh-Hant>簡體</p>", converter.convert("<p lang=zh-Hans>简体</p>"));
    // Text that stays as it was keeps its mark: code, void elements, other languages.
    assertEquals(
        "<code lang=\"zh-Hans\">简体</code>", converter.convert("<code lang=\"zh-Hans\">简体</code>"));
    assertEquals(
        "<img lang=\"zh-Hans\" alt=\"简体\">",
        converter.convert("<img lang=\"zh-Hans\" alt=\"简体\">"));
    assertEquals(
        "<pre><span lang=\"zh-Hans\">简体</span></pre>",
        converter.convert("<pre><span lang=\"zh-Hans\">简体</span></pre>"));
    assertEquals("<p lang=\"en\">简体</p>", converter.convert("<p lang=\"en\">简体</p>"));
  }

  @Test
  void readsALangAttributeAfterATabOrWithSpacesAroundTheEqualsSign() {
    assertEquals("<p\tlang=\"en\">简体</p>", converter.convert("<p\tlang=\"en\">简体</p>"));
    assertEquals("<p lang = \"en\">简体</p>", converter.convert("<p lang = \"en\">简体</p>"));
  }

  @Test
  void doesNotTakeLangInsideAnotherAttributeOrAnotherNameForALangAttribute() {
    assertEquals(
        "<p title=\"a lang=en\">簡體</p>", converter.convert("<p title=\"a lang=en\">简体</p>"));
    assertEquals("<p data-lang=\"en\">簡體</p>", converter.convert("<p data-lang=\"en\">简体</p>"));
  }

  @Test
  void takesALessThanSignBeforeAChineseCharacterAsText() {
    assertEquals("<簡體>", converter.convert("<简体>"));
  }
}
