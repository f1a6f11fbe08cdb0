package org.triglot.markdown;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;

/**
 * The character classes the CJK rules of the Markdown renderer ask about, by code point, from ICU's
 * Unicode data (docs/cjk-markdown.md). A line break joins <em>unspaced CJK characters</em>: East
 * Asian Width wide, fullwidth or halfwidth, not an emoji by default, and not of the Hangul script,
 * since Korean is written with spaces. Punctuation is what flexmark counts as such.
 */
final class CjkCharacters {
  /** ASCII punctuation as flexmark's delimiter scanner counts it (symbols such as $ + < = too). */
  private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private CjkCharacters() {}

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

  /** A variation selector of U+FE00–U+FE0E: it modifies the character before it. */
  static boolean isGeneralVariationSelector(int codePoint) {
    return codePoint >= 0xFE00 && codePoint <= 0xFE0E;
  }

  /** An ideographic variation selector (U+E0100–U+E01EF), which follows a Han character. */
  static boolean isIdeographicVariationSelector(int codePoint) {
    return codePoint >= 0xE0100 && codePoint <= 0xE01EF;
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
