package org.triglot.lang;

import com.ibm.icu.text.Transliterator;

/**
 * Character-level conversion with ICU4J's {@code Hans-Hant} and {@code Hant-Hans} transliterators.
 * Fast and dependency-free, but it knows no phrases, so one-to-many characters (发/髮, 后/後) are
 * sometimes wrong; it serves until a phrase-level converter takes its place.
 */
public final class IcuScriptConverter implements ScriptConverter {
  private final Script from;
  private final Script to;
  private final ThreadLocal<Transliterator> transliterator;

  public IcuScriptConverter(Script from, Script to) {
    boolean chinese =
        (from == Script.HANS || from == Script.HANT) && (to == Script.HANS || to == Script.HANT);
    if (!chinese || from == to) {
      throw new IllegalArgumentException("no script conversion from " + from + " to " + to);
    }
    this.from = from;
    this.to = to;
    String id = from == Script.HANS ? "Hans-Hant" : "Hant-Hans";
    Transliterator prototype = Transliterator.getInstance(id);
    this.transliterator =
        ThreadLocal.withInitial(() -> Transliterator.getInstance(prototype.getID()));
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
    return text.isEmpty() ? text : transliterator.get().transliterate(text);
  }
}
