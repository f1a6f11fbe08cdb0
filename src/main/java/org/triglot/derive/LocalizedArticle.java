package org.triglot.derive;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.triglot.content.Article;
import org.triglot.lang.Language;

/** An article with every edition readers can have: the written ones and the derived ones. */
public record LocalizedArticle(Article article, Map<Language, Edition> editions) {
  public LocalizedArticle {
    Objects.requireNonNull(article, "article");
    EnumMap<Language, Edition> copy = new EnumMap<>(Language.class);
    copy.putAll(editions);
    editions = Collections.unmodifiableMap(copy);
  }

  public String slug() {
    return article.slug();
  }

  public Optional<Edition> find(Language language) {
    return Optional.ofNullable(editions.get(language));
  }

  public boolean has(Language language) {
    return editions.containsKey(language);
  }
}
