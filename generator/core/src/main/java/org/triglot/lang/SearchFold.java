package org.triglot.lang;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How search folds the two Chinese scripts into one, so that a query in either finds the same
 * articles, using OpenCC's tables rather than a character-for-character map.
 *
 * <p>Indexed text is brought to one form, OpenCC's standard Traditional: 简体 text through OpenCC's
 * phrase-aware {@code s2t} (so 头发 becomes 頭髮 and 发展 becomes 發展: the two 发 stay apart), 繁體 text
 * through {@code tw2t} (Taiwan's variant characters to the standard ones, 裡 to 裏). A query is typed
 * in either script and cannot be converted with phrases in the browser, so each of its characters
 * stands for its {@linkplain #candidates() candidates}: the standard Traditional characters it may
 * be (发: 發 髮; 裡: 裏 裡). A query bigram matches an indexed bigram that is one of its candidate pairs;
 * the index's own phrase-accurate text decides which pair exists.
 *
 * <p>Every candidate of a character shares its {@linkplain #keys() key}, one 简体 character (發 and 髮
 * both key 发), so all candidate terms of a query bigram lie in one index shard.
 */
public final class SearchFold {
  private static final SearchFold INSTANCE = new SearchFold();

  private final Map<String, String> candidates;
  private final Map<String, String> keys;

  private SearchFold() {
    Map<String, Set<String>> sets = new TreeMap<>();
    Map<String, String> variantToStandard = firsts("TWVariantsRev.txt");
    variantToStandard.putAll(firsts("HKVariantsRev.txt"));
    forEachEntry(
        "STCharacters.txt",
        (key, values) -> {
          Set<String> set = sets.computeIfAbsent(key, k -> new LinkedHashSet<>());
          for (String value : values) {
            set.add(variantToStandard.getOrDefault(value, value));
          }
        });
    variantToStandard.forEach(
        (variant, standard) -> {
          Set<String> set = sets.computeIfAbsent(variant, k -> new LinkedHashSet<>());
          set.add(standard);
          set.add(variant);
        });
    Map<String, String> traditionalToSimplified = firsts("TSCharacters.txt");
    Map<String, String> candidateMap = new TreeMap<>();
    Map<String, String> keyMap = new TreeMap<>();
    sets.forEach(
        (character, set) -> {
          String joined = String.join("", set);
          if (!joined.equals(character)) {
            candidateMap.put(character, joined);
          }
        });
    // A key per character: its 简体 form. Candidates of one character must share one key, so a
    // candidate takes its source character's key when its own 简体 form differs.
    traditionalToSimplified.forEach(
        (traditional, simplified) -> {
          if (!simplified.equals(traditional)) {
            keyMap.put(traditional, simplified);
          }
        });
    variantToStandard.forEach(
        (variant, standard) -> keyMap.putIfAbsent(variant, keyOf(keyMap, standard)));
    this.candidates = Map.copyOf(candidateMap);
    this.keys = Map.copyOf(keyMap);
  }

  public static SearchFold get() {
    return INSTANCE;
  }

  /** Whether text of {@code language} is folded (the Chinese scripts). */
  public static boolean folds(Language language) {
    return language.script() == Script.HANS || language.script() == Script.HANT;
  }

  /** {@code text} of {@code script} in the one form the index holds. */
  public String indexForm(String text, Script script) {
    OpenccConversion conversion =
        switch (script) {
          case HANS -> OpenccConversion.named("s2t");
          case HANT -> OpenccConversion.named("tw2t");
          default -> null;
        };
    if (conversion == null) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    conversion.convert(text, 0, text.length(), out);
    return out.toString();
  }

  /**
   * Each character (a code point, as a string) whose candidates are more than itself, mapped to its
   * candidates, the preferred first.
   */
  public Map<String, String> candidates() {
    return candidates;
  }

  /** Each character whose shard key is another character, mapped to that key. */
  public Map<String, String> keys() {
    return keys;
  }

  /** The shard key of an indexed term: each character by {@link #keys()}. */
  public String key(String term) {
    StringBuilder out = new StringBuilder(term.length());
    term.codePoints()
        .forEach(
            c -> {
              String character = Character.toString(c);
              out.append(keys.getOrDefault(character, character));
            });
    return out.toString();
  }

  private static String keyOf(Map<String, String> keyMap, String character) {
    return keyMap.getOrDefault(character, character);
  }

  private interface EntryConsumer {
    void accept(String key, String[] values);
  }

  private static void forEachEntry(String file, EntryConsumer consumer) {
    for (String line : OpenccConversion.dictionaryText(file).split("\n")) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        continue;
      }
      String key = line.substring(0, tab).strip().replace("\uFEFF", "");
      String[] values = line.substring(tab + 1).strip().split(" +");
      if (!key.isEmpty() && values.length > 0 && !values[0].isEmpty()) {
        consumer.accept(key, values);
      }
    }
  }

  private static Map<String, String> firsts(String file) {
    Map<String, String> map = new TreeMap<>();
    forEachEntry(file, (key, values) -> map.putIfAbsent(key, values[0]));
    return map;
  }
}
