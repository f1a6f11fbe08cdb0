package org.triglot.relate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triglot.content.Article;
import org.triglot.derive.LocalizedArticle;

/**
 * "You might also like": for each article, the articles sharing the most topics with it, ties
 * broken by date (newer first) then slug; never the article itself, a draft or a future-dated
 * piece. Built once per build over article identities, so every language shows the same list.
 * Uses an inverted index from topic to articles, so the cost follows the shared-topic pairs, not
 * all pairs.
 */
public final class RelatedIndex {
  private final Map<String, List<String>> related;

  private RelatedIndex(Map<String, List<String>> related) {
    this.related = related;
  }

  /** Builds the lists for {@code articles}, of at most {@code count} entries each. */
  public static RelatedIndex build(List<LocalizedArticle> articles, java.time.ZonedDateTime now, int count) {
    List<Article> candidates = articles.stream()
        .map(LocalizedArticle::article)
        .filter(a -> !a.draft() && !a.date().isAfter(now))
        .toList();
    Map<String, List<Integer>> byTopic = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      for (String topic : candidates.get(i).topicIds()) {
        byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(i);
      }
    }
    Map<String, List<String>> related = new HashMap<>();
    articles.parallelStream().map(LocalizedArticle::article).forEach(article -> {
      Map<Integer, Integer> shared = new HashMap<>();
      for (String topic : article.topicIds()) {
        for (int i : byTopic.getOrDefault(topic, List.of())) {
          if (!candidates.get(i).slug().equals(article.slug())) {
            shared.merge(i, 1, Integer::sum);
          }
        }
      }
      Comparator<Map.Entry<Integer, Integer>> order = Comparator
          .<Map.Entry<Integer, Integer>>comparingInt(e -> -e.getValue())
          .thenComparing(e -> candidates.get(e.getKey()).date(), Comparator.reverseOrder())
          .thenComparing(e -> candidates.get(e.getKey()).slug());
      List<String> top = shared.entrySet().stream().sorted(order).limit(count)
          .map(e -> candidates.get(e.getKey()).slug()).toList();
      synchronized (related) {
        related.put(article.slug(), top);
      }
    });
    return new RelatedIndex(Map.copyOf(related));
  }

  /** The related articles of {@code slug}, best first; empty for an unknown slug. */
  public List<String> relatedTo(String slug) {
    return related.getOrDefault(slug, List.of());
  }
}
