package org.triglot.lang;

import com.ibm.icu.text.Transliterator;

/**
 * Character-level conversion with ICU4J's {@code Hans-Hant} and {@code Hant-Hans} transliterators.
 * Fast and dependency-free, but it knows no phrases, so one-to-many characters (发/髮, 后/後) are
 * sometimes wrong; it serves until a phrase-level converter takes its place.
 */
public final class IcuScriptConverter implements ScriptConverter {
  private final Language from;
  private final Language to;
  private final ThreadLocal<Transliterator> transliterator;

  public IcuScriptConverter(Language from, Language to) {
    if (!from.isChinese() || !to.isChinese() || from == to) {
      throw new IllegalArgumentException(
          "no script conversion from " + from.tag() + " to " + to.tag());
    }
    this.from = from;
    this.to = to;
    String id = from == Language.ZH_HANS ? "Hans-Hant" : "Hant-Hans";
    Transliterator prototype = Transliterator.getInstance(id);
    this.transliterator =
        ThreadLocal.withInitial(() -> Transliterator.getInstance(prototype.getID()));
  }

  @Override
  public Language from() {
    return from;
  }

  @Override
  public Language to() {
    return to;
  }

  @Override
  public String convert(String text) {
    return text.isEmpty() ? text : transliterator.get().transliterate(text);
  }
}
