package org.triglot.lang;

/**
 * Ideographic description sequences (⿰氵每: "氵 left of 每"), which spell a character that Unicode
 * lacks out of its parts. Script conversion keeps such a sequence whole, as OpenCC does: its parts
 * are not words, and converting one would describe another character.
 */
final class IdeographicDescription {
  private static final int MAX_DEPTH = 16;
  private static final int MAX_CODE_POINTS = 64;

  private IdeographicDescription() {}

  /**
   * The length in UTF-16 units of the complete sequence that starts at {@code at}, or 0 when none
   * does (no description operator there, or a sequence cut short by {@code end}).
   */
  static int length(CharSequence text, int at, int end) {
    if (arity(text.charAt(at)) == 0) {
      return 0;
    }
    int[] codePoints = {0};
    int consumed = consume(text, at, end, MAX_DEPTH, codePoints);
    return Math.max(consumed, 0);
  }

  /** How many parts an operator takes: 2 (⿰), 3 (⿲ ⿳), 1 (⿾ ⿿), or 0 for any other character. */
  static int arity(char c) {
    return switch (c) {
      case '\u2FF2', '\u2FF3' -> 3;
      case '\u2FFE', '\u2FFF' -> 1;
      default -> c >= '\u2FF0' && c <= '\u2FFD' ? 2 : 0;
    };
  }

  /**
   * The units one sequence or part at {@code at} takes, or -1 when it is incomplete or too deep.
   */
  private static int consume(CharSequence text, int at, int end, int depth, int[] codePoints) {
    if (at >= end || depth == 0 || ++codePoints[0] > MAX_CODE_POINTS) {
      return -1;
    }
    char c = text.charAt(at);
    int arity = arity(c);
    if (arity == 0) {
      return Character.isHighSurrogate(c)
              && at + 1 < end
              && Character.isLowSurrogate(text.charAt(at + 1))
          ? 2
          : 1;
    }
    int i = at + 1;
    for (int part = 0; part < arity; part++) {
      int length = consume(text, i, end, depth - 1, codePoints);
      if (length < 0) {
        return -1;
      }
      i += length;
    }
    return i - at;
  }
}
