package org.triglot.lang;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A text given in some of the three languages, such as a topic label or an author's title. Looking
 * it up never returns an empty string: a missing language is absent, not blank.
 */
public final class LocalizedText {
  private static final LocalizedText EMPTY = new LocalizedText(new EnumMap<>(Language.class));
  private final EnumMap<Language, String> texts;

  private LocalizedText(EnumMap<Language, String> texts) {
    this.texts = texts;
  }

  public static LocalizedText empty() {
    return EMPTY;
  }

  public static LocalizedText of(Map<Language, String> texts) {
    EnumMap<Language, String> copy = new EnumMap<>(Language.class);
    texts.forEach(
        (language, text) -> {
          if (text != null && !text.isBlank()) {
            copy.put(language, text.strip());
          }
        });
    return new LocalizedText(copy);
  }

  /** The same text in every language (a person's name written one way). */
  public static LocalizedText same(String text) {
    EnumMap<Language, String> map = new EnumMap<>(Language.class);
    map.put(Language.EN, text);
    return of(map);
  }

  public Optional<String> find(Language language) {
    return Optional.ofNullable(texts.get(language));
  }

  public boolean has(Language language) {
    return texts.containsKey(language);
  }

  public boolean isEmpty() {
    return texts.isEmpty();
  }

  /** A copy with {@code text} for {@code language}, replacing any text it had. */
  public LocalizedText with(Language language, String text) {
    EnumMap<Language, String> copy = new EnumMap<>(texts);
    copy.put(language, text);
    return of(copy);
  }

  /**
   * The text to show in {@code language}: its own, otherwise English, otherwise the first there is.
   * Chinese fallbacks across scripts are filled in before rendering (see the derive phase), so here
   * a missing Chinese text falls back to English.
   */
  public String resolve(Language language) {
    String own = texts.get(language);
    if (own != null) {
      return own;
    }
    String english = texts.get(Language.EN);
    if (english != null) {
      return english;
    }
    return texts.values().stream().findFirst().orElse("");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalizedText other && texts.equals(other.texts);
  }

  @Override
  public int hashCode() {
    return texts.hashCode();
  }

  @Override
  public String toString() {
    return texts.toString();
  }
}
