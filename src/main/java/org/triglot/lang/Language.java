package org.triglot.lang;

import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The three languages of a Triglot publication. Content and code use the BCP 47 tag ({@code
 * zh-Hans}); URLs use its lower-case form ({@code /zh-hans/}). The declaration order is the order
 * of the language switcher and of every per-language listing.
 */
public enum Language {
  EN("en", "English"),
  ZH_HANS("zh-Hans", "简体"),
  ZH_HANT("zh-Hant", "繁體");

  private static final List<Language> ALL = List.of(values());

  private final String tag;
  private final String switcherLabel;
  private final ULocale locale;

  Language(String tag, String switcherLabel) {
    this.tag = tag;
    this.switcherLabel = switcherLabel;
    this.locale = ULocale.forLanguageTag(tag);
  }

  public static List<Language> all() {
    return ALL;
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

  /** How the switcher names the language, in that language: English · 简体 · 繁體. */
  public String switcherLabel() {
    return switcherLabel;
  }

  public ULocale locale() {
    return locale;
  }

  public boolean isChinese() {
    return this != EN;
  }

  /** The other Chinese script: zh-Hans for zh-Hant and the reverse; empty for English. */
  public Optional<Language> otherScript() {
    return switch (this) {
      case EN -> Optional.empty();
      case ZH_HANS -> Optional.of(ZH_HANT);
      case ZH_HANT -> Optional.of(ZH_HANS);
    };
  }

  /** The language whose tag is exactly {@code tag}. */
  public static Optional<Language> fromTag(String tag) {
    return Arrays.stream(values()).filter(l -> l.tag.equals(tag)).findFirst();
  }

  /** The language whose tag matches {@code tag} ignoring case, for hints about misspelt names. */
  public static Optional<Language> fromTagIgnoringCase(String tag) {
    return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
  }
}
