package org.triglot.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourcePosition;
import org.triglot.diag.SourceText;

/**
 * Removes the characters that HTML, XML and JSON output must not carry: C0 controls other than tab,
 * line feed and carriage return, DEL, C1 controls and the noncharacters U+FFFE and U+FFFF. They are
 * invisible in an editor (they come from text copied out of a PDF, a terminal or a word processor),
 * yet one of them makes a feed or sitemap unreadable. Each line that held any is a warning at the
 * first of them.
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  /** Whether {@code c} is removed from site text. */
  public static boolean isRemoved(int c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
        || c >= 0x7F && c <= 0x9F
        || c == 0xFFFE
        || c == 0xFFFF;
  }

  /** {@code source} without the removed characters; a warning for each line that had them. */
  public static SourceText strip(SourceText source, Diagnostics diagnostics) {
    String text = source.text();
    int first = firstRemoved(text, 0);
    if (first < 0) {
      return source;
    }
    StringBuilder kept = new StringBuilder(text.length());
    int line = 1;
    int lineStart = 0;
    int from = 0;
    for (int i = first; i >= 0; i = firstRemoved(text, from)) {
      for (int j = from; j < i; j++) {
        if (text.charAt(j) == '\n') {
          line++;
          lineStart = j + 1;
        }
      }
      kept.append(text, from, i);
      List<String> removed = new ArrayList<>();
      int column = i - lineStart + 1;
      int end = text.indexOf('\n', i);
      end = end < 0 ? text.length() : end;
      int k = i;
      for (; k < end; k++) {
        char c = text.charAt(k);
        if (isRemoved(c)) {
          String name = String.format(Locale.ROOT, "U+%04X", (int) c);
          if (!removed.contains(name)) {
            removed.add(name);
          }
        } else {
          kept.append(c);
        }
      }
      diagnostics.warning(
          SourcePosition.in(source, line, column),
          (removed.size() == 1 ? "control character " : "control characters ")
              + String.join(", ", removed)
              + " removed",
          "an invisible character that HTML and XML do not allow, often left by copying text out"
              + " of a PDF or a terminal");
      from = end;
    }
    kept.append(text, from, text.length());
    return new SourceText(source.path(), kept.toString());
  }

  private static int firstRemoved(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (isRemoved(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
