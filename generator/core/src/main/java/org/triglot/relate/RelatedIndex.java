package org.triglot.relate;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.triglot.config.RelatedSettings;
import org.triglot.content.Article;
import org.triglot.derive.LocalizedArticle;

/**
 * "You might also like": for every article, the articles most related to it. Built once per build
 * over article identities (not language files), so the English, 简体 and 繁體 pages of an article show
 * the same list; each page then leaves out the articles that have no version in its language. A
 * pair is scored on four signals, each from 0 to 1, combined as a weighted mean (weights from
 * {@link RelatedSettings}; docs/related.md explains the choices):
 *
 * <ul>
 *   <li>topics: cosine of the two topic sets, each topic weighted by {@code ln((N + 1) / df)}, so a
 *       shared rare topic counts more than a shared common one;
 *   <li>text: cosine of the articles' TF-IDF vectors ({@link TextVectors}), made from the English
 *       version where there is one, otherwise the simplified Chinese one (written or derived), so
 *       the score does not depend on which translations exist;
 *   <li>authors: shared authors over the geometric mean of the two author counts;
 *   <li>date: {@code 0.5^(days apart / half-life)}.
 * </ul>
 *
 * A signal that cannot be measured for a pair is left out of its mean rather than counted as zero
 * (see {@link Scorer}), and authors and date only add to a pair that shares a topic or text terms.
 * Only published articles (not drafts, not dated after {@code now}) are listed, never the article
 * itself and, unless the settings allow it, never one newer than it; ties go to the newer article,
 * then to the slug first in alphabetical order. Nothing is compared all against all: {@link Scorer}
 * draws a bounded number of candidates from inverted indexes over topics, pairs of topics and
 * terms, and scores only a short list of them exactly.
 */
public final class RelatedIndex {
  /** A listed article and how it scored. */
  public record Match(LocalizedArticle article, Scores scores) {
    public Match {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(scores, "scores");
    }

    public String slug() {
      return article.slug();
    }

    public double score() {
      return scores.score();
    }

    public double text() {
      return scores.text();
    }
  }

  /** The score of a pair and the four signals it was made of, each from 0 to 1. */
  public record Scores(double score, double topics, double text, double authors, double date) {}

  /**
   * Sizes of the index, for the benchmark: articles, those that can be listed, distinct terms,
   * bytes of its arrays.
   */
  public record Stats(int articles, int candidates, int terms, long indexBytes) {}

  /**
   * What the scorer works from, by article number (the position in the build's article list). Built
   * by named steps: it holds two key sets and two posting lists of the same types.
   */
  @RecordBuilder
  record Data(
      Article[] articles,
      boolean[] candidate,
      long[] day,
      int[] rank,
      KeySets topics,
      KeySets authors,
      Postings topicPostings,
      int[][] topicPairs,
      Postings topicPairPostings,
      TextVectors text) {}

  /** The articles indexed, by number. */
  private final List<LocalizedArticle> articles;

  /** Each article's list, by article number. */
  private final List<List<Match>> matches;

  /** Article numbers, by the identity of the loaded article. */
  private final Map<Article, Integer> numbers;

  private final Stats stats;

  /** Kept by an exhaustive index only, for {@link #exactScores}. */
  private final Scorer reference;

