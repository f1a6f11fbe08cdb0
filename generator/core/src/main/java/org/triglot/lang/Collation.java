package org.triglot.lang;

import com.ibm.icu.text.Collator;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sort order of each language's texts, from ICU4J's CLDR collators: English alphabetically,
 * zh-Hans by pinyin, zh-Hant by stroke count. The collators are frozen, so safe to share; each is
 * made once per language.
 */
public final class Collation {
  private static final Map<Language, Collator> COLLATORS = new ConcurrentHashMap<>();

  private Collation() {}

  /** Compares texts the way readers of {@code language} expect an index to be ordered. */
  public static Comparator<String> of(Language language) {
    Collator collator =
        COLLATORS.computeIfAbsent(
            language,
            l -> {
              Collator c = Collator.getInstance(l.locale());
              c.setStrength(Collator.TERTIARY);
              return c.freeze();
            });
    return collator::compare;
  }
}
