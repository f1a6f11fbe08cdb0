package org.triglot.lang;

import java.util.Map;

/**
 * Phrase-level script conversion with OpenCC's data and method ({@link OpenccConversion}), under
 * the site glossary. The site's {@link ChineseConversion} chooses the OpenCC conversion: {@code
 * s2tw} (Taiwan glyph forms, vocabulary as written: 软件 stays 軟件) by default, {@code s2hk} or {@code
 * s2t}, or {@code s2twp} with Taiwan phrases; and the matching conversion back ({@code tw2s},
 * {@code hk2s}, {@code t2s}, {@code tw2sp}).
 *
 * <p>Glossary matches are found left to right first (the longest entry at each position) and
 * written as the glossary gives them; OpenCC converts the text between them, so no dictionary
 * phrase ever swallows the start of a glossary phrase. The conversion's dictionaries are loaded
 * once per JVM, on the first conversion that needs them, and shared; a converter itself is
 * immutable and safe for concurrent use.
 */
public final class PhraseScriptConverter implements ScriptConverter {
  private final Script from;
  private final Script to;
  private final String conversion;
  private final PhraseTable glossary;

  private PhraseScriptConverter(Script from, Script to, String conversion, PhraseTable glossary) {
    this.from = from;
    this.to = to;
    this.conversion = conversion;
    this.glossary = glossary;
  }

  /** zh-Hans to zh-Hant in {@code options}' standard, with the glossary's entries as written. */
  static PhraseScriptConverter toTraditional(Glossary glossary, ChineseConversion options) {
    return new PhraseScriptConverter(
        Script.HANS,
        Script.HANT,
        options.toTraditionalConversion(),
        table(glossary.toTraditional()));
  }

  /** zh-Hant in {@code options}' standard to zh-Hans, with the glossary's entries reversed. */
  static PhraseScriptConverter toSimplified(Glossary glossary, ChineseConversion options) {
    return new PhraseScriptConverter(
        Script.HANT, Script.HANS, options.toSimplifiedConversion(), table(glossary.toSimplified()));
  }

  /** The name of the OpenCC conversion that runs between glossary matches: s2tw, tw2s, ... */
  public String conversion() {
    return conversion;
  }

  /**
   * The glossary's entries, and each replacement kept as it is, so that text already in the target
   * script comes through unchanged (converting 干預 again must not give 幹預).
   */
  private static PhraseTable table(Map<String, String> entries) {
    if (entries.isEmpty()) {
      return null;
    }
    PhraseTable.Builder builder = PhraseTable.builder();
    entries.values().forEach(value -> builder.putPhrase(value, value));
    entries.forEach(builder::putPhrase);
    return builder.build();
  }

  @Override
  public Script from() {
    return from;
  }

  @Override
  public Script to() {
    return to;
  }

  @Override
  public String convert(String text) {
    int length = text.length();
    if (length == 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(length + 16);
    OpenccConversion opencc = OpenccConversion.named(conversion);
    int i = 0;
    while (i < length) {
      int glossaryAt = nextGlossaryPhrase(text, i);
      if (glossaryAt > i) {
        opencc.convert(text, i, glossaryAt, out);
        i = glossaryAt;
      }
      if (i < length) {
        long match = glossary.longestMatch(text, i, length);
        glossary.appendValue(match, out);
        i += (int) (match >>> 32);
      }
    }
    return out.toString();
  }

  /** Where the next glossary phrase at or after {@code from} starts; the text's length if none. */
  private int nextGlossaryPhrase(String text, int from) {
    if (glossary == null) {
      return text.length();
    }
    for (int i = from; i < text.length(); i++) {
      if (glossary.startsPhrase(text.charAt(i))
          && glossary.longestMatch(text, i, text.length()) >= 0) {
        return i;
      }
    }
    return text.length();
  }
}
