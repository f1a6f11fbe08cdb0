package org.triglot.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triglot.lang.Language;

/**
 * The CJK rules of docs/cjk-markdown.md, Markdown in and HTML out: line breaks between CJK text
 * render as nothing, emphasis next to CJK characters and punctuation follows the CommonMark
 * CJK-friendly amendment, and code, raw HTML and English stay as CommonMark renders them.
 */
class CjkMarkdownTest {
  private static final Language ENGLISH = Language.of("en");
  private static final Language SIMPLIFIED = Language.of("zh-Hans");
  private static final Language JAPANESE = Language.of("ja");
  private static final Language KOREAN = Language.of("ko");

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  private String html(String markdown, Language language) {
    return renderer.render(markdown, language).html();
  }

  private void assertRenders(String expectedHtml, String markdown, Language... languages) {
    for (Language language : languages) {
      assertEquals(expectedHtml, html(markdown, language), () -> "in " + language);
    }
  }

  // Line breaks

  @Test
  void joinsLinesBetweenHanCharactersWithoutASpace() {
    assertRenders(
        "<p>北极例外论这个说法，如今被提及的次数几乎一样多。</p>\n", "北极例外论\n这个说法，如今\n被提及的次数几乎一样多。\n", SIMPLIFIED, ENGLISH);
  }

  @Test
  void joinsLinesBetweenHanCharactersAndCjkPunctuation() {
    assertRenders(
        "<p>第一，第二。（第三）「第四」《第五》</p>\n", "第一\n，第二。\n（第三）\n「第四」\n《第五》\n", SIMPLIFIED, ENGLISH);
  }

  @Test
  void joinsLinesOfJapaneseKanaAndKanji() {
    assertRenders("<p>これは日本語の文章です。</p>\n", "これは日本語の\n文章です。\n", JAPANESE);
  }

  @Test
  void keepsTheBreakBetweenCjkAndLatinText() {
    assertRenders(
        "<p>中国的\nGDP\n增长了，\nand\n2024\n年</p>\n",
        "中国的\nGDP\n增长了，\nand\n2024\n年\n",
        SIMPLIFIED,
        ENGLISH);
  }

  @Test
  void keepsTheBreakBetweenHangulLinesSinceKoreanIsWrittenWithSpaces() {
    assertRenders("<p>한국어\n문장</p>\n", "한국어\n문장\n", KOREAN, SIMPLIFIED);
  }

  @Test
  void joinsAQuotationMarkToCjkTextInChineseAlways() {
    assertRenders("<p>他用英语说“Hello”然后走了……接着</p>\n", "他用英语说“Hello”\n然后走了……\n接着\n", SIMPLIFIED);
  }

  @Test
  void joinsAQuotationMarkToCjkTextInEnglishOnlyWhenCjkIsBeyondIt() {
    assertRenders(
        "<p>the term “北极例外论”这个说法 and “Hello”\n然后 or “\n北极”</p>\n",
        "the term “北极\n例外论”\n这个说法 and “Hello”\n然后 or “\n北极”\n",
        ENGLISH);
  }

  @Test
  void joinsLinesThroughEmphasisAndLinkText() {
    assertRenders(
        "<p><strong>北极</strong>例外<a href=\"/a\">论</a>这个<em>说法</em></p>\n",
        "**北极**\n例外[论](/a)\n这个\n*说法*\n",
        SIMPLIFIED);
  }

  @Test
  void keepsHardLineBreaks() {
    assertRenders("<p>北极<br />\n例外</p>\n", "北极  \n例外\n", SIMPLIFIED);
  }

  @Test
  void leavesCodeSpansCodeBlocksAndRawHtmlAsCommonMarkRendersThem() {
    assertRenders(
        "<p>在<code>北 京</code>里<code>代码</code>\n后<span>北</span>\n京</p>\n"
            + "<pre><code>北\n京\n</code></pre>\n"
            + "<div>\n北\n京\n</div>\n",
        "在`北\n京`里`代码`\n后<span>北</span>\n京\n\n```\n北\n京\n```\n\n<div>\n北\n京\n</div>\n",
        SIMPLIFIED,
        ENGLISH);
  }

  @Test
  void factsOfTheBodyHaveNoSpaceWhereTheLinesWereJoined() {
    RenderedMarkdown r = renderer.render("北极\n例外\n=====\n\n第一段\n文字。\n", SIMPLIFIED);
    assertEquals(List.of(new Heading(1, "北极例外", "北极例外")), r.headings());
    assertEquals("第一段文字。", r.firstParagraph());
    assertEquals("北极例外\n第一段文字。", r.plainText());
  }

