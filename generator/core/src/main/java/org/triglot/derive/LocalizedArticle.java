package org.triglot.derive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.triglot.content.Article;
import org.triglot.lang.Language;

/**
 * An article with every edition readers can have, in the site's language order: the written ones
 * and the derived ones. What the relate and render phases work from.
 */
public record LocalizedArticle(Article article, Map<Language, Edition> editions) {
  public LocalizedArticle {
    Objects.requireNonNull(article, "article");
    editions = Collections.unmodifiableMap(new LinkedHashMap<>(editions));
  }

  public String slug() {
    return article.slug();
  }

  /** The edition in {@code language}, which the caller knows exists (a page of it is rendered). */
  public Edition edition(Language language) {
    Edition edition = editions.get(language);
    if (edition == null) {
      throw new IllegalArgumentException(slug() + " has no " + language.tag() + " edition");
    }
    return edition;
  }

  public boolean has(Language language) {
    return editions.containsKey(language);
  }
}
