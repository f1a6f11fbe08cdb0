package org.triglot.markdown;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;

/**
 * The character classes the CJK rules of the Markdown renderer ask about, by code point, from ICU's
 * Unicode data (docs/cjk-markdown.md). A <em>CJK character</em> is the CommonMark CJK-friendly
 * amendment's: East Asian Width wide, fullwidth or halfwidth and not an emoji by default, or of the
 * Hangul script; it decides emphasis. A line break joins only <em>unspaced</em> CJK characters: the
 * same without Hangul, since Korean is written with spaces. Punctuation and whitespace are what
 * flexmark counts as such, so text without CJK characters parses as it always did.
 */
final class CjkCharacters {
  /** ASCII punctuation as flexmark's delimiter scanner counts it (symbols such as $ + < = too). */
  private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private CjkCharacters() {}

  /** A CJK character of the CommonMark CJK-friendly amendment. */
  static boolean isCjk(int codePoint) {
    return isWideNonEmoji(codePoint) || UScript.getScript(codePoint) == UScript.HANGUL;
  }

  /** A CJK character of a script written without spaces: Han, kana, CJK punctuation, not Hangul. */
  static boolean isUnspacedCjk(int codePoint) {
    return isWideNonEmoji(codePoint) && UScript.getScript(codePoint) != UScript.HANGUL;
  }

  /**
   * Punctuation whose width is ambiguous (“ ” ‘ ’ … — ·): wide in East Asian text, narrow in
   * Western text.
   */
  static boolean isAmbiguousPunctuation(int codePoint) {
    return eastAsianWidth(codePoint) == UCharacter.EastAsianWidth.AMBIGUOUS
        && isPunctuation(codePoint);
  }

  /** Unicode punctuation: ASCII punctuation and symbols, and the general categories P*. */
  static boolean isPunctuation(int codePoint) {
    if (codePoint < 0x80) {
      return ASCII_PUNCTUATION.indexOf(codePoint) >= 0;
    }
    return switch (Character.getType(codePoint)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION ->
          true;
      default -> false;
    };
  }

  /** Unicode whitespace: space separators, tab, line feed, carriage return and form feed. */
  static boolean isWhitespace(int codePoint) {
    return codePoint == '\t'
        || codePoint == '\n'
        || codePoint == '\r'
        || codePoint == '\f'
        || Character.getType(codePoint) == Character.SPACE_SEPARATOR;
  }

  /** A variation selector of U+FE00–U+FE0E: it modifies the character before it. */
  static boolean isGeneralVariationSelector(int codePoint) {
    return codePoint >= 0xFE00 && codePoint <= 0xFE0E;
  }

  /** An ideographic variation selector (U+E0100–U+E01EF), which follows a Han character. */
  static boolean isIdeographicVariationSelector(int codePoint) {
    return codePoint >= 0xE0100 && codePoint <= 0xE01EF;
  }

  /**
   * A quotation mark ‘ ’ “ ” followed by U+FE01, which asks for its fullwidth form: the amendment's
   * CJK ambiguous punctuation sequences (StandardizedVariants.txt, Unicode 16).
   */
  static boolean isFullwidthQuotationSequence(int base, int selector) {
    return selector == 0xFE01
        && (base == 0x2018 || base == 0x2019 || base == 0x201C || base == 0x201D);
  }

  private static boolean isWideNonEmoji(int codePoint) {
    int width = eastAsianWidth(codePoint);
    return (width == UCharacter.EastAsianWidth.WIDE
            || width == UCharacter.EastAsianWidth.FULLWIDTH
            || width == UCharacter.EastAsianWidth.HALFWIDTH)
        && !UCharacter.hasBinaryProperty(codePoint, UProperty.EMOJI_PRESENTATION);
  }

  private static int eastAsianWidth(int codePoint) {
    return UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
  }
}
