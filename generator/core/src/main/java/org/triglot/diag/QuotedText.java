package org.triglot.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a diagnostic prints text it did not write: a source line or a value from the input. Control
 * characters (except tab), the Unicode line and paragraph separators, bidirectional controls and
 * lone surrogates are printed as <code>&#92;u001B</code>-style escapes, so a file cannot move the
 * terminal's cursor, colour it or reorder what is shown; and long text is cut to a window with an
 * ellipsis ({@code …}). Columns count characters (Unicode code points), 1-based.
 */
final class QuotedText {
  private static final String ELLIPSIS = "…";

  /** The most characters of a message (beyond its quoted values) that are printed. */
  private static final int MAX_MESSAGE = 1000;

  private QuotedText() {}

  /** A quoted source line and the padding that puts a caret under the column in it. */
  record Quote(String text, String caretPadding) {}

  /** Whether a character is printed as an escape rather than as itself. */
  static boolean isEscaped(int cp) {
    if (cp == '\t') {
      return false;
    }
    return Character.getType(cp) == Character.CONTROL
        || Character.getType(cp) == Character.SURROGATE
        || cp == 0x2028
        || cp == 0x2029
        || cp == 0x061C
        || cp == 0x200E
        || cp == 0x200F
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069);
  }

  /** {@code text} with every escaped character written as <code>&#92;uXXXX</code>. */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (isEscaped(cp)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(escaped(cp));
      } else if (out != null) {
        out.append(text, i, next);
      }
      i = next;
    }
    return out == null ? text : out.toString();
  }

  private static String escaped(int cp) {
    return String.format(Locale.ROOT, "\\u%04X", cp);
  }

  /**
   * {@code message} with each value between double quotes cut to {@code max} characters, and the
   * whole cut to {@value #MAX_MESSAGE} characters.
   */
  static String cutQuotedValues(String message, int max) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < message.length()) {
      int open = message.indexOf('"', i);
      if (open < 0) {
        out.append(message, i, message.length());
        break;
      }
      out.append(message, i, open + 1);
      int close = message.indexOf('"', open + 1);
      int valueEnd = close < 0 ? message.length() : close;
      out.append(cut(message.substring(open + 1, valueEnd), max));
      if (close < 0) {
        break;
      }
      out.append('"');
      i = close + 1;
    }
    return cut(out.toString(), MAX_MESSAGE);
  }

  /** {@code text} cut to {@code max} characters, the last being an ellipsis when cut. */
  static String cut(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)) + ELLIPSIS;
  }

  /**
   * At most {@code max} characters of {@code line} around {@code column} (escapes count with their
   * full length), with an ellipsis where the line is cut, and the padding for a caret under the
   * column: tabs are kept, wide (CJK) characters count as two cells.
   */
  static Quote quote(String line, int column, int max) {
    int n = line.codePointCount(0, line.length());
    int caret = Math.min(Math.max(column - 1, 0), n);
    // Only the characters within max of the caret can be shown: a long line is not copied whole.
    int lo = Math.max(0, caret - max);
    int hi = (int) Math.min(n, (long) caret + max + 1);
    List<String> tokens = new ArrayList<>(hi - lo);
    List<Integer> codePoints = new ArrayList<>(hi - lo);
    long length = 0;
    for (int i = line.offsetByCodePoints(0, lo), t = lo; t < hi; t++) {
      int cp = line.codePointAt(i);
      String token = isEscaped(cp) ? escaped(cp) : new String(Character.toChars(cp));
      tokens.add(token);
      codePoints.add(cp);
      length += token.length();
      i += Character.charCount(cp);
    }
    int from = lo;
    int to = hi;
    if (lo > 0 || hi < n || length > max) {
      from = caret;
      to = caret;
      int used = 0;
      int left = max / 3;
      while (from > lo && used + width(tokens, from - 1 - lo) <= left) {
        from--;
        used += width(tokens, from - lo);
      }
      while (to < hi
          && used + width(tokens, to - lo) + (from > 0 ? 1 : 0) + (to + 1 < n ? 1 : 0) <= max) {
        used += width(tokens, to - lo);
        to++;
      }
      while (from > lo
          && used + width(tokens, from - 1 - lo) + (from - 1 > 0 ? 1 : 0) + (to < n ? 1 : 0)
              <= max) {
        from--;
        used += width(tokens, from - lo);
      }
    }
    StringBuilder text = new StringBuilder(from > 0 ? ELLIPSIS : "");
    StringBuilder padding = new StringBuilder(from > 0 ? " " : "");
    for (int t = from; t < to; t++) {
      String token = tokens.get(t - lo);
      text.append(token);
      if (t < caret) {
        int cp = codePoints.get(t - lo);
        if (cp == '\t') {
          padding.append('\t');
        } else if (token.length() > Character.charCount(cp)) {
          padding.append(" ".repeat(token.length()));
        } else {
          padding.append(isWide(cp) ? "  " : " ");
        }
      }
    }
    if (to < n) {
      text.append(ELLIPSIS);
    }
    return new Quote(text.toString(), padding.toString());
  }

  /** How many characters a token takes in the printed line. */
  private static int width(List<String> tokens, int index) {
    String token = tokens.get(index);
    return token.codePointCount(0, token.length());
  }

  private static boolean isWide(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || (cp >= 0x3000 && cp <= 0x303F)
        || (cp >= 0xFF00 && cp <= 0xFF60);
  }
}
