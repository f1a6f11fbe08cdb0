package org.triglot.relate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.triglot.config.RelatedSettings;

/**
 * The query side of the related index: finds and ranks the related articles of every article, in
 * parallel. For one article it
 *
 * <ol>
 *   <li>gathers candidates from the inverted indexes: for each of its topics, the articles with
 *       that topic nearest to it in date; for each pair of its topics, the nearest with both; for
 *       each of its heaviest terms, the term's champion list, adding up the text similarity these
 *       lists show;
 *   <li>estimates each candidate's score from its {@link Cards} (topics and date, exact) and keeps
 *       two short lists: the best by topics and date, and the best by topics, date and the text
 *       similarity seen so far (two lists, so that neither signal crowds out the other);
 *   <li>scores those exactly on all four signals and keeps the best {@code count}, in the order
 *       score, newer date, slug, at least the minimum score.
 * </ol>
 *
 * The work per article is bounded by {@link Tuning}, not by the size of the site. A signal the
 * article itself lacks is left out of the weighted mean of its list rather than counted as zero, so
 * an article without topics is judged on its text, authors and date. The texts of an English and a
 * Chinese article have no terms in common: their text similarity is zero.
 */
final class Scorer {
  /**
   * The score of a pair that shares neither topics nor text: never listed, whatever the minimum.
   */
  static final double UNRELATED = -1;

  private final RelatedIndex.Data data;
  private final RelatedSettings settings;
  private final Tuning tuning;
  private final Cards cards;
  private final double[] dateCloseness;

  Scorer(RelatedIndex.Data data, RelatedSettings settings, Tuning tuning) {
    this.data = data;
    this.settings = settings;
    this.tuning = tuning;
    this.cards = new Cards(data);
    int halfLife = settings.dateHalfLifeDays();
    int span = (int) Math.min(cards.daySpan(), 64L * halfLife);
    dateCloseness = new double[span + 1];
    for (int d = 0; d <= span; d++) {
      dateCloseness[d] = Math.pow(0.5, (double) d / halfLife);
    }
  }

  /** A scored candidate. */
  record Scored(
      int article, double score, double topics, double text, double authors, double date) {}

  /**
   * The list of every article, best first, by article number. {@code exhaustive} scores every
   * candidate exactly instead (all pairs: for tests and the benchmark's accuracy figures only).
   */
  List<List<Scored>> scoreAll(boolean exhaustive) {
    int n = data.articles().length;
    int blocks = Math.max(1, Math.min(n, 8 * Runtime.getRuntime().availableProcessors()));
    List<List<Scored>> lists = new ArrayList<>(Collections.nCopies(n, List.of()));
    int[] everyone =
        exhaustive ? IntStream.range(0, n).filter(c -> data.candidate()[c]).toArray() : new int[0];
    // Blocks of consecutive articles (close in date, so their candidates overlap in the caches).
    IntStream.range(0, blocks)
        .parallel()
        .forEach(
            block -> {
              Scratch scratch = new Scratch(n, tuning);
              for (int q = (int) ((long) block * n / blocks);
                  q < (long) (block + 1) * n / blocks;
                  q++) {
                lists.set(q, exhaustive ? rank(q, everyone, everyone.length) : score(q, scratch));
              }
            });
    return lists;
  }

  /**
   * Per-thread working memory: text sums by article, valid for the articles touched by the current
   * query.
   */
  private static final class Scratch {
    final float[] text;
    final int[] stamp;
    final int[] touched;
    int touchedCount;
    int query;
    final Shortlist byTopics;
    final Shortlist byAll;

    Scratch(int n, Tuning tuning) {
      byTopics = new Shortlist(tuning.shortlistByTopics());
      byAll = new Shortlist(tuning.shortlistByText());
      text = new float[n];
      stamp = new int[n];
      touched = new int[n];
      Arrays.fill(stamp, -1);
    }

    void start(int q) {
      query = q;
      touchedCount = 0;
    }