  private RelatedIndex(
      List<LocalizedArticle> articles, List<List<Match>> matches, Stats stats, Scorer reference) {
    this.articles = articles;
    this.matches = matches;
    this.stats = stats;
    this.reference = reference;
    this.numbers = new IdentityHashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      numbers.put(articles.get(i).article(), i);
    }
  }

  /** Builds the lists of every article in {@code articles} as of {@code now}. */
  public static RelatedIndex build(
      List<LocalizedArticle> articles, ZonedDateTime now, RelatedSettings settings) {
    return build(articles, now, settings, Tuning.DEFAULT, false);
  }

  /**
   * As {@link #build(List, ZonedDateTime, RelatedSettings)} with other {@code tuning}; {@code
   * exhaustive} scores every pair exactly instead of using the inverted indexes (all pairs: for
   * tests and the benchmark's accuracy figures only).
   */
  static RelatedIndex build(
      List<LocalizedArticle> articles,
      ZonedDateTime now,
      RelatedSettings settings,
      Tuning tuning,
      boolean exhaustive) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(settings, "settings");
    List<LocalizedArticle> indexed = List.copyOf(articles);
    Data data = data(indexed, now, tuning);
    List<List<Match>> lists = new ArrayList<>(indexed.size());
    Scorer scorer = new Scorer(data, settings, tuning);
    if (settings.count() > 0) {
      for (List<Scorer.Scored> scored : scorer.scoreAll(exhaustive)) {
        List<Match> list = new ArrayList<>();
        for (Scorer.Scored s : scored) {
          list.add(
              new Match(
                  indexed.get(s.article()),
                  new Scores(s.score(), s.topics(), s.text(), s.authors(), s.date())));
        }
        lists.add(List.copyOf(list));
      }
    } else {
      indexed.forEach(a -> lists.add(List.of()));
    }
    int candidates = 0;
    for (boolean c : data.candidate()) {
      candidates += c ? 1 : 0;
    }
    long pairKeys = 0;
    for (int[] p : data.topicPairs()) {
      pairKeys += p.length;
    }
    long bytes =
        data.topics().bytes()
            + data.authors().bytes()
            + data.topicPostings().bytes()
            + data.topicPairPostings().bytes()
            + 4 * pairKeys
            + data.text().bytes()
            + scorer.bytes()
            + 21L * indexed.size();
    Stats stats = new Stats(indexed.size(), candidates, data.text().vocabulary.size(), bytes);
    return new RelatedIndex(indexed, lists, stats, exhaustive ? scorer : null);
  }

  private static Data data(List<LocalizedArticle> articles, ZonedDateTime now, Tuning tuning) {
    int n = articles.size();
    Article[] all = new Article[n];
    boolean[] candidate = new boolean[n];
    long[] day = new long[n];
    List<TextVectors.Source> sources = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      all[i] = articles.get(i).article();
      candidate[i] = all[i].schedule().isPublishedAt(now);
      day[i] = all[i].date().toLocalDate().toEpochDay();
      sources.add(textSource(articles.get(i)));
    }
    int[] rank = tieOrder(all);
    KeySets topics = KeySets.of(all, Article::topicIds, candidate);
    KeySets authors = KeySets.of(all, Article::authorIds, candidate);
    Postings topicPostings = Postings.byDay(topics.count, topics.keys, candidate, rank, day);
    int[][] pairs = new int[n][];
    int pairCount = pairs(topics, pairs);
    Postings topicPairPostings = Postings.byDay(pairCount, pairs, candidate, rank, day);
    TextVectors text = TextVectors.build(sources, candidate, rank, tuning);
    return RelatedIndexDataBuilder.builder()
        .articles(all)
        .candidate(candidate)
        .day(day)
        .rank(rank)
        .topics(topics)
        .authors(authors)
        .topicPostings(topicPostings)
        .topicPairs(pairs)
        .topicPairPostings(topicPairPostings)
        .text(text)
        .build();
  }

  /**
   * Each article's position in the order of ties, newer first, then by slug. The build's list is
   * normally in that order already (the link phase sorts it so), which is checked in one pass.
   */
  private static int[] tieOrder(Article[] all) {
    Comparator<Article> order =
        Comparator.comparing(Article::date, Comparator.reverseOrder()).thenComparing(Article::slug);
    int n = all.length;
    int[] rank = new int[n];
    boolean sorted = true;
    for (int i = 1; i < n && sorted; i++) {
      sorted = order.compare(all[i - 1], all[i]) < 0;
    }
    if (sorted) {
      Arrays.setAll(rank, i -> i);
      return rank;
    }
    Integer[] byOrder = new Integer[n];
    Arrays.setAll(byOrder, i -> i);
    Arrays.sort(byOrder, (x, y) -> order.compare(all[x], all[y]));
    for (int r = 0; r < n; r++) {
      rank[byOrder[r]] = r;
    }
    return rank;
  }

  /**
   * Numbers the pairs of topics that articles have, fills {@code pairs} with each article's, and
   * returns how many there are.
   */
  private static int pairs(KeySets topics, int[][] pairs) {
    Map<Long, Integer> ids = new HashMap<>();
    for (int i = 0; i < pairs.length; i++) {
      int[] keys = topics.keys[i];
      int[] own = new int[keys.length * (keys.length - 1) / 2];
      int at = 0;
      for (int x = 0; x < keys.length; x++) {
        for (int y = x + 1; y < keys.length; y++) {
          Long pair = (long) keys[x] * topics.count + keys[y];
          Integer id = ids.get(pair);
          if (id == null) {
            id = ids.size();
            ids.put(pair, id);
          }
          own[at++] = id;
        }
      }
      pairs[i] = own;
    }
    return ids.size();
  }

  /** The articles related to {@code article}, best first; empty for one not indexed. */
  public List<LocalizedArticle> relatedTo(LocalizedArticle article) {
    return matchesOf(article).stream().map(Match::article).toList();
  }

  /** The related articles of {@code article} with their scores, best first. */
  public List<Match> matchesOf(LocalizedArticle article) {
    Integer number = numbers.get(article.article());
    return number == null ? List.of() : matches.get(number);
  }

  public Stats stats() {
    return stats;
  }

  /** The slugs related to the article of {@code slug}, for tests that name articles by slug. */
  List<String> slugsRelatedTo(String slug) {
    return matchesOf(slug).stream().map(Match::slug).toList();
  }

  /** The matches of the article of {@code slug}, for tests; empty for an unknown slug. */
  List<Match> matchesOf(String slug) {
    return articles.stream()
        .filter(a -> a.slug().equals(slug))
        .findFirst()
        .map(this::matchesOf)
        .orElse(List.of());
  }

  /**
   * The sum of the exact scores of {@code others} for {@code slug}; only an exhaustive index knows
   * them.
   */
  double exactScores(String slug, List<String> others) {
    if (reference == null) {
      throw new IllegalStateException("only an exhaustive index scores any pair");
    }
    double sum = 0;
    for (String other : others) {
      sum += reference.exactScore(number(slug), number(other));
    }
    return sum;
  }

  private int number(String slug) {
    for (int i = 0; i < articles.size(); i++) {
      if (articles.get(i).slug().equals(slug)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no article " + slug);
  }

  /**
   * The text the similarity is computed on: the edition of the site's first language that the
   * article has (English, else 简体, else 繁體 on the standard site), written or derived, so the score
   * does not depend on which translations exist.
   */
  static TextVectors.Source textSource(LocalizedArticle article) {
    return article.editions().values().stream()
        .findFirst()
        .map(e -> new TextVectors.Source(e.title(), e.body().plainText(), e.language()))
        .orElseGet(() -> new TextVectors.Source("", "", article.article().primary()));
  }
}