  @Test
  void rendersEnglishLineBreaksAsCommonMarkDoes() {
    String markdown = "Two\nlines, “quoted”\nand *emphasis*\nhere.\n";
    assertRenders(
        "<p>Two\nlines, “quoted”\nand <em>emphasis</em>\nhere.</p>\n",
        markdown,
        ENGLISH,
        SIMPLIFIED);
  }

  // Emphasis

  @Test
  void strongEmphasisAroundQuotationMarksBeforeHan() {
    assertRenders(
        "<p><strong>“北极例外论”</strong>这个说法</p>\n", "**“北极例外论”**这个说法\n", SIMPLIFIED, ENGLISH);
  }

  @Test
  void emphasisBetweenHanCharacters() {
    assertRenders("<p>这是<em>重要</em>的</p>\n", "这是*重要*的\n", SIMPLIFIED);
  }

  @Test
  void strongEmphasisInsideBookTitleMarks() {
    assertRenders("<p>《<strong>条约</strong>》</p>\n", "《**条约**》\n", SIMPLIFIED);
  }

  @Test
  void strongEmphasisEndingInFullWidthPunctuationBeforeHan() {
    assertRenders(
        "<p><strong>交付时间。</strong>许多国家<strong>北极例外论：</strong>这个"
            + "<strong>（注）</strong>说法<strong>“例外”</strong>。</p>\n",
        "**交付时间。**许多国家**北极例外论：**这个**（注）**说法**“例外”**。\n",
        SIMPLIFIED);
  }

  @Test
  void strongEmphasisAfterHanBeforeAQuotationMarkOrParenthesis() {
    assertRenders(
        "<p>他说<strong>“例外”</strong>与Git<strong>（注：不是GitHub）</strong>"
            + "和<strong>(注)</strong></p>\n",
        "他说**“例外”**与Git**（注：不是GitHub）**和**(注)**\n",
        SIMPLIFIED);
  }

  @Test
  void readsCharactersBeyondTheBasicPlaneAndVariationSequencesWhole() {
    // 𠮟 is U+20B9F; 葛 is followed by the ideographic variation selector U+E0100; U+FE01 after a
    // quotation mark asks for its fullwidth form, which makes it CJK punctuation.
    String ivs = new String(Character.toChars(0xE0100));
    assertRenders(
        "<p>\uD842\uDF9F<strong>(正式)</strong>与葛"
            + ivs
            + "<strong>(正式)</strong>和<strong>“\uFE01Git”\uFE01</strong>Hub</p>\n",
        "\uD842\uDF9F**(正式)**与葛" + ivs + "**(正式)**和**“\uFE01Git”\uFE01**Hub\n",
        SIMPLIFIED);
  }

  @Test
  void underscoreEmphasisNextToCjkPunctuationAndItsVariationSequences() {
    // U+FE01 after 。 asks for its centred form, as Traditional Chinese sets it.
    assertRenders(
        "<p><strong>注意</strong>：注意事项</p>\n<p>注意：<strong>注意事项</strong></p>\n"
            + "<p>正體字。\uFE01<em>Traditional.</em></p>\n",
        "__注意__：注意事项\n\n注意：__注意事项__\n\n正體字。\uFE01_Traditional._\n",
        SIMPLIFIED);
  }

  @Test
  void emphasisRulesDoNotDependOnTheLanguageOfThePage() {
    assertRenders(
        "<p>The term <strong>“北极例外论”</strong>这个 is Chinese.</p>\n",
        "The term **“北极例外论”**这个 is Chinese.\n",
        ENGLISH);
  }

  @Test
  void keepsDelimitersLiteralWhereTheAmendmentDoes() {
    // Underscores inside a word stay literal in CJK text, as in Latin text.
    assertRenders("<p>这是_重要_的</p>\n", "这是_重要_的\n", SIMPLIFIED);
    // A run after whitespace cannot close, one before whitespace cannot open.
    assertRenders("<p>北极** 例外**</p>\n", "北极** 例外**\n", SIMPLIFIED);
    assertRenders("<p>**北极 **例外</p>\n", "**北极 **例外\n", SIMPLIFIED);
    // Between Latin letters and non-CJK punctuation nothing changes.
    assertRenders("<p>a**“b”**c</p>\n", "a**“b”**c\n", SIMPLIFIED, ENGLISH);
  }

  @Test
  void leavesDelimitersInCodeAndRawHtmlAlone() {
    assertRenders(
        "<p><code>**“北”**这</code> <span title=\"**“北”**这\">北</span></p>\n",
        "`**“北”**这` <span title=\"**“北”**这\">北</span>\n",
        SIMPLIFIED);
  }
}