    void touch(int c) {
      if (stamp[c] != query) {
        stamp[c] = query;
        text[c] = 0;
        touched[touchedCount++] = c;
      }
    }
  }

  private List<Scored> score(int q, Scratch s) {
    Weights w = weights(q);
    s.start(q);
    if (w.topics > 0) {
      for (int key : data.topics().keys[q]) {
        gatherNearest(data.topicPostings(), key, q, s, tuning.topicWindow());
      }
      for (int key : data.topicPairs()[q]) {
        gatherNearest(data.topicPairPostings(), key, q, s, tuning.pairWindow());
      }
    }
    if (w.text > 0) {
      gatherTerms(q, s);
    }
    Cards.Query query = cards.query(q);
    s.byTopics.clear();
    s.byAll.clear();
    for (int i = 0; i < s.touchedCount; i++) {
      int c = s.touched[i];
      if (!cards.eligible(c, query, settings.includeNewer())) {
        continue;
      }
      double topicsAndDate =
          w.topics * cards.topicEstimate(c, query)
              + w.date * dateCloseness(cards.daysApart(c, query));
      s.byTopics.offer(c, topicsAndDate);
      if (s.text[c] > 0) {
        s.byAll.offer(c, topicsAndDate + w.text * s.text[c]);
      }
    }
    int size = s.byTopics.size;
    int[] shortlist = Arrays.copyOf(s.byTopics.articles, size + s.byAll.size);
    for (int i = 0; i < s.byAll.size; i++) {
      int c = s.byAll.articles[i];
      if (!s.byTopics.contains(c)) {
        shortlist[size++] = c;
      }
    }
    return rank(q, shortlist, size);
  }

  /** The best few articles by some estimate, kept in an insertion-sorted array, best first. */
  private static final class Shortlist {
    final int[] articles;
    final double[] estimates;
    int size;

    Shortlist(int capacity) {
      articles = new int[capacity];
      estimates = new double[capacity];
    }

    void clear() {
      size = 0;
    }

    void offer(int c, double estimate) {
      int capacity = articles.length;
      if (size == capacity && estimate <= estimates[capacity - 1]) {
        return;
      }
      int at = Math.min(size, capacity - 1);
      while (at > 0 && estimate > estimates[at - 1]) {
        articles[at] = articles[at - 1];
        estimates[at] = estimates[at - 1];
        at--;
      }
      articles[at] = c;
      estimates[at] = estimate;
      size = Math.min(size + 1, capacity);
    }

