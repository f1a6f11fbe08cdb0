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
 * unchanged, and so is any element marked with a {@code lang} other than the source script's. An
 * element marked as the source language ({@code <p lang="zh-Hans">}) has its text converted like
 * the rest, and its {@code lang} becomes the target language's tag, so it names its new script.
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
  private final Language target;

  /**
   * Converts text with {@code converter} from {@code source}, the language the HTML is written in,
   * into {@code target}.
   */
  HtmlTextConverter(ScriptConverter converter, Language source, Language target) {
    this.converter = converter;
    this.source = source;
    this.target = target;
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
      boolean verbatim = isProtected(protectedStack);
      flushText(html, textStart, i, verbatim, out);
      String tag = html.substring(i, end);
      int[] lang = verbatim || !convertsContent(tag) ? null : langValue(tag);
      if (lang != null && source.isWrittenAs(tag.substring(lang[0], lang[1]))) {
        out.append(tag, 0, lang[0]).append(target.tag()).append(tag, lang[1], tag.length());
      } else {
        out.append(tag);
      }
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

  /**
   * Whether {@code tag} opens an element whose text is converted, unless a {@code lang} protects
   * it: not a closing tag, comment, void element or verbatim element such as {@code code}.
   */
  private static boolean convertsContent(String tag) {
    if (tag.startsWith("</")
        || tag.startsWith("<!")
        || tag.startsWith("<?")
        || tag.endsWith("/>")) {
      return false;
    }
    String name = tagName(tag, 1);
    return !VOID.contains(name) && !VERBATIM.contains(name);
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

  /** Whether the tag has a {@code lang} attribute naming anything not written like the source. */
  private boolean marksOtherLanguage(String tag) {
    int[] lang = langValue(tag);
    return lang != null && !source.isWrittenAs(tag.substring(lang[0], lang[1]));
  }

  /**
   * Where the value of the tag's {@code lang} attribute lies in it, {@code {start, end}} (empty for
   * a bare {@code lang}), or null when it has none. The attributes are read as HTML reads them:
   * names end at white space, {@code /}, {@code >} or {@code =}; white space may stand around
   * {@code =}; a value is quoted or runs to white space; the first {@code lang} counts. So {@code
   * xml:lang}, {@code data-lang} and a "lang=" inside another attribute's value do not.
   */
  static int[] langValue(String tag) {
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
        return null;
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
      int valueStart = afterName;
      int valueEnd = afterName;
      if (i < tag.length() && tag.charAt(i) == '=') {
        i++;
        while (i < tag.length() && isHtmlSpace(tag.charAt(i))) {
          i++;
        }
        if (i < tag.length() && (tag.charAt(i) == '"' || tag.charAt(i) == '\'')) {
          int close = tag.indexOf(tag.charAt(i), i + 1);
          int end = close < 0 ? tag.length() : close;
          valueStart = i + 1;
          valueEnd = end;
          i = end + 1;
        } else {
          valueStart = i;
          while (i < tag.length() && !isHtmlSpace(tag.charAt(i)) && tag.charAt(i) != '>') {
            i++;
          }
          valueEnd = i;
        }
      } else {
        i = afterName;
      }
      if (name.equalsIgnoreCase("lang")) {
        return new int[] {valueStart, valueEnd};
      }
    }
    return null;
  }

  private static boolean isHtmlSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }
}
