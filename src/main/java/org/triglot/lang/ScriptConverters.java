package org.triglot.lang;

import java.util.Objects;

/**
 * The pair of converters a build uses: Simplified to Traditional, and Traditional to Simplified.
 */
public record ScriptConverters(ScriptConverter toTraditional, ScriptConverter toSimplified) {

  public ScriptConverters {
    Objects.requireNonNull(toTraditional, "toTraditional");
    Objects.requireNonNull(toSimplified, "toSimplified");
    if (toTraditional.from() != Language.ZH_HANS
        || toTraditional.to() != Language.ZH_HANT
        || toSimplified.from() != Language.ZH_HANT
        || toSimplified.to() != Language.ZH_HANS) {
      throw new IllegalArgumentException("converters are in the wrong directions");
    }
  }

  /**
   * The phrase-level converters over OpenCC's dictionaries (Simplified to Taiwan standard
   * Traditional and back), with {@code glossary} applied before the dictionaries. The dictionaries
   * are loaded on first use, once per JVM, and shared by every converter made here.
   */
  public static ScriptConverters opencc(Glossary glossary) {
    return new ScriptConverters(
        PhraseScriptConverter.toTraditional(glossary),
        PhraseScriptConverter.toSimplified(glossary));
  }

  /** The character-level converters of ICU4J, kept for comparison in tests and benchmarks. */
  public static ScriptConverters icu() {
    return new ScriptConverters(
        new IcuScriptConverter(Language.ZH_HANS, Language.ZH_HANT),
        new IcuScriptConverter(Language.ZH_HANT, Language.ZH_HANS));
  }

  /** The converter that writes {@code target} (a Chinese script) from the other script. */
  public ScriptConverter into(Language target) {
    return switch (target) {
      case ZH_HANT -> toTraditional;
      case ZH_HANS -> toSimplified;
      case EN -> throw new IllegalArgumentException("English is not derived by script conversion");
    };
  }
}