    boolean contains(int c) {
      for (int i = 0; i < size; i++) {
        if (articles[i] == c) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Touches the articles of list {@code key} nearest to {@code q} in date, at most {@code window}
   * (only older or same-day ones unless newer are allowed).
   */
  private void gatherNearest(Postings postings, int key, int q, Scratch s, int window) {
    long[] day = data.day();
    long today = day[q];
    int from = postings.start(key);
    int to = postings.end(key);
    // The first posting dated after q: the window grows left (older) and right (newer) from there.
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (day[postings.article(mid)] <= today) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int left = lo - 1;
    int right = settings.includeNewer() ? lo : to;
    for (int taken = 0; taken < window && (left >= from || right < to); taken++) {
      boolean takeLeft =
          right >= to
              || left >= from
                  && today - day[postings.article(left)] <= day[postings.article(right)] - today;
      s.touch(postings.article(takeLeft ? left-- : right++));
    }
  }

  /**
   * For each of the heaviest terms of {@code q}, the term's champion list, adding up the text
   * similarity.
   */
  private void gatherTerms(int q, Scratch s) {
    TextVectors text = data.text();
    Postings champions = text.champions;
    float least = text.gatherFloor(q);
    for (int j = text.start(q), end = j + text.length(q); j < end; j++) {
      float wq = text.weight(j);
      if (wq < least) {
        continue;
      }
      int term = text.term(j);
      for (int at = champions.start(term), last = champions.end(term); at < last; at++) {
        int c = champions.article(at);
        s.touch(c);
        s.text[c] += wq * champions.weight(at);
      }
    }
  }

  /**
   * Scores the first {@code size} of {@code candidates} exactly; the best, at most {@code count},
   * at least the minimum score.
   */
  private List<Scored> rank(int q, int[] candidates, int size) {
    Weights w = weights(q);
    Cards.Query query = cards.query(q);
    int count = settings.count();
    int[] rank = data.rank();
    int[] best = new int[count];
    double[] bestScore = new double[count];
    int found = 0;
    for (int i = 0; i < size; i++) {
      int c = candidates[i];
      if (!cards.eligible(c, query, settings.includeNewer())) {
        continue;
      }
      double score = score(c, query, w, null);
      if (score == UNRELATED
          || score < settings.minScore()
          || found == count && !before(score, c, bestScore[count - 1], best[count - 1], rank)) {
        continue;
      }
      int at = Math.min(found, count - 1);
      while (at > 0 && before(score, c, bestScore[at - 1], best[at - 1], rank)) {
        best[at] = best[at - 1];
        bestScore[at] = bestScore[at - 1];
        at--;
      }
      best[at] = c;
      bestScore[at] = score;
      found = Math.min(found + 1, count);
    }
    Scored[] list = new Scored[found];
    double[] signals = new double[4];
    for (int i = 0; i < found; i++) {
      score(best[i], query, w, signals);
      list[i] = new Scored(best[i], bestScore[i], signals[0], signals[1], signals[2], signals[3]);
    }
    return List.of(list);
  }

  /**
   * The exact score of {@code c} for the query, rounded to nine decimals so that equal signals give
   * equal scores, or {@link #UNRELATED} when they share neither topics nor text; the four signals
   * go to {@code signals} if given.
   */
  private double score(int c, Cards.Query q, Weights w, double[] signals) {
    double topics = w.topics > 0 ? cards.topics(c, q) : 0;
    double text =
        w.text > 0 ? data.text().cosine(q.article, cards.textStart(c), cards.textLength(c)) : 0;
    if (topics == 0 && text == 0) {
      return UNRELATED;
    }
    double authors = cards.authors(c, q);
    double date = dateCloseness(cards.daysApart(c, q));
    if (signals != null) {
      signals[0] = topics;
      signals[1] = text;
      signals[2] = authors;
      signals[3] = date;
    }
    double score = w.topics * topics + w.text * text + w.authors * authors + w.date * date;
    return Math.rint(score * 1e9) / 1e9;
  }

  RelatedIndex.Data data() {
    return data;
  }

  long bytes() {
    return cards.bytes() + 8L * dateCloseness.length;
  }

  /** The exact score of {@code c} for {@code q}, 0 when they share neither topics nor text. */
  double exactScore(int q, int c) {
    return Math.max(0, score(c, cards.query(q), weights(q), null));
  }

  /** The list order: higher score first, then newer, then slug. */
  private static boolean before(double score, int c, double otherScore, int other, int[] rank) {
    return score > otherScore || score == otherScore && rank[c] < rank[other];
  }

  private double dateCloseness(long daysApart) {
    return daysApart < dateCloseness.length ? dateCloseness[(int) daysApart] : 0;
  }

  /**
   * The weights for the list of {@code q}, as shares of the sum of those of the signals it has: a
   * signal the article itself lacks (no topics, or only topics every article has; no usable text;
   * no author) is left out of its mean rather than counted as zero.
   */
  private Weights weights(int q) {
    RelatedSettings.Weights given = settings.weights();
    double topics = data.topics().norm[q] > 0 ? given.topics() : 0;
    double text = data.text().length(q) > 0 ? given.text() : 0;
    double authors = data.authors().keys[q].length > 0 ? given.authors() : 0;
    double sum = topics + text + authors + given.date();
    return sum == 0
        ? new Weights(0, 0, 0, 0)
        : new Weights(topics / sum, text / sum, authors / sum, given.date() / sum);
  }

  private record Weights(double topics, double text, double authors, double date) {}
}
