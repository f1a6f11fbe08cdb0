package org.triglot.content;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.triglot.lang.Language;

/**
 * An article as the load phase reads it: one folder under {@code content/articles/}, whose name
 * (the slug) is its identity in every language. Its {@link SharedFields} come from its original
 * version; each language file adds its own {@link ArticleVersion} (in the site's language order).
 * {@code resources} are the other files of the folder (images), copied beside each edition.
 */
public record Article(
    String slug,
    Path folder,
    SharedFields shared,
    Map<Language, ArticleVersion> versions,
    List<String> resources) {

  public Article {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(shared, "shared");
    versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
    resources = List.copyOf(resources);
    if (!versions.containsKey(shared.original())) {
      throw new IllegalArgumentException(
          "article " + slug + " lacks its original version " + shared.original().tag());
    }
  }

  /** The same article with only {@code kept} of its versions (the original among them). */
  public Article withVersions(Map<Language, ArticleVersion> kept) {
    return new Article(slug, folder, shared, kept, resources);
  }

  public Optional<ArticleVersion> find(Language language) {
    return Optional.ofNullable(versions.get(language));
  }

  public boolean has(Language language) {
    return versions.containsKey(language);
  }

  /** The language of the original version. */
  public Language primary() {
    return shared.original();
  }

  /** The original version. */
  public ArticleVersion original() {
    return versions.get(shared.original());
  }

  public Schedule schedule() {
    return shared.schedule();
  }

  public ZonedDateTime date() {
    return shared.schedule().date();
  }

  public List<String> authorIds() {
    return shared.authorIds();
  }

  public List<String> topicIds() {
    return shared.topicIds();
  }

  /**
   * The written version that {@code language}'s edition is converted from, when the article has no
   * version of its own in {@code language} but one in the language it derives from. This is the one
   * rule of derivation: the derive phase and the translation report both ask it.
   */
  public Optional<ArticleVersion> derivationSource(Language language) {
    if (has(language)) {
      return Optional.empty();
    }
    return language.derivableFrom().flatMap(this::find);
  }

  /**
   * Where the article stands in {@code language}: the original itself, an up-to-date, stale or
   * unstamped translation, derived from another script, or missing.
   */
  public TranslationState translationState(Language language) {
    ArticleVersion version = versions.get(language);
    if (version == null) {
      return derivationSource(language).isPresent()
          ? TranslationState.DERIVED
          : TranslationState.MISSING;
    }
    if (language.equals(primary())) {
      return TranslationState.ORIGINAL;
    }
    if (version.sourceStamp().isEmpty()) {
      return TranslationState.UNSTAMPED;
    }
    return version.sourceStamp().equals(SourceStamp.of(original()))
        ? TranslationState.CURRENT
        : TranslationState.STALE;
  }
}
