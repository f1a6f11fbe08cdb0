package org.triglot.lang;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourceText;

/**
 * A site's corrections to script conversion, from {@code i18n/zh-Hant.glossary}: Simplified phrases
 * with the Traditional phrase they must become (in the site's standard; the bundled glossary is
 * written in Taiwan's and moved to the others by {@link #writtenIn}), applied before the
 * dictionaries. Converting back to Simplified uses the entries reversed, except where two entries
 * share a Traditional phrase (then the dictionaries decide).
 *
 * <p>The file has one entry a line, {@code 简体 = 繁體}; {@code #} starts a comment; blank lines are
 * ignored; a phrase holds no spaces. A malformed line is reported with its line and column.
 */
public final class Glossary {
  /** The glossary's file in {@code i18n/}: it corrects conversion into Traditional Chinese. */
  public static final String FILE_NAME = "zh-Hant.glossary";

  private static final Glossary EMPTY = new Glossary(new TreeMap<>());

  /** One entry and where it was written, for diagnostics. */
  public record Entry(String simplified, String traditional, String path, int line) {
    public Entry {
      Objects.requireNonNull(simplified, "simplified");
      Objects.requireNonNull(traditional, "traditional");
      Objects.requireNonNull(path, "path");
      if (simplified.isEmpty() || traditional.isEmpty()) {
        throw new IllegalArgumentException("empty glossary phrase");
      }
    }
  }

  private final TreeMap<String, Entry> entries;

  private Glossary(TreeMap<String, Entry> entries) {
    this.entries = entries;
  }

  public static Glossary empty() {
    return EMPTY;
  }

  /** A glossary of the given Simplified → Traditional entries, for tests and tools. */
  public static Glossary of(Map<String, String> toTraditional) {
    TreeMap<String, Entry> entries = new TreeMap<>();
    toTraditional.forEach((s, t) -> entries.put(s, new Entry(s, t, "(glossary)", 0)));
    return new Glossary(entries);
  }

