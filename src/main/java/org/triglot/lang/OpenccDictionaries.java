package org.triglot.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * OpenCC's conversion dictionaries (Apache-2.0), as the {@code com.github.houbb:opencc4j} artifact
 * ships them under {@code /data/dictionary/}, compiled into the two {@link PhraseTable}s that
 * {@link PhraseScriptConverter} runs. Each table is built on first use, once per JVM, and shared.
 *
 * <p>Simplified to Taiwan Traditional follows OpenCC's {@code s2tw}: STPhrases, else STCharacters,
 * then TWVariants on the result. TWVariants is folded into the replacement texts when the table is
 * built, so conversion is one longest-match pass. opencc4j's copy of TWVariants has its keys folded
 * to Simplified (面 → 麵 instead of OpenCC's 麪 → 麵), which would turn every 面 into 麵; the keys are
 * unfolded back to OpenCC's Traditional forms through STCharacters (see {@link #taiwanVariants}).
 *
 * <p>Taiwan Traditional to Simplified follows OpenCC's {@code tw2s}: Taiwan forms are first taken
 * back to OpenCC's forms (TWVariants reversed, as OpenCC generates TWVariantsRev), then TSPhrases,
 * else TSCharacters. opencc4j ships no TWVariantsRevPhrases, the list of phrases that must not be
 * reversed (著作 stays 著作 while 看著 becomes 看着); in its place, every STPhrases entry that
 * character-by-character conversion would not give back is added reversed (顯著 → 显著, 乾隆 → 乾隆), where
 * the reversal is unambiguous. Other gaps are the site glossary's to fill.
 *
 * <p>Loading is written for a cold JVM: each file is decoded once into one string and read through
 * offsets, and characters are mapped through {@code char[]} tables, so building allocates little
 * beyond the tables themselves.
 */
final class OpenccDictionaries {
  private static final String ROOT = "/data/dictionary/";

  /**
   * TSCharacters entries whose candidates opencc4j reorders against OpenCC, with OpenCC's preferred
   * candidate, which is restored: 乾 → 干 (opencc4j lists 乾 干, so 乾淨 would stay 乾净; OpenCC's
   * TSPhrases, which opencc4j ships unchanged, keep 乾隆 and 乾坤 on the assumption that 乾 → 干).
   */
  private static final Map<Character, Character> OPENCC_ORDER = Map.of('乾', '干');

  private OpenccDictionaries() {}

  /** Simplified Chinese to Traditional Chinese, Taiwan standard glyphs, no vocabulary changes. */
  static PhraseTable toTaiwan() {
    return ToTaiwan.TABLE;
  }

  /** Traditional Chinese (Taiwan standard or OpenCC's forms) to Simplified Chinese. */
  static PhraseTable toSimplified() {
    return ToSimplified.TABLE;
  }

  /** The files both directions read, parsed once. */
  private static final class Shared {
    static final DictionaryFile ST_CHARACTERS = DictionaryFile.read("STCharacters.txt");
    static final DictionaryFile ST_PHRASES = DictionaryFile.read("STPhrases.txt");
    static final char[] VARIANTS =
        taiwanVariants(ST_CHARACTERS, DictionaryFile.read("TWVariants.txt"));
  }

  private static final class ToTaiwan {
    static final PhraseTable TABLE = buildToTaiwan();
  }

  private static final class ToSimplified {
    static final PhraseTable TABLE = buildToSimplified();
  }

  private static PhraseTable buildToTaiwan() {
    DictionaryFile characters = Shared.ST_CHARACTERS;
    DictionaryFile phrases = Shared.ST_PHRASES;
    char[] variants = Shared.VARIANTS;
    PhraseTable.Builder table =
        PhraseTable.builder(phrases.keyCharacters() + characters.keyCharacters());
    // Characters that STCharacters leaves alone but Taiwan writes otherwise (着 → 著).
    boolean[] hasEntry = new boolean[65536];
    for (int i = 0; i < characters.size(); i++) {
      if (characters.keyLength(i) == 1) {
        hasEntry[characters.keyChar(i)] = true;
      }
    }
    for (int c = 0; c < variants.length; c++) {
      if (variants[c] != c && !hasEntry[c]) {
        table.put(String.valueOf((char) c), String.valueOf(variants[c]));
      }
    }
    StringBuilder value = new StringBuilder(32);
    for (DictionaryFile file : new DictionaryFile[] {characters, phrases}) {
      for (int i = 0; i < file.size(); i++) {
        value.setLength(0);
        file.appendValue(i, variants, value);
        file.putInto(table, i, value);
      }
    }
    return table.build();
  }

  private static PhraseTable buildToSimplified() {
    char[] variants = Shared.VARIANTS;
    DictionaryFile tsCharacters = DictionaryFile.read("TSCharacters.txt");
    char[] ts = identity();
    boolean[] simplifiedToo = new boolean[65536]; // 乾 → 干 乾: Simplified writes 乾 too (乾隆)
    for (int i = 0; i < tsCharacters.size(); i++) {
      if (tsCharacters.keyLength(i) == 1 && tsCharacters.valueLength(i) == 1) {
        char c = tsCharacters.keyChar(i);
        Character first = OPENCC_ORDER.get(c);
        ts[c] =
            first != null && tsCharacters.hasValue(i, first) ? first : tsCharacters.valueChar(i);
        simplifiedToo[c] = tsCharacters.hasValue(i, c);
      }
    }
    // One character: Taiwan form -> OpenCC form (TWVariants reversed, first wins) -> Simplified.
    // A Taiwan form that is itself the Simplified form of another character is left alone: 么 is
    // Taiwan's 幺 but also Simplified for 麼, and Simplified text (什么) must come through unchanged.
    boolean[] simplifiedOfOther = new boolean[65536];
    for (int c = 0; c < ts.length; c++) {
      if (ts[c] != c) {
        simplifiedOfOther[ts[c]] = true;
      }
    }
    char[] characters = ts.clone();
    boolean[] reversed = new boolean[65536];
    for (int c = 0; c < variants.length; c++) {
      char taiwan = variants[c];
      if (taiwan != c && !reversed[taiwan] && !simplifiedOfOther[taiwan]) {
        reversed[taiwan] = true;
        characters[taiwan] = ts[c];
      }
    }
    PhraseTable.Builder table = PhraseTable.builder();
    for (int i = 0; i < tsCharacters.size(); i++) {
      if (tsCharacters.keyLength(i) != 1 || tsCharacters.valueLength(i) != 1) {
        table.put(tsCharacters.key(i), tsCharacters.value(i));
      }
    }
    for (int c = 0; c < characters.length; c++) {
      if (characters[c] != c) {
        table.put(String.valueOf((char) c), String.valueOf(characters[c]));
      }
    }

    // Phrases that character-by-character conversion gets wrong, from STPhrases read backwards,
    // unless another STPhrases entry gives the same Traditional phrase (乾净 and 干净 give 乾淨).
    DictionaryFile stPhrases = Shared.ST_PHRASES;
    Map<String, String> reversedPhrases = new HashMap<>();
    StringBuilder taiwan = new StringBuilder(32);
    for (int i = 0; i < stPhrases.size(); i++) {
      taiwan.setLength(0);
      stPhrases.appendValue(i, variants, taiwan);
      if (stPhrases.keepsTraditional(i, taiwan, characters, simplifiedToo)) {
        reversedPhrases.put(taiwan.toString(), stPhrases.key(i));
      }
    }
    boolean[] firstChars = new boolean[65536];
    reversedPhrases.keySet().forEach(k -> firstChars[k.charAt(0)] = true);
    Set<String> ambiguous = new HashSet<>();
    for (int i = 0; i < stPhrases.size(); i++) {
      if (firstChars[variants[stPhrases.valueChar(i)]]) {
        taiwan.setLength(0);
        stPhrases.appendValue(i, variants, taiwan);
        String simplified = reversedPhrases.get(taiwan.toString());
        if (simplified != null && !stPhrases.keyEquals(i, simplified)) {
          ambiguous.add(taiwan.toString());
        }
      }
    }
    reversedPhrases.keySet().removeAll(ambiguous);
    new TreeMap<>(reversedPhrases).forEach(table::put);

    // OpenCC's own Traditional to Simplified phrases, matched in OpenCC's and in Taiwan's forms.
    DictionaryFile tsPhrases = DictionaryFile.read("TSPhrases.txt");
    StringBuilder key = new StringBuilder(32);
    for (int i = 0; i < tsPhrases.size(); i++) {
      String value = tsPhrases.value(i);
      table.put(tsPhrases.key(i), value);
      key.setLength(0);
      tsPhrases.appendKey(i, variants, key);
      table.put(key, value);
    }
    return table.build();
  }

  /**
   * OpenCC's TWVariants as a table from OpenCC's Traditional form to the Taiwan form. opencc4j keys
   * each entry by the Simplified character (启 → 啟 for OpenCC's 啓 → 啟); the OpenCC form is the
   * STCharacters candidate of that key that is neither the key itself nor the Taiwan form (面 → 面 麪
   * gives 麪), or the key itself when there is none (着 → 著). Read this way, the file gives back
   * OpenCC's TWVariants entry for entry, plus opencc4j's additions (擡 → 抬, 硅 → 矽).
   */
  static char[] taiwanVariants(DictionaryFile stCharacters, DictionaryFile twVariants) {
    Map<String, Integer> candidates = new HashMap<>();
    for (int i = 0; i < stCharacters.size(); i++) {
      candidates.put(stCharacters.key(i), i);
    }
    char[] variants = identity();
    boolean[] set = new boolean[65536];
    for (int i = 0; i < twVariants.size(); i++) {
      String simplified = twVariants.key(i);
      String taiwan = twVariants.value(i);
      if (taiwan.length() != 1) {
        continue;
      }
      Integer entry = candidates.get(simplified);
      String[] forms = entry == null ? new String[] {simplified} : stCharacters.values(entry);
      boolean found = false;
      for (String form : forms) {
        if (!form.equals(simplified)
            && !form.equals(taiwan)
            && form.length() == 1
            && !set[form.charAt(0)]) {
          variants[form.charAt(0)] = taiwan.charAt(0);
          set[form.charAt(0)] = true;
          found = true;
        }
      }
      if (!found
          && !simplified.equals(taiwan)
          && simplified.length() == 1
          && !set[simplified.charAt(0)]) {
        variants[simplified.charAt(0)] = taiwan.charAt(0);
        set[simplified.charAt(0)] = true;
      }
    }
    return variants;
  }

  private static char[] identity() {
    char[] table = new char[65536];
    for (int c = 0; c < table.length; c++) {
      table[c] = (char) c;
    }
    return table;
  }

  /**
   * One dictionary file, decoded once and read through offsets: a line is a key, a tab (opencc4j's
   * Taiwan files use a space), and one or more replacements separated by spaces, the preferred
   * first. Blank lines and {@code #} lines are skipped.
   */
  static final class DictionaryFile {
    private final String text;

    /** Per entry: key start, key end, values start, first value end, values end. */
    private final int[] offsets;

    private final int size;

    private DictionaryFile(String text, int[] offsets, int size) {
      this.text = text;
      this.offsets = offsets;
      this.size = size;
    }

    static DictionaryFile read(String file) {
      String text;
      try (InputStream in = OpenccDictionaries.class.getResourceAsStream(ROOT + file)) {
        if (in == null) {
          throw new IllegalStateException(
              "OpenCC dictionary "
                  + ROOT
                  + file
                  + " is not on the classpath (it comes with com.github.houbb:opencc4j)");
        }
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read OpenCC dictionary " + file, e);
      }
      int[] offsets = new int[5 * 1024];
      int size = 0;
      int start = text.startsWith("\uFEFF") ? 1 : 0;
      int length = text.length();
      while (start < length) {
        int end = text.indexOf('\n', start);
        if (end < 0) {
          end = length;
        }
        int lineEnd = end;
        while (lineEnd > start
            && (text.charAt(lineEnd - 1) == '\r' || text.charAt(lineEnd - 1) == ' ')) {
          lineEnd--;
        }
        int separator = text.indexOf('\t', start);
        if (separator < 0 || separator >= lineEnd) {
          separator = text.indexOf(' ', start);
        }
        if (lineEnd > start
            && text.charAt(start) != '#'
            && separator > start
            && separator < lineEnd) {
          int valuesStart = separator + 1;
          while (valuesStart < lineEnd
              && (text.charAt(valuesStart) == ' ' || text.charAt(valuesStart) == '\t')) {
            valuesStart++;
          }
          int firstEnd = valuesStart;
          while (firstEnd < lineEnd && text.charAt(firstEnd) != ' ') {
            firstEnd++;
          }
          if (valuesStart < lineEnd) {
            if (size * 5 + 5 > offsets.length) {
              offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            int o = size * 5;
            offsets[o] = start;
            offsets[o + 1] = separator;
            offsets[o + 2] = valuesStart;
            offsets[o + 3] = firstEnd;
            offsets[o + 4] = lineEnd;
            size++;
          }
        }
        start = end + 1;
      }
      return new DictionaryFile(text, offsets, size);
    }

    int size() {
      return size;
    }

    /** The length of all keys together. */
    int keyCharacters() {
      int total = 0;
      for (int i = 0; i < size; i++) {
        total += keyLength(i);
      }
      return total;
    }

    /** Adds entry {@code i} to {@code table} with {@code value} as its replacement. */
    void putInto(PhraseTable.Builder table, int i, CharSequence value) {
      table.put(text, offsets[5 * i], offsets[5 * i + 1], value);
    }

    String key(int i) {
      return text.substring(offsets[5 * i], offsets[5 * i + 1]);
    }

    int keyLength(int i) {
      return offsets[5 * i + 1] - offsets[5 * i];
    }

    char keyChar(int i) {
      return text.charAt(offsets[5 * i]);
    }

    /** The preferred (first) replacement. */
    String value(int i) {
      return text.substring(offsets[5 * i + 2], offsets[5 * i + 3]);
    }

    int valueLength(int i) {
      return offsets[5 * i + 3] - offsets[5 * i + 2];
    }

    char valueChar(int i) {
      return text.charAt(offsets[5 * i + 2]);
    }

    /** Whether {@code c} is one of the replacements. */
    boolean hasValue(int i, char c) {
      int end = offsets[5 * i + 4];
      for (int p = offsets[5 * i + 2]; p < end; p++) {
        if (text.charAt(p) == c
            && (p + 1 == end || text.charAt(p + 1) == ' ')
            && (p == offsets[5 * i + 2] || text.charAt(p - 1) == ' ')) {
          return true;
        }
      }
      return false;
    }

    boolean keyEquals(int i, String other) {
      int start = offsets[5 * i];
      return offsets[5 * i + 1] - start == other.length() && text.startsWith(other, start);
    }

    /** All replacements, the preferred first. */
    String[] values(int i) {
      return text.substring(offsets[5 * i + 2], offsets[5 * i + 4]).split(" ");
    }

    /** Appends the preferred replacement with each character mapped through {@code map}. */
    void appendValue(int i, char[] map, StringBuilder out) {
      for (int p = offsets[5 * i + 2], end = offsets[5 * i + 3]; p < end; p++) {
        out.append(map[text.charAt(p)]);
      }
    }

    /** Appends the key with each character mapped through {@code map}. */
    void appendKey(int i, char[] map, StringBuilder out) {
      for (int p = offsets[5 * i], end = offsets[5 * i + 1]; p < end; p++) {
        out.append(map[text.charAt(p)]);
      }
    }

    /**
     * Whether the key is {@code traditional} converted by {@code map} except for characters that it
     * keeps as they are in {@code traditional} (显著 for 顯著, which {@code map} makes 显着), with at
     * least one such character, each {@code keepable}: one that TSCharacters allows in Simplified.
     * Entries that merely spell a word differently (复盖 for 覆蓋) or whose key is not Simplified
     * (opencc4j has 党內人士 and 极爲) do not qualify.
     */
    boolean keepsTraditional(int i, CharSequence traditional, char[] map, boolean[] keepable) {
      int start = offsets[5 * i];
      int length = offsets[5 * i + 1] - start;
      if (length != traditional.length()) {
        return false;
      }
      boolean kept = false;
      for (int p = 0; p < length; p++) {
        char key = text.charAt(start + p);
        char converted = map[traditional.charAt(p)];
        if (key != converted) {
          if (key != traditional.charAt(p) || !keepable[key]) {
            return false;
          }
          kept = true;
        }
      }
      return kept;
    }
  }
}
