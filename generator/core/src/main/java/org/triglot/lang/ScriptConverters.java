package org.triglot.lang;

import java.util.Objects;
import java.util.Optional;

/**
 * The pair of converters a build uses: Simplified to Traditional, and Traditional to Simplified.
 */
public record ScriptConverters(ScriptConverter toTraditional, ScriptConverter toSimplified) {

  public ScriptConverters {
    Objects.requireNonNull(toTraditional, "toTraditional");
    Objects.requireNonNull(toSimplified, "toSimplified");
    if (toTraditional.from() != Script.HANS
        || toTraditional.to() != Script.HANT
        || toSimplified.from() != Script.HANT
        || toSimplified.to() != Script.HANS) {
      throw new IllegalArgumentException("converters are in the wrong directions");
    }
  }

  /**
   * The phrase-level converters of OpenCC (Simplified to Taiwan standard Traditional and back),
   * with {@code glossary} applied before the dictionaries. The dictionaries are loaded on first
   * use, once per JVM, and shared by every converter made here.
   */
  public static ScriptConverters opencc(Glossary glossary) {
    return opencc(glossary, ChineseConversion.DEFAULT);
  }

  /** As {@link #opencc(Glossary)}, into and out of the standard {@code options} choose. */
  public static ScriptConverters opencc(Glossary glossary, ChineseConversion options) {
    return new ScriptConverters(
        PhraseScriptConverter.toTraditional(glossary, options),
        PhraseScriptConverter.toSimplified(glossary, options));
  }

  /** The character-level converters of ICU4J, kept for comparison in tests and benchmarks. */
  public static ScriptConverters icu() {
    return new ScriptConverters(
        new IcuScriptConverter(Script.HANS, Script.HANT),
        new IcuScriptConverter(Script.HANT, Script.HANS));
  }

  /** The converter from {@code from}'s script into {@code to}'s, if there is one. */
  public Optional<ScriptConverter> between(Language from, Language to) {
    if (from.script() == Script.HANS && to.script() == Script.HANT) {
      return Optional.of(toTraditional);
    }
    if (from.script() == Script.HANT && to.script() == Script.HANS) {
      return Optional.of(toSimplified);
    }
    return Optional.empty();
  }

  /**
   * The converter that writes {@code target} from the language it is derived from.
   *
   * @throws IllegalArgumentException when {@code target} is not derived by script conversion
   */
  public ScriptConverter into(Language target) {
    return target
        .derivableFrom()
        .flatMap(source -> between(source, target))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    target.tag() + " is not derived by script conversion"));
  }
}
