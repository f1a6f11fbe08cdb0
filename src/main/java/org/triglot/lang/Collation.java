package org.triglot.lang;

import com.ibm.icu.text.Collator;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;

/**
 * The sort order of each language's texts, from ICU4J's CLDR collators: English alphabetically,
 * zh-Hans by pinyin, zh-Hant by stroke count. The collators are frozen, so safe to share.
 */
public final class Collation {
  private static final Map<Language, Collator> COLLATORS = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.all()) {
      Collator collator = Collator.getInstance(language.locale());
      collator.setStrength(Collator.TERTIARY);
      COLLATORS.put(language, collator.freeze());
    }
  }

  private Collation() {}

  /** Compares texts the way readers of {@code language} expect an index to be ordered. */
  public static Comparator<String> of(Language language) {
    Collator collator = COLLATORS.get(language);
    return collator::compare;
  }
}
