package org.triglot.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One of OpenCC's conversions ({@code s2tw}, {@code tw2s}, ...), run as OpenCC 1.4 runs it from its
 * configuration file and dictionaries, both kept under {@code org/triglot/lang/opencc/} as OpenCC
 * ships them (see {@code scripts/refresh-opencc-data.sh}):
 *
 * <ol>
 *   <li><b>normalization</b>: the normalization chain (CJK compatibility ideographs to their
 *       unified forms) runs over the whole text;
 *   <li><b>segmentation</b>: the text is cut into segments by longest match against the
 *       segmentation dictionary; characters that start no entry gather into one segment until the
 *       next match;
 *   <li><b>conversion chain</b>: each stage converts each segment on its own by longest match (a
 *       character that starts no entry is kept), and hands the converted segment to the next stage,
 *       so a later stage never matches across a segment boundary.
 * </ol>
 *
 * <p>A dictionary group matches as OpenCC's {@code match_policy} says: {@code union} takes the
 * longest match of any member (the first member on a tie), {@code short_circuit} (the default) the
 * match of the first member that has one. A character that starts no entry advances by one code
 * point, or by a whole ideographic description sequence (⿰氵每), which passes through unchanged.
 *
 * <p>Each conversion and each dictionary is loaded once per JVM, on first use, and shared; a
 * conversion is immutable and safe for concurrent use.
 */
final class OpenccConversion {
  static final String ROOT = "/org/triglot/lang/opencc/";

  private static final Map<String, OpenccConversion> LOADED = new ConcurrentHashMap<>();
  private static final Map<List<String>, PhraseTable> TABLES = new ConcurrentHashMap<>();
  private static final Map<String, Boolean> SINGLE_CHARACTER_KEYS = new ConcurrentHashMap<>();

  /** The match argument of {@link #convertSegment} for characters the segmentation gathered. */
  private static final long GATHERED = -2L;

  private final String name;
  private final Stage normalization;
  private final Stage segmentation;
  private final Stage[] chain;

  /** Whether the first stage starts with the segmentation's only table. */
  private final boolean segmentsAsFirstStage;

  private OpenccConversion(String name, Stage normalization, Stage segmentation, Stage[] chain) {
    this.name = name;
    this.normalization = normalization;
    this.segmentation = segmentation;
    this.chain = chain;
    this.segmentsAsFirstStage =
        segmentation != null
            && segmentation.tables.length == 1
            && chain[0].tables[0] == segmentation.tables[0];
  }

  /**
   * The conversion of OpenCC's configuration {@code name} ({@code config/NAME.json}), loaded on the
   * first call in the JVM.
   */
  static OpenccConversion named(String name) {
    OpenccConversion loaded = LOADED.get(name);
    if (loaded == null) {
      // Not computeIfAbsent: loading fills TABLES, and two conversions may load at once.
      loaded = load(name);
      OpenccConversion raced = LOADED.putIfAbsent(name, loaded);
      if (raced != null) {
        loaded = raced;
      }
    }
    return loaded;
  }

  String name() {
    return name;
  }

