package org.triglot.config;

import java.util.Objects;

/**
 * How the "You might also like" lists are made ({@code related:} in {@code site.yaml}; see
 * docs/related.md): how many articles a list holds ({@code 0} turns the lists off), the relative
 * weights of the four signals a pair of articles is scored on, the score (0 to 1) an article needs
 * to be listed at all, whether articles newer than the one being read may appear, and the number of
 * days after which closeness in date counts half as much.
 */
public record RelatedSettings(
    int count, Weights weights, double minScore, boolean includeNewer, int dateHalfLifeDays) {

  /**
   * Five articles; topics and text weigh the same, authors and date break near-ties; a score of 0.2
   * keeps pairs that share two topics, or one specific topic and more; newer articles allowed; a
   * one-year half-life. Chosen by reading the lists of the sample content and of generated corpora
   * (docs/related.md says what was compared).
   */
  public static final RelatedSettings DEFAULTS =
      new RelatedSettings(5, new Weights(40, 40, 10, 10), 0.2, true, 365);

  public static final int MAX_COUNT = 50;

  public RelatedSettings {
    Objects.requireNonNull(weights, "weights");
    if (count < 0 || count > MAX_COUNT) {
      throw new IllegalArgumentException(
          "related count must be between 0 and " + MAX_COUNT + ": " + count);
    }
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new IllegalArgumentException("related minScore must be between 0 and 1: " + minScore);
    }
    if (dateHalfLifeDays < 1) {
      throw new IllegalArgumentException(
          "related dateHalfLife must be at least one day: " + dateHalfLifeDays);
    }
  }

  /**
   * The weight of each signal: shared topics, similar text, shared authors, closeness in date. Only
   * their proportions matter; a score is the weighted mean of the four signals, each from 0 to 1.
   */
  public record Weights(double topics, double text, double authors, double date) {
    public Weights {
      for (double w : new double[] {topics, text, authors, date}) {
        if (!(w >= 0 && Double.isFinite(w))) {
          throw new IllegalArgumentException("related weights must be zero or positive: " + w);
        }
      }
      if (topics + text + authors + date <= 0) {
        throw new IllegalArgumentException("at least one related weight must be positive");
      }
    }

    public double sum() {
      return topics + text + authors + date;
    }
  }

  public RelatedSettings withCount(int newCount) {
    return new RelatedSettings(newCount, weights, minScore, includeNewer, dateHalfLifeDays);
  }

  public RelatedSettings withWeights(Weights newWeights) {
    return new RelatedSettings(count, newWeights, minScore, includeNewer, dateHalfLifeDays);
  }

  public RelatedSettings withMinScore(double newMinScore) {
    return new RelatedSettings(count, weights, newMinScore, includeNewer, dateHalfLifeDays);
  }

  public RelatedSettings withIncludeNewer(boolean newIncludeNewer) {
    return new RelatedSettings(count, weights, minScore, newIncludeNewer, dateHalfLifeDays);
  }
}
