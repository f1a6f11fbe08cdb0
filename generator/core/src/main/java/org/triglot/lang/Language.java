package org.triglot.lang;

import com.ibm.icu.util.IllformedLocaleException;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A language a publication is written in, and everything that differs between languages: its BCP 47
 * tag (content files and {@code lang} attributes: {@code zh-Hans}), its URL segment ({@code
 * zh-hans}), the label of the language switcher, its ICU locale, its script, the language it can be
 * derived from by script conversion, how the length of its text is counted, its word segmentation
 * locale, how its indexes are grouped and the key of its CSS font stack.
 *
 * <p>Languages Triglot knows (English, Simplified and Traditional Chinese) take their behaviour
 * from {@link KnownLanguages}; any other well-formed tag gets defaults from ICU's data for its
 * locale ({@link #of}). Two languages are equal when their tags are. Which languages a site
 * publishes, and in which order, is the site's ({@link Languages}).
 */
public final class Language {
  private final String tag;
  private final String switcherLabel;
  private final ULocale locale;
  private final Script script;
  private final Optional<String> derivableFrom;
  private final LengthUnit lengthUnit;
  private final IndexGrouping indexGrouping;
  private final String fontKey;
  private final List<String> regionalTags;

  private Language(Builder b) {
    this.tag = Objects.requireNonNull(b.tag, "tag");
    this.locale = ULocale.forLanguageTag(tag);
    this.switcherLabel = Objects.requireNonNull(b.switcherLabel, "switcherLabel");
    this.script = Objects.requireNonNull(b.script, "script");
    this.derivableFrom = Objects.requireNonNull(b.derivableFrom, "derivableFrom");
    this.lengthUnit = Objects.requireNonNull(b.lengthUnit, "lengthUnit");
    this.indexGrouping = Objects.requireNonNull(b.indexGrouping, "indexGrouping");
    this.fontKey = Objects.requireNonNull(b.fontKey, "fontKey");
    this.regionalTags = List.copyOf(b.regionalTags);
  }

  /**
   * The language of a well-formed BCP 47 tag in its canonical case: a known language, or one with
   * ICU's defaults.
   *
   * @throws IllegalArgumentException when {@code tag} is malformed, not in canonical case, or names
   *     no language ICU knows
   */
  public static Language of(String tag) {
    return parse(tag)
        .orElseThrow(() -> new IllegalArgumentException("not a language tag: \"" + tag + "\""));
  }

  /** The language of {@code tag}, or empty when {@link #problem} finds one. */
  public static Optional<Language> parse(String tag) {
    Optional<Language> known = KnownLanguages.find(tag);
    if (known.isPresent() || problem(tag).isPresent()) {
      return known;
    }
    return Optional.of(KnownLanguages.withIcuDefaults(tag));
  }

  /**
   * What is wrong with {@code tag} as a language tag, with a hint, or empty when it is a
   * well-formed tag in canonical case that names a language ICU knows.
   */
  public static Optional<String> problem(String tag) {
    ULocale locale;
    try {
      locale = new ULocale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException e) {
      return Optional.of(
          "\"" + tag + "\" is not a well-formed BCP 47 language tag" + suggestion(tag));
    }
    if (locale.getLanguage().isEmpty() || !KnownLanguages.isLanguageIcuKnows(locale)) {
      return Optional.of("\"" + tag + "\" names no known language" + suggestion(tag));
    }
    String canonical = locale.toLanguageTag();
    if (!canonical.equals(tag)) {
      return Optional.of(
          "language tags are case-sensitive: write \""
              + canonical
              + "\" instead of \""
              + tag
              + "\"");
    }
    return Optional.empty();
  }

  private static String suggestion(String tag) {
    return KnownLanguages.meant(tag).map(l -> " (did you mean \"" + l.tag + "\"?)").orElse("");
  }

  /** The languages Triglot has behaviour of its own for: English, 简体, 繁體. */
  public static List<Language> known() {
    return KnownLanguages.KNOWN;
  }

  /**
   * The known language that a tag of another form probably means ({@code zh-TW} for {@code
   * zh-Hant}, {@code EN} for {@code en}), for hints about misnamed files and settings.
   */
  public static Optional<Language> meant(String tag) {
    return KnownLanguages.meant(tag);
  }

  /** The BCP 47 tag: {@code en}, {@code zh-Hans}, {@code zh-Hant}. */
  public String tag() {
    return tag;
  }

  /** The URL segment: {@code en}, {@code zh-hans}, {@code zh-hant}. */
  public String urlSegment() {
    return tag.toLowerCase(Locale.ROOT);
  }

  /** The content file of this language in an article folder: {@code en.md}, {@code zh-Hans.md}. */
  public String fileName() {
    return tag + ".md";
  }

  /** The UI strings file of this language: {@code en.yaml}. */
  public String stringsFileName() {
    return tag + ".yaml";
  }

  /** How the switcher names the language, in that language: English · 简体 · 繁體 · 日本語. */
  public String switcherLabel() {
    return switcherLabel;
  }

  /** The ICU locale: plural rules, dates, collation, sentence and word breaks. */
  public ULocale locale() {
    return locale;
  }

  public Script script() {
    return script;
  }

  /**
   * The language whose text becomes this language's by script conversion when an article has no
   * version of its own here: zh-Hans for zh-Hant and the reverse; empty for the others.
   */
  public Optional<Language> derivableFrom() {
    return derivableFrom.map(Language::of);
  }

  /** Words or characters: how summaries cut from a first paragraph are measured. */
  public LengthUnit lengthUnit() {
    return lengthUnit;
  }

  /**
   * Whether the language is written without spaces between words (Chinese, Japanese, Thai): the
   * languages whose text is measured in {@link LengthUnit#CHARACTERS}. In their Markdown,
   * punctuation of ambiguous width (“ ” … —) beside a line break counts as CJK, so the break
   * between it and CJK text disappears.
   */
  public boolean isWrittenWithoutSpaces() {
    return lengthUnit == LengthUnit.CHARACTERS;
  }

  /** The locale of ICU's word segmentation for this language's text (related articles). */
  public ULocale segmentation() {
    return locale;
  }

  public IndexGrouping indexGrouping() {
    return indexGrouping;
  }

  /** The key of the CSS font stack for pages in this language ({@code data-fonts} on html). */
  public String fontKey() {
    return fontKey;
  }

  /**
   * Whether a {@code lang} attribute value names text written like this language's: its own tag or
   * a tag under it, the bare language where that implies this script, or a regional tag that
   * implies it ({@code zh-TW} for zh-Hant). Compared without regard to case.
   */
  public boolean isWrittenAs(String langAttribute) {
    String value = langAttribute.strip().toLowerCase(Locale.ROOT);
    String own = tag.toLowerCase(Locale.ROOT);
    return value.equals(own)
        || value.startsWith(own + "-")
        || regionalTags.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(value));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Language other && tag.equals(other.tag);
  }

  @Override
  public int hashCode() {
    return tag.hashCode();
  }

  @Override
  public String toString() {
    return tag;
  }

  static Builder builder(String tag) {
    return new Builder(tag);
  }

  /** Named steps for the table of known languages and ICU's defaults. */
  static final class Builder {
    private final String tag;
    private String switcherLabel;
    private Script script;
    private Optional<String> derivableFrom = Optional.empty();
    private LengthUnit lengthUnit;
    private IndexGrouping indexGrouping = IndexGrouping.ALPHABET;
    private String fontKey;
    private List<String> regionalTags = List.of();

    private Builder(String tag) {
      this.tag = tag;
    }

    Builder switcherLabel(String label) {
      this.switcherLabel = label;
      return this;
    }

    Builder script(Script script) {
      this.script = script;
      return this;
    }

    Builder derivableFrom(String sourceTag) {
      this.derivableFrom = Optional.of(sourceTag);
      return this;
    }

    Builder lengthUnit(LengthUnit unit) {
      this.lengthUnit = unit;
      return this;
    }

    Builder indexGrouping(IndexGrouping grouping) {
      this.indexGrouping = grouping;
      return this;
    }

    Builder fontKey(String key) {
      this.fontKey = key;
      return this;
    }

    /** Tags that also mean text written like this language ({@code zh-TW}, {@code zh}). */
    Builder regionalTags(String... tags) {
      this.regionalTags = List.of(tags);
      return this;
    }

    Language build() {
      return new Language(this);
    }
  }
}