  /** How many dictionary entries its stages hold, each table counted once. */
  int entries() {
    Set<PhraseTable> tables = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Stage stage : chain) {
      tables.addAll(List.of(stage.tables));
    }
    if (segmentation != null) {
      tables.addAll(List.of(segmentation.tables));
    }
    if (normalization != null) {
      tables.addAll(List.of(normalization.tables));
    }
    return tables.stream().mapToInt(PhraseTable::phraseCount).sum();
  }

  /** Appends {@code text[from, to)} converted to {@code out}. */
  void convert(CharSequence text, int from, int to, StringBuilder out) {
    CharSequence source = text;
    int start = from;
    int end = to;
    if (normalization != null && normalization.changesAnyOf(text, from, to)) {
      StringBuilder normalized = new StringBuilder(to - from);
      normalization.convert(text, from, to, normalized);
      source = normalized;
      start = 0;
      end = normalized.length();
    }
    StringBuilder[] scratch =
        chain.length > 1 ? new StringBuilder[] {new StringBuilder(), new StringBuilder()} : null;
    if (segmentation == null) {
      convertSegment(source, start, end, -1L, scratch, out);
      return;
    }
    int gathered = start;
    int i = start;
    while (i < end) {
      long match = segmentation.match(source, i, end);
      if (match < 0) {
        i += unmatchedLength(source, i, end);
      } else {
        if (gathered < i) {
          convertSegment(source, gathered, i, GATHERED, scratch, out);
        }
        int length = Stage.length(match);
        convertSegment(source, i, i + length, match, scratch, out);
        i += length;
        gathered = i;
      }
    }
    if (gathered < end) {
      convertSegment(source, gathered, end, GATHERED, scratch, out);
    }
  }

  /**
   * Converts one segment through the chain. {@code match} is the segmentation's match for the whole
   * segment, or {@link #GATHERED} for characters the segmentation matched nowhere, or -1. When the
   * first stage starts with the segmentation's table, it would find that match again (so its
   * replacement is the first stage's output), and it would find nothing in that table for gathered
   * characters (so it starts at its second table).
   */
  private void convertSegment(
      CharSequence text, int from, int to, long match, StringBuilder[] scratch, StringBuilder out) {
    StringBuilder current = chain.length == 1 ? out : scratch[0];
    if (chain.length > 1) {
      current.setLength(0);
    }
    if (match >= 0 && segmentsAsFirstStage) {
      chain[0].appendValue(match, current);
    } else {
      int firstTable = match == GATHERED && segmentsAsFirstStage ? 1 : 0;
      chain[0].convert(text, from, to, firstTable, current);
    }
    if (chain.length == 1) {
      return;
    }
    StringBuilder next = scratch[1];
    for (int s = 1; s < chain.length - 1; s++) {
      next.setLength(0);
      chain[s].convert(current, 0, current.length(), next);
      StringBuilder swap = current;
      current = next;
      next = swap;
    }
    chain[chain.length - 1].convert(current, 0, current.length(), out);
  }

  /**
   * How far a character that starts no dictionary entry reaches: a whole ideographic description
   * sequence, else one code point.
   */
  static int unmatchedLength(CharSequence text, int at, int end) {
    int sequence = IdeographicDescription.length(text, at, end);
    if (sequence > 0) {
      return sequence;
    }
    return Character.isHighSurrogate(text.charAt(at))
            && at + 1 < end
            && Character.isLowSurrogate(text.charAt(at + 1))
        ? 2
        : 1;
  }

  /**
   * One dictionary, or a short-circuit group of them: the first table that matches at a position
   * gives the match. A union group is one table, merged when it is loaded.
   */
  static final class Stage {
    private final PhraseTable[] tables;

    /**
     * One bit per UTF-16 unit: whether any table has a key that starts with it. Eight kilobytes
     * that stay in the processor's cache, where each table's own first-character array is 256.
     */
    private final long[] starts = new long[1024];

    Stage(List<PhraseTable> tables) {
      this.tables = tables.toArray(PhraseTable[]::new);
      for (int c = 0; c < 65536; c++) {
        for (PhraseTable table : this.tables) {
          if (table.startsPhrase((char) c)) {
            starts[c >>> 6] |= 1L << c;
          }
        }
      }
    }

    private boolean mayStart(char c) {
      return (starts[c >>> 6] & (1L << c)) != 0;
    }

    /** Whether some character of {@code text[from, to)} starts an entry. */
    boolean changesAnyOf(CharSequence text, int from, int to) {
      for (int i = from; i < to; i++) {
        if (mayStart(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    /** Appends the replacement of a match found by {@link #match}. */
    void appendValue(long match, StringBuilder out) {
      tables[(int) (match >>> 56)].appendValue(match, out);
    }

    /**
     * The match at {@code from} without passing {@code limit}, as {@code (table << 56) | (length <<
     * 32) | valueIndex}, or -1 when no table has one.
     */
    long match(CharSequence text, int from, int limit) {
      return match(text, from, limit, 0);
    }

    /** As {@link #match(CharSequence, int, int)}, trying the tables from {@code firstTable} on. */
    long match(CharSequence text, int from, int limit, int firstTable) {
      char c = text.charAt(from);
      if (!mayStart(c)) {
        return -1L;
      }
      for (int t = firstTable; t < tables.length; t++) {
        PhraseTable table = tables[t];
        if (table.startsPhrase(c)) {
          long match = table.longestMatch(text, from, limit);
          if (match >= 0) {
            return ((long) t << 56) | match;
          }
        }
      }
      return -1L;
    }

    static int length(long match) {
      return (int) ((match >>> 32) & 0xFFFFFF);
    }

    /** Converts {@code text[from, to)} by longest match into {@code out}. */
    void convert(CharSequence text, int from, int to, StringBuilder out) {
      convert(text, from, to, 0, out);
    }

    /**
     * As {@link #convert(CharSequence, int, int, StringBuilder)}, from table {@code firstTable}.
     */
    void convert(CharSequence text, int from, int to, int firstTable, StringBuilder out) {
      int i = from;
      while (i < to) {
        int run = i;
        while (run < to
            && !mayStart(text.charAt(run))
            && IdeographicDescription.arity(text.charAt(run)) == 0) {
          run++;
        }
        if (run > i) {
          // Characters that start no entry, copied as they are (a surrogate pair stays whole, as
          // no key starts with a low surrogate).
          out.append(text, i, run);
          i = run;
          continue;
        }
        long match = match(text, i, to, firstTable);
        if (match < 0) {
          int length = unmatchedLength(text, i, to);
          out.append(text, i, i + length);
          i += length;
        } else {
          appendValue(match, out);
          i += length(match);
        }
      }
    }
  }

  private static OpenccConversion load(String name) {
    String file = "config/" + name + ".json";
    Map<String, Object> config = asMap(OpenccConfigJson.parse(read(file), file), name);
    Stage normalization = null;
    Object normalizationChain = config.get("normalization");
    if (normalizationChain != null) {
      Stage[] stages = chain(normalizationChain, name);
      if (stages.length != 1) {
        throw unsupported(name, "a normalization of " + stages.length + " stages");
      }
      normalization = stages[0];
    }
    Stage segmentation = null;
    Object segmentationConfig = config.get("segmentation");
    if (segmentationConfig != null) {
      Map<String, Object> segmentationMap = asMap(segmentationConfig, name);
      if (!"mmseg".equals(segmentationMap.get("type"))) {
        throw unsupported(name, "segmentation of type " + segmentationMap.get("type"));
      }
      segmentation = new Stage(tables(segmentationMap.get("dict"), name));
    }
    return new OpenccConversion(
        name, normalization, segmentation, chain(config.get("conversion_chain"), name));
  }

  private static Stage[] chain(Object value, String name) {
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      throw unsupported(name, "a conversion chain that is not a list of stages");
    }
    Stage[] stages = new Stage[list.size()];
    for (int i = 0; i < stages.length; i++) {
      stages[i] = new Stage(tables(asMap(list.get(i), name).get("dict"), name));
    }
    return stages;
  }

  /**
   * A dictionary of a configuration as its short-circuit list of tables. Neighbours in the list
   * whose keys are all single characters (TSCharactersExt, TSCharacters) are merged into one table,
   * the earlier winning: at a position, either matches one character or nothing, so the first of
   * them with a match is the merged table's match, and a lookup reads one table instead of several.
   */
  private static List<PhraseTable> tables(Object value, String name) {
    List<List<String>> merged = new ArrayList<>();
    for (List<String> files : fileLists(value, name)) {
      List<String> last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && singleCharacterKeys(last) && singleCharacterKeys(files)) {
        List<String> both = new ArrayList<>(last);
        both.addAll(files);
        merged.set(merged.size() - 1, both);
      } else {
        merged.add(files);
      }
    }
    return merged.stream().map(OpenccConversion::table).toList();
  }

  /** The short-circuit list of a dictionary, each member a union of text files. */
  private static List<List<String>> fileLists(Object value, String name) {
    Map<String, Object> dict = asMap(value, name);
    Object type = dict.get("type");
    if ("text".equals(type)) {
      return List.of(List.of(textFile(dict, name)));
    }
    if (!"group".equals(type)) {
      throw unsupported(name, "a dictionary of type " + type);
    }
    Object policy = dict.getOrDefault("match_policy", "short_circuit");
    if (!(dict.get("dicts") instanceof List<?> members)) {
      throw unsupported(name, "a group without dicts");
    }
    if ("union".equals(policy)) {
      List<String> files = new ArrayList<>();
      for (Object member : members) {
        Map<String, Object> memberDict = asMap(member, name);
        if (!"text".equals(memberDict.get("type"))) {
          throw unsupported(name, "a union of dictionaries that are not text files");
        }
        files.add(textFile(memberDict, name));
      }
      return List.of(files);
    }
    if (!"short_circuit".equals(policy)) {
      throw unsupported(name, "match policy " + policy);
    }
    List<List<String>> lists = new ArrayList<>();
    for (Object member : members) {
      lists.addAll(fileLists(member, name));
    }
    return lists;
  }

  /** Whether every key of every file is a single character (one code point). */
  private static boolean singleCharacterKeys(List<String> files) {
    for (String file : files) {
      boolean single =
          SINGLE_CHARACTER_KEYS.computeIfAbsent(
              file,
              f -> {
                String text = read(f);
                int start = 0;
                while (start < text.length()) {
                  int end = text.indexOf('\n', start);
                  end = end < 0 ? text.length() : end;
                  int tab = text.indexOf('\t', start);
                  if (text.charAt(start) != '#'
                      && tab > start
                      && tab < end
                      && text.codePointCount(start, tab) != 1) {
                    return false;
                  }
                  start = end + 1;
                }
                return true;
              });
      if (!single) {
        return false;
      }
    }
    return true;
  }

  private static String textFile(Map<String, Object> dict, String name) {
    if (!(dict.get("file") instanceof String file) || file.contains("/")) {
      throw unsupported(name, "a text dictionary without a file name");
    }
    return file;
  }

  /**
   * The table of the union of {@code files}: every entry keyed as written, its first candidate as
   * its replacement; a key in several files takes the first file's. Shared by all conversions.
   */
  static PhraseTable table(List<String> files) {
    PhraseTable table = TABLES.get(files);
    if (table == null) {
      List<String> texts = new ArrayList<>(files.size());
      int keyCharacters = 0;
      for (String file : files) {
        String text = read(file);
        texts.add(text);
        keyCharacters += text.length() / 2; // about the keys' share; the builder grows if not
      }
      PhraseTable.Builder builder = PhraseTable.builder(keyCharacters);
      // Later puts replace earlier ones, so the first file goes in last.
      for (int f = texts.size() - 1; f >= 0; f--) {
        putEntries(texts.get(f), builder);
      }
      table = builder.build();
      PhraseTable raced = TABLES.putIfAbsent(List.copyOf(files), table);
      if (raced != null) {
        table = raced;
      }
    }
    return table;
  }

  /**
   * Adds the entries of one dictionary file: a line is a key, a tab, and one or more candidates
   * separated by spaces, the preferred first; {@code #} lines and blank lines are skipped.
   */
  private static void putEntries(String text, PhraseTable.Builder builder) {
    int length = text.length();
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    while (start < length) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = length;
      }
      int lineEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
      int tab = text.indexOf('\t', start);
      if (lineEnd > start && text.charAt(start) != '#' && tab > start && tab < lineEnd) {
        int valueEnd = tab + 1;
        while (valueEnd < lineEnd && text.charAt(valueEnd) != ' ') {
          valueEnd++;
        }
        if (valueEnd > tab + 1) {
          builder.putPhrase(text, start, tab, text, tab + 1, valueEnd);
        }
      }
      start = end + 1;
    }
  }

  /** The text of one of OpenCC's dictionary files, e.g. {@code STCharacters.txt}. */
  static String dictionaryText(String file) {
    return read(file);
  }

  private static String read(String file) {
    try (InputStream in = OpenccConversion.class.getResourceAsStream(ROOT + file)) {
      if (in == null) {
        throw new IllegalStateException(
            "OpenCC data file " + ROOT + file + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenCC data file " + file, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value, String name) {
    if (!(value instanceof Map<?, ?>)) {
      throw unsupported(name, "an entry that is not an object");
    }
    return (Map<String, Object>) value;
  }

  private static IllegalStateException unsupported(String name, String what) {
    return new IllegalStateException(
        "OpenCC configuration " + name + ".json has " + what + ", which Triglot does not run");
  }
}
