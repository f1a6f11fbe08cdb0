package org.triglot.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything under {@code content/} after loading: authors and topics by id (in file order), and
 * the articles sorted by slug.
 */
public record Content(
    Map<String, Author> authors, Map<String, Topic> topics, List<Article> articles) {
  public Content {
    authors = Collections.unmodifiableMap(new LinkedHashMap<>(authors));
    topics = Collections.unmodifiableMap(new LinkedHashMap<>(topics));
    articles = List.copyOf(articles);
  }

  public Optional<Article> findArticle(String slug) {
    return articles.stream().filter(a -> a.slug().equals(slug)).findFirst();
  }
}
