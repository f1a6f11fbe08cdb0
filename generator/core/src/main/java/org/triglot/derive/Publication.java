package org.triglot.derive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triglot.content.Author;
import org.triglot.content.Topic;
import org.triglot.lang.Language;
import org.triglot.lang.Languages;
import org.triglot.lang.Messages;

/**
 * What the later phases work from: the site's languages, authors and topics with a label for every
 * language, the published articles newest first (then by slug) with all their editions, and the UI
 * strings of each language with gaps filled.
 */
public record Publication(
    Languages languages,
    Map<String, Author> authors,
    Map<String, Topic> topics,
    List<LocalizedArticle> articles,
    Map<Language, Messages> messages) {

  public Publication {
    authors = Collections.unmodifiableMap(new LinkedHashMap<>(authors));
    topics = Collections.unmodifiableMap(new LinkedHashMap<>(topics));
    articles = List.copyOf(articles);
    messages = Collections.unmodifiableMap(new LinkedHashMap<>(messages));
    for (Language language : languages.all()) {
      if (!messages.containsKey(language)) {
        throw new IllegalArgumentException("no UI strings for " + language.tag());
      }
    }
  }

  /** The articles that have an edition in {@code language}, newest first. */
  public List<LocalizedArticle> articlesIn(Language language) {
    return articles.stream().filter(a -> a.has(language)).toList();
  }

  public Messages messages(Language language) {
    return messages.get(language);
  }
}
