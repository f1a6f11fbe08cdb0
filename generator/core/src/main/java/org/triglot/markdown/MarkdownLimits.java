package org.triglot.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * What flexmark cannot be given, found by fuzzing: both overflow the stack of the thread that
 * renders. A line of thousands of {@code -}, {@code *} or {@code _} (the pattern that recognises a
 * rule recurses once per character), checked before parsing; and a document nested more than {@link
 * #MAX_DEPTH} levels deep (lists, quotes, emphasis or links inside one another; rendering recurses
 * once per level), checked after parsing, which does not recurse.
 */
final class MarkdownLimits {
  /** The most list, quote or rule marks a line may start with. */
  static final int MAX_RULE_MARKS = 300;

  /**
   * The most backslash escapes a paragraph may have after a {@code [} that is not closed:
   * flexmark's pattern for a link label backtracks through every way of reading them, twice as long
   * for each one more ({@code [} and twenty {@code \\\\} took 30 s).
   */
  static final int MAX_ESCAPES_IN_BRACKETS = 16;

  /**
   * The most characters an HTML comment inside a paragraph (not at the start of a line) may run on
   * for: flexmark's pattern for it recurses once per character.
   */
  static final int MAX_INLINE_COMMENT = 1000;

  /** The most characters a heading may have. */
  static final int MAX_HEADING = 1000;

  /** How deep the nodes of a document may nest. */
  static final int MAX_DEPTH = 100;

  /** The most a body's paragraphs may add up to in characters times markup characters. */
  static final long MAX_INLINE_WORK = 50_000_000L;

  private MarkdownLimits() {}

  /**
   * A line that is all one rule mark (and spaces) with more than {@link #MAX_RULE_MARKS} marks, or
   * the paragraph where the inline parser's work passes {@link #MAX_INLINE_WORK}.
   */
  static Optional<Refusal> beforeParsing(String markdown) {
    int line = 1;
    int start = 0;
    boolean inFence = false;
    long work = 0;
    long paragraphChars = 0;
    long paragraphMarks = 0;
    int paragraphLine = 1;
    int brackets = 0;
    int escapes = 0;
    int comment = -1;
    int commentLine = 0;
    while (start <= markdown.length()) {
      int end = start;
      while (end < markdown.length()
          && markdown.charAt(end) != '\n'
          && markdown.charAt(end) != '\r') {
        end++; // flexmark ends a line at \n, \r\n or a lone \r
      }
      if (end - start > MAX_RULE_MARKS && leadingMarks(markdown, start, end) > MAX_RULE_MARKS) {
        return Optional.of(
            new Refusal(
                line,
                1,
                "this line starts with more than "
                    + MAX_RULE_MARKS
                    + " list, quote or rule marks (-, *, +, _ or >)",
                "a rule or a heading underline needs three (---); nest lists and quotes a few levels"));
      }
      if (end - start > MAX_HEADING && isHeadingLine(markdown, start, end)) {
        return Optional.of(headingTooLong(line));
      }
      boolean fence = isFence(markdown, start, end);
      boolean blank = markdown.substring(start, end).isBlank();
      if (fence || blank || inFence) {
        work += paragraphChars * paragraphMarks;
        paragraphChars = 0;
        paragraphMarks = 0;
        paragraphLine = line + 1;
        brackets = 0;
        escapes = 0;
        comment = -1;
        if (fence) {
          inFence = !inFence;
        }
      } else {
        paragraphChars += end - start + 1;
        for (int i = start; i < end; i++) {
          char c = markdown.charAt(i);
          if (c == ']' || c == '`' || c == '&' || c == '<') {
            paragraphMarks++;
          }
          if (comment >= 0) {
            comment++;
            if (markdown.startsWith("-->", i)) {
              comment = -1;
            }
          } else if (markdown.startsWith("<!--", i) && !startsBlock(markdown, start, i)) {
            comment = 0;
            commentLine = line;
          }
          if (c == '\\') {
            escapes += brackets > 0 ? 1 : 0;
            i++; // the escaped character opens or closes nothing
          } else if (c == '[') {
            brackets++;
          } else if (c == ']' && brackets > 0 && --brackets == 0) {
            escapes = 0;
          }
        }
        if (comment > MAX_INLINE_COMMENT) {
          return Optional.of(
              new Refusal(
                  commentLine,
                  1,
                  "an HTML comment inside a paragraph runs on for more than "
                      + MAX_INLINE_COMMENT
                      + " characters",
                  "close it with -->, or start it on a line of its own"));
        }
        if (escapes > MAX_ESCAPES_IN_BRACKETS) {
          return Optional.of(
              new Refusal(
                  line,
                  1,
                  "this paragraph has more than "
                      + MAX_ESCAPES_IN_BRACKETS
                      + " backslash escapes after a \"[\" that is not closed",
                  "close the bracket with \"]\", or write the bracket as \\["));
        }
      }
      if (work + paragraphChars * paragraphMarks > MAX_INLINE_WORK) {
        return Optional.of(
            new Refusal(
                paragraphLine,
                1,
                "this paragraph (with those before it) holds too many links, tags, entities or code"
                    + " spans for its length",
                "split long paragraphs: the work of rendering grows with a paragraph's length times"
                    + " its markup"));
      }
      line++;
      start = end < markdown.length() && markdown.startsWith("\r\n", end) ? end + 2 : end + 1;
    }
    return Optional.empty();
  }

