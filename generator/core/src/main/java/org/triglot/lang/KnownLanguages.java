package org.triglot.lang;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The table of defaults: the languages Triglot knows, with the behaviour each has, the default
 * language set of a site, and ICU's defaults for any other language. This class and {@link
 * Language} are the only places that name a language tag.
 */
final class KnownLanguages {
  static final List<Language> KNOWN =
      List.of(
          Language.builder("en")
              .switcherLabel("English")
              .script(Script.LATIN)
              .lengthUnit(LengthUnit.WORDS)
              .indexGrouping(IndexGrouping.ALPHABET)
              .fontKey("latin")
              .build(),
          Language.builder("zh-Hans")
              .switcherLabel("简体")
              .script(Script.HANS)
              .derivableFrom("zh-Hant")
              .lengthUnit(LengthUnit.CHARACTERS)
              .indexGrouping(IndexGrouping.PINYIN)
              .fontKey("hans")
              .regionalTags("zh", "zh-CN", "zh-SG")
              .build(),
          Language.builder("zh-Hant")
              .switcherLabel("繁體")
              .script(Script.HANT)
              .derivableFrom("zh-Hans")
              .lengthUnit(LengthUnit.CHARACTERS)
              .indexGrouping(IndexGrouping.STROKES)
              .fontKey("hant")
              .regionalTags("zh", "zh-TW", "zh-HK", "zh-MO")
              .build());

  /** A site that lists no languages publishes these, in this order. */
  static final List<Language> DEFAULT_SITE = KNOWN;

  /** Scripts written without spaces between words: their text is measured in characters. */
  private static final Set<String> UNSPACED_SCRIPTS =
      Set.of("Hans", "Hant", "Hani", "Jpan", "Thai", "Laoo", "Khmr", "Mymr", "Tibt");

  private KnownLanguages() {}

  static Optional<Language> find(String tag) {
    return KNOWN.stream().filter(l -> l.tag().equals(tag)).findFirst();
  }

  /** A language Triglot has no table entry for, with its behaviour taken from ICU's data. */
  static Language withIcuDefaults(String tag) {
    ULocale locale = ULocale.forLanguageTag(tag);
    String scriptCode = ULocale.addLikelySubtags(locale).getScript();
    Script script = Script.ofCode(scriptCode);
    String label =
        LocaleDisplayNames.getInstance(locale, DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU)
            .localeDisplayName(locale);
    return Language.builder(tag)
        .switcherLabel(label)
        .script(script)
        .lengthUnit(
            UNSPACED_SCRIPTS.contains(scriptCode) ? LengthUnit.CHARACTERS : LengthUnit.WORDS)
        .indexGrouping(IndexGrouping.ALPHABET)
        .fontKey(script == Script.LATIN ? "latin" : scriptCode.toLowerCase(Locale.ROOT))
        .build();
  }

  /** Whether ICU has a name for the locale's language, so it is a language and not a typo. */
  static boolean isLanguageIcuKnows(ULocale locale) {
    String language = locale.getLanguage();
    String name = locale.getDisplayLanguage(ULocale.ENGLISH);
    return !name.isEmpty() && !name.equalsIgnoreCase(language);
  }

  /** The known language a misnamed tag probably means: another case, or a regional tag. */
  static Optional<Language> meant(String tag) {
    for (Language language : KNOWN) {
      if (language.tag().equalsIgnoreCase(tag)) {
        return Optional.of(language);
      }
    }
    return KNOWN.stream().filter(l -> l.isWrittenAs(tag)).findFirst();
  }
}
