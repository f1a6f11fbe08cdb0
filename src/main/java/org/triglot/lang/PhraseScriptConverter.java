package org.triglot.lang;

import java.util.Map;

/**
 * Phrase-level script conversion in the manner of OpenCC. At each position the site glossary is
 * tried first; elsewhere the longest phrase of the dictionary that starts there is replaced, and a
 * character that starts no phrase is replaced by the character dictionary. Simplified to
 * Traditional writes Taiwan standard glyph forms (OpenCC's {@code s2tw}), without Taiwan vocabulary
 * (软件 stays 軟件); Traditional to Simplified reads Taiwan forms (OpenCC's {@code tw2s}).
 *
 * <p>Glossary matches are found left to right before the dictionaries run, so a dictionary phrase
 * never swallows the start of a glossary phrase. Each direction's dictionaries are loaded once per
 * JVM, on the first conversion that needs them, and shared; a converter itself is immutable and
 * safe for concurrent use.
 */
public final class PhraseScriptConverter implements ScriptConverter {
  private final Script from;
  private final Script to;
  private final PhraseTable glossary;

  private PhraseScriptConverter(Script from, Script to, PhraseTable glossary) {
    this.from = from;
    this.to = to;
    this.glossary = glossary;
  }

  /** zh-Hans to zh-Hant (Taiwan standard), with the glossary's entries as written. */
  static PhraseScriptConverter toTraditional(Glossary glossary) {
    return new PhraseScriptConverter(Script.HANS, Script.HANT, table(glossary.toTraditional()));
  }

  /** zh-Hant (Taiwan standard) to zh-Hans, with the glossary's entries reversed. */
  static PhraseScriptConverter toSimplified(Glossary glossary) {
    return new PhraseScriptConverter(Script.HANT, Script.HANS, table(glossary.toSimplified()));
  }

  /** This direction's dictionaries, loaded by the first conversion in the JVM that needs them. */
  private PhraseTable dictionary() {
    return to == Script.HANT ? OpenccDictionaries.toTaiwan() : OpenccDictionaries.toSimplified();
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
    PhraseTable dict = dictionary();
    int glossaryAt = nextGlossaryPhrase(text, 0);
    int i = 0;
    while (i < length) {
      if (i == glossaryAt) {
        long match = glossary.longestMatch(text, i, length);
        glossary.appendValue(match, out);
        i += (int) (match >>> 32);
        glossaryAt = nextGlossaryPhrase(text, i);
        continue;
      }
      char c = text.charAt(i);
      if (dict.startsPhrase(c)) {
        long match = dict.longestMatch(text, i, glossaryAt);
        if (match >= 0) {
          dict.appendValue(match, out);
          i += (int) (match >>> 32);
          continue;
        }
      }
      out.append(dict.character(c));
      i++;
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
