package org.triglot.content;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.triglot.lang.Language;

/**
 * An article: one folder under {@code content/articles/}, whose name (the slug) is its identity in
 * every language. The shared fields (date, authors, topics, publishing state) come from its
 * original version, {@code primary}; each translation adds its own title, summary and body. {@code
 * resources} are the other files of the folder (images), copied beside each version.
 */
public record Article(
    String slug,
    Path folder,
    Language primary,
    ZonedDateTime date,
    List<String> authorIds,
    List<String> topicIds,
    boolean draft,
    Optional<ZonedDateTime> expires,
    Map<Language, ArticleVersion> versions,
    List<String> resources) {

  public Article {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(primary, "primary");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(expires, "expires");
    authorIds = List.copyOf(authorIds);
    topicIds = List.copyOf(topicIds);
    resources = List.copyOf(resources);
    EnumMap<Language, ArticleVersion> copy = new EnumMap<>(Language.class);
    copy.putAll(versions);
    versions = Collections.unmodifiableMap(copy);
    if (!versions.containsKey(primary)) {
      throw new IllegalArgumentException(
          "article " + slug + " lacks its primary version " + primary.tag());
    }
  }

  public Optional<ArticleVersion> find(Language language) {
    return Optional.ofNullable(versions.get(language));
  }

  public boolean has(Language language) {
    return versions.containsKey(language);
  }

  /** The primary (original) version. */
  public ArticleVersion original() {
    return versions.get(primary);
  }

  /**
   * Where the version in {@code language} stands against the original: the original itself, an
   * up-to-date or stale or unstamped translation, or missing (derived editions are made later).
   */
  public TranslationState translationState(Language language) {
    ArticleVersion version = versions.get(language);
    if (version == null) {
      return TranslationState.MISSING;
    }
    if (language == primary) {
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
