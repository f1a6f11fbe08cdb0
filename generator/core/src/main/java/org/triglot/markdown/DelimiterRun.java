package org.triglot.markdown;

/**
 * A run of {@code *} or {@code _} in inline text, seen as the CommonMark CJK-friendly amendment
 * sees it: the character before it (through a variation selector to the character it modifies) and
 * the character after it, each classed as whitespace (the start and end of the text count as
 * whitespace), punctuation and CJK. {@link #leftFlanking()} and {@link #rightFlanking()} are the
 * amendment's definitions; without CJK characters and variation selectors they are CommonMark's.
 */
record DelimiterRun(Side before, Side after, boolean beforeIsIdeographicVariationSelector) {

  /** How one neighbouring character of the run is classed. */
  record Side(boolean whitespace, boolean punctuation, boolean cjk) {
    static final Side EDGE = new Side(true, false, false);

    static Side of(int codePoint) {
      return new Side(
          CjkCharacters.isWhitespace(codePoint),
          CjkCharacters.isPunctuation(codePoint),
          CjkCharacters.isCjk(codePoint));
    }

    boolean nonCjkPunctuation() {
      return punctuation && !cjk;
    }
  }

  /** A run between the text {@code before} and the text {@code after} it. */
  static DelimiterRun between(String before, String after) {
    return in(before + after, before.length(), before.length());
  }

  /** The run of {@code text} from {@code start} (inclusive) to {@code end} (exclusive). */
  static DelimiterRun in(CharSequence text, int start, int end) {
    Side after = end < text.length() ? Side.of(Character.codePointAt(text, end)) : Side.EDGE;
    if (start == 0) {
      return new DelimiterRun(Side.EDGE, after, false);
    }
    int previous = Character.codePointBefore(text, start);
    if (CjkCharacters.isIdeographicVariationSelector(previous)) {
      return new DelimiterRun(Side.of(previous), after, true);
    }
    int at = start - Character.charCount(previous);
    if (CjkCharacters.isGeneralVariationSelector(previous) && at > 0) {
      // A variation sequence counts as the character it modifies, or as CJK punctuation when it
      // is the fullwidth form of a quotation mark.
      int base = Character.codePointBefore(text, at);
      Side side =
          CjkCharacters.isFullwidthQuotationSequence(base, previous)
              ? new Side(false, true, true)
              : Side.of(base);
      return new DelimiterRun(side, after, false);
    }
    return new DelimiterRun(Side.of(previous), after, false);
  }

  /**
   * Not followed by whitespace, and either not followed by non-CJK punctuation, or followed by it
   * and preceded by whitespace, punctuation, a CJK character or an ideographic variation selector.
   */
  boolean leftFlanking() {
    return !after.whitespace
        && (!after.nonCjkPunctuation()
            || before.whitespace
            || before.punctuation
            || before.cjk
            || beforeIsIdeographicVariationSelector);
  }

  /**
   * Not preceded by whitespace, and either not preceded by non-CJK punctuation, or preceded by it
   * and followed by whitespace, punctuation or a CJK character.
   */
  boolean rightFlanking() {
    return !before.whitespace
        && (!before.nonCjkPunctuation() || after.whitespace || after.punctuation || after.cjk);
  }

  boolean precededByPunctuation() {
    return before.punctuation;
  }

  boolean followedByPunctuation() {
    return after.punctuation;
  }
}