  /**
   * Reads a glossary file. Every malformed line is reported to {@code diagnostics} and left out;
   * the well-formed lines make the glossary.
   */
  public static Glossary parse(SourceText source, Diagnostics diagnostics) {
    TreeMap<String, Entry> entries = new TreeMap<>();
    for (int number = 1; number <= source.lineCount(); number++) {
      String line = source.line(number);
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = " " + line.substring(1);
      }
      int comment = line.indexOf('#');
      String content = comment < 0 ? line : line.substring(0, comment);
      if (content.isBlank()) {
        continue;
      }
      Entry entry = entry(source, number, content, diagnostics);
      if (entry == null) {
        continue;
      }
      Entry earlier = entries.get(entry.simplified());
      if (earlier == null) {
        entries.put(entry.simplified(), entry);
      } else if (earlier.traditional().equals(entry.traditional())) {
        diagnostics.warning(
            source.at(number, column(content, firstVisible(content))),
            "\"" + entry.simplified() + "\" is already in the glossary on line " + earlier.line(),
            "delete one of the two lines");
      } else {
        diagnostics.error(
            source.at(number, column(content, firstVisible(content))),
            "\""
                + entry.simplified()
                + "\" is already in the glossary on line "
                + earlier.line()
                + " as \""
                + earlier.traditional()
                + "\"",
            "keep one line for each Simplified phrase");
      }
    }
    return new Glossary(entries);
  }

  private static Entry entry(
      SourceText source, int number, String content, Diagnostics diagnostics) {
    int equals = content.indexOf('=');
    if (equals < 0) {
      int at = firstVisible(content);
      diagnostics.error(
          source.at(number, column(content, at)),
          "a glossary entry needs \"=\" between the Simplified and the Traditional phrase",
          "write one entry a line, e.g. 范仲淹 = 范仲淹; start a comment with #");
      return null;
    }
    int second = content.indexOf('=', equals + 1);
    if (second >= 0) {
      diagnostics.error(
          source.at(number, column(content, second)),
          "a glossary entry has one \"=\", this line has more",
          "write one entry a line: 简体 = 繁體");
      return null;
    }
    String simplified = phrase(source, number, content, 0, equals, "before", diagnostics);
    String traditional =
        phrase(source, number, content, equals + 1, content.length(), "after", diagnostics);
    if (simplified == null || traditional == null) {
      return null;
    }
    return new Entry(simplified, traditional, source.path(), number);
  }

  /**
   * The phrase in {@code content[from, to)} without the spaces around it; null (reported) if bad.
   */
  private static String phrase(
      SourceText source,
      int number,
      String content,
      int from,
      int to,
      String side,
      Diagnostics diagnostics) {
    int start = from;
    while (start < to && Character.isWhitespace(content.charAt(start))) {
      start++;
    }
    int end = to;
    while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      int equals = content.indexOf('=');
      diagnostics.error(
          source.at(number, column(content, equals)),
          "nothing " + side + " \"=\"",
          "write the Simplified phrase before \"=\" and the Traditional phrase after it: 简体 = 繁體");
      return null;
    }
    for (int i = start; i < end; i++) {
      if (Character.isWhitespace(content.charAt(i))) {
        diagnostics.error(
            source.at(number, column(content, i)),
            "a glossary phrase cannot contain a space",
            "write one entry a line: 简体 = 繁體");
        return null;
      }
    }
    return content.substring(start, end);
  }

  /** The 1-based column, in characters (code points), of the UTF-16 index {@code index}. */
  private static int column(String content, int index) {
    return content.codePointCount(0, index) + 1;
  }

  private static int firstVisible(String content) {
    int i = 0;
    while (i < content.length() && Character.isWhitespace(content.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * This glossary with {@code later}'s entries added, replacing any for the same Simplified phrase.
   */
  public Glossary overriddenBy(Glossary later) {
    if (later.entries.isEmpty()) {
      return this;
    }
    TreeMap<String, Entry> merged = new TreeMap<>(entries);
    merged.putAll(later.entries);
    return new Glossary(merged);
  }

  /**
   * This glossary, written in Taiwan's forms, with its Traditional phrases in {@code standard}'s
   * forms instead (裡面 becomes 裏面 for Hong Kong): how the bundled glossary serves every standard.
   */
  public Glossary writtenIn(ChineseConversion.Standard standard) {
    if (standard == ChineseConversion.Standard.TW || entries.isEmpty()) {
      return this;
    }
    TreeMap<String, Entry> moved = new TreeMap<>();
    entries.forEach(
        (simplified, e) ->
            moved.put(
                simplified,
                new Entry(
                    simplified, standard.fromTaiwanForms(e.traditional()), e.path(), e.line())));
    return new Glossary(moved);
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The entries, sorted by Simplified phrase. */
  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  /** Simplified phrase → Traditional phrase. */
  public Map<String, String> toTraditional() {
    Map<String, String> map = new LinkedHashMap<>();
    entries.values().forEach(e -> map.put(e.simplified(), e.traditional()));
    return Collections.unmodifiableMap(map);
  }

  /**
   * Traditional phrase → Simplified phrase, for the entries whose Traditional phrase is no other's.
   */
  public Map<String, String> toSimplified() {
    Map<String, String> map = new TreeMap<>();
    Map<String, Integer> uses = new TreeMap<>();
    entries.values().forEach(e -> uses.merge(e.traditional(), 1, Integer::sum));
    entries
        .values()
        .forEach(
            e -> {
              if (uses.get(e.traditional()) == 1) {
                map.put(e.traditional(), e.simplified());
              }
            });
    return Collections.unmodifiableMap(map);
  }

  /** Two glossaries are equal when they convert alike, wherever their entries were written. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Glossary other && toTraditional().equals(other.toTraditional());
  }

  @Override
  public int hashCode() {
    return toTraditional().hashCode();
  }

  @Override
  public String toString() {
    return "Glossary" + toTraditional();
  }
}