  /**
   * Whether the line is an ATX heading ({@code ## …}), perhaps inside quotes or list items: parsing
   * one takes time that grows with the square of its trailing white space, so a long one is refused
   * before parsing.
   */
  private static boolean isHeadingLine(String text, int start, int end) {
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      boolean bullet =
          (c == '-' || c == '*' || c == '+') && i + 1 < end && text.charAt(i + 1) == ' ';
      if (c == ' ' || c == '\t' || c == '>' || bullet) {
        i++;
      } else {
        break;
      }
    }
    int hashes = 0;
    while (i < end && text.charAt(i) == '#') {
      hashes++;
      i++;
    }
    return hashes >= 1
        && hashes <= 6
        && (i == end || text.charAt(i) == ' ' || text.charAt(i) == '\t');
  }

  private static Refusal headingTooLong(int line) {
    return new Refusal(
        line,
        1,
        "this heading has more than " + MAX_HEADING + " characters",
        "a heading is a line or two; the text belongs in a paragraph under it");
  }

  /** Whether only up to three spaces stand before {@code at} on its line (an HTML block starts). */
  private static boolean startsBlock(String text, int start, int at) {
    return at - start <= 3 && text.substring(start, at).chars().allMatch(c -> c == ' ');
  }

  /** Whether the line opens or closes a fenced code block (``` or ~~~ after at most 3 spaces). */
  private static boolean isFence(String text, int start, int end) {
    int i = start;
    while (i < end && i - start < 3 && text.charAt(i) == ' ') {
      i++;
    }
    return text.startsWith("```", i) || text.startsWith("~~~", i);
  }

  /**
   * How many marks ({@code - * + _ >}) the line starts with, spaces between them allowed: the rule
   * pattern recurses once per mark, also when the line goes on with text after them.
   */
  private static int leadingMarks(String text, int start, int end) {
    int marks = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '-' || c == '*' || c == '+' || c == '_' || c == '>') {
        marks++;
      } else if (c != ' ' && c != '\t') {
        break;
      }
    }
    return marks;
  }

  /**
   * The first node nested more than {@link #MAX_DEPTH} levels deep, or the first heading longer
   * than {@link #MAX_HEADING}, walked without recursion.
   */
  static Optional<Refusal> afterParsing(Document document) {
    Deque<Node> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(document);
    depths.push(0);
    while (!nodes.isEmpty()) {
      Node node = nodes.pop();
      int depth = depths.pop();
      if (depth > MAX_DEPTH) {
        int line = node.getLineNumber() + 1;
        return Optional.of(
            new Refusal(
                line,
                1,
                "the text nests lists, quotes, emphasis or links more than "
                    + MAX_DEPTH
                    + " levels deep",
                "nest a few levels at most"));
      }
      if (node instanceof com.vladsch.flexmark.ast.Heading heading
          && heading.getChars().length() > MAX_HEADING) {
        return Optional.of(headingTooLong(node.getLineNumber() + 1));
      }
      for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
    return Optional.empty();
  }
}
