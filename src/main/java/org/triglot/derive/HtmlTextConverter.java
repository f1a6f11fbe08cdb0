package org.triglot.derive;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import org.triglot.lang.Language;
import org.triglot.lang.ScriptConverter;

/**
 * Converts the text of rendered article HTML from one Chinese script to the other, leaving the
 * markup exactly as it was: tags, attributes (so link targets, URLs and heading ids), comments,
 * code ({@code code}, {@code pre}, {@code kbd}, {@code samp}), scripts and styles are copied
 * unchanged, and so is any element marked with a {@code lang} other than the source script's.
 */
final class HtmlTextConverter {
  private static final Set<String> VERBATIM =
      Set.of("code", "pre", "kbd", "samp", "script", "style", "textarea", "math", "svg");
  private static final Set<String> VOID =
      Set.of(
          "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
          "track", "wbr");

  private final ScriptConverter converter;
  private final Language source;

  /**
   * Converts text with {@code converter}; {@code source} is the language the HTML is written in.
   */
  HtmlTextConverter(ScriptConverter converter, Language source) {
    this.converter = converter;
    this.source = source;
  }

  String convert(String html) {
    StringBuilder out = new StringBuilder(html.length());
    Deque<Boolean> protectedStack = new ArrayDeque<>();
    Deque<String> names = new ArrayDeque<>();
    int i = 0;
    int textStart = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c != '<') {
        i++;
        continue;
      }
      int end = tagEnd(html, i);
      if (end < 0) {
        i++;
        continue;
      }
      flushText(html, textStart, i, isProtected(protectedStack), out);
      String tag = html.substring(i, end);
      out.append(tag);
      track(tag, names, protectedStack);
      i = end;
      textStart = end;
    }
    flushText(html, textStart, html.length(), isProtected(protectedStack), out);
    return out.toString();
  }

  private void flushText(String html, int from, int to, boolean verbatim, StringBuilder out) {
    if (from >= to) {
      return;
    }
    String text = html.substring(from, to);
    out.append(verbatim ? text : converter.convert(text));
  }

  private static boolean isProtected(Deque<Boolean> stack) {
    return !stack.isEmpty() && stack.peek();
  }

  /** The index just past the tag, comment or declaration starting at {@code start}; -1 if none. */
  private static int tagEnd(String html, int start) {
    if (html.startsWith("<!--", start)) {
      int close = html.indexOf("-->", start + 4);
      return close < 0 ? html.length() : close + 3;
    }
    if (start + 1 >= html.length()) {
      return -1;
    }
    char next = html.charAt(start + 1);
    // As in HTML, a tag's name starts with an ASCII letter: "<简体>" and "<3" are text.
    if (!(isAsciiLetter(next) || next == '/' || next == '!' || next == '?')) {
      return -1;
    }
    char quote = 0;
    for (int j = start + 1; j < html.length(); j++) {
      char c = html.charAt(j);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return j + 1;
      }
    }
    return -1;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private void track(String tag, Deque<String> names, Deque<Boolean> protectedStack) {
    if (tag.startsWith("<!") || tag.startsWith("<?")) {
      return;
    }
    boolean closing = tag.startsWith("</");
    String name = tagName(tag, closing ? 2 : 1);
    if (closing) {
      if (names.contains(name)) {
        while (!names.isEmpty()) {
          String open = names.pop();
          protectedStack.pop();
          if (open.equals(name)) {
            break;
          }
        }
      }
      return;
    }
    if (VOID.contains(name) || tag.endsWith("/>")) {
      return;
    }
    boolean parentProtected = isProtected(protectedStack);
    boolean protect = parentProtected || VERBATIM.contains(name) || marksOtherLanguage(tag);
    names.push(name);
    protectedStack.push(protect);
  }

  private static String tagName(String tag, int from) {
    int end = from;
    while (end < tag.length()
        && (Character.isLetterOrDigit(tag.charAt(end)) || tag.charAt(end) == '-')) {
      end++;
    }
    return tag.substring(from, end).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the tag has a {@code lang} attribute naming anything not written like the source
   * language. The attributes are read as HTML reads them: names end at white space, {@code /},
   * {@code >} or {@code =}; white space may stand around {@code =}; a value is quoted or runs to
   * white space; the first {@code lang} counts. So {@code xml:lang}, {@code data-lang} and a
   * "lang=" inside another attribute's value do not.
   */
  private boolean marksOtherLanguage(String tag) {
    int i = 1;
    while (i < tag.length() && !isHtmlSpace(tag.charAt(i)) && tag.charAt(i) != '>') {
      i++; // the tag name
    }
    while (i < tag.length()) {
      char c = tag.charAt(i);
      if (isHtmlSpace(c) || c == '/') {
        i++;
        continue;
      }
      if (c == '>') {
        return false;
      }
      int nameStart = i;
      while (i < tag.length() && !isHtmlSpace(tag.charAt(i)) && "/>=".indexOf(tag.charAt(i)) < 0) {
        i++;
      }
      String name = tag.substring(nameStart, i);
      int afterName = i;
      while (i < tag.length() && isHtmlSpace(tag.charAt(i))) {
        i++;
      }
      String value = "";
      if (i < tag.length() && tag.charAt(i) == '=') {
        i++;
        while (i < tag.length() && isHtmlSpace(tag.charAt(i))) {
          i++;
        }
        if (i < tag.length() && (tag.charAt(i) == '"' || tag.charAt(i) == '\'')) {
          int close = tag.indexOf(tag.charAt(i), i + 1);
          int end = close < 0 ? tag.length() : close;
          value = tag.substring(i + 1, end);
          i = end + 1;
        } else {
          int valueStart = i;
          while (i < tag.length() && !isHtmlSpace(tag.charAt(i)) && tag.charAt(i) != '>') {
            i++;
          }
          value = tag.substring(valueStart, i);
        }
      } else {
        i = afterName;
      }
      if (name.equalsIgnoreCase("lang")) {
        return !source.isWrittenAs(value);
      }
    }
    return false;
  }

  private static boolean isHtmlSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }
}
