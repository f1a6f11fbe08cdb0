package org.triglot.lang;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A text given per language, such as a topic label or an author's title, or one text for every
 * language (a name written one way). Looking it up never returns an empty string: a missing
 * language is absent, not blank. The derive phase fills the languages a site publishes (see {@code
 * derive.Deriver}), so pages find their own language's text.
 */
public final class LocalizedText {
  private static final Comparator<Language> BY_TAG = Comparator.comparing(Language::tag);
  private static final LocalizedText EMPTY = new LocalizedText(new TreeMap<>(BY_TAG), "");

  private final TreeMap<Language, String> texts;

  /** The text of every language that has none of its own; "" when there is none. */
  private final String everywhere;

  private LocalizedText(TreeMap<Language, String> texts, String everywhere) {
    this.texts = texts;
    this.everywhere = everywhere;
  }

  public static LocalizedText empty() {
    return EMPTY;
  }

  public static LocalizedText of(Map<Language, String> texts) {
    TreeMap<Language, String> copy = new TreeMap<>(BY_TAG);
    texts.forEach(
        (language, text) -> {
          if (text != null && !text.isBlank()) {
            copy.put(language, text.strip());
          }
        });
    return new LocalizedText(copy, "");
  }

  /** The same text in every language (a person's name written one way). */
  public static LocalizedText same(String text) {
    return new LocalizedText(new TreeMap<>(BY_TAG), text.strip());
  }

  /** The text written for {@code language} itself (not the one shared by every language). */
  public Optional<String> find(Language language) {
    return Optional.ofNullable(texts.get(language));
  }

  public boolean has(Language language) {
    return texts.containsKey(language);
  }

  public boolean isEmpty() {
    return texts.isEmpty() && everywhere.isEmpty();
  }

  /** A copy with {@code text} for {@code language}, replacing any text it had. */
  public LocalizedText with(Language language, String text) {
    TreeMap<Language, String> copy = new TreeMap<>(texts);
    copy.put(language, text.strip());
    return new LocalizedText(copy, everywhere);
  }

  /**
   * The text to show in {@code language}: its own, otherwise the text shared by every language,
   * otherwise the first there is (by tag), otherwise "".
   */
  public String resolve(Language language) {
    String own = texts.get(language);
    if (own != null) {
      return own;
    }
    if (!everywhere.isEmpty()) {
      return everywhere;
    }
    return texts.isEmpty() ? "" : texts.firstEntry().getValue();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalizedText other
        && texts.equals(other.texts)
        && everywhere.equals(other.everywhere);
  }

  @Override
  public int hashCode() {
    return Objects.hash(texts, everywhere);
  }

  @Override
  public String toString() {
    return everywhere.isEmpty() ? texts.toString() : everywhere;
  }
}
