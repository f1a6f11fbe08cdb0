package org.triglot.relate;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * The constants that bound the work of the related index, chosen with {@code bench/related.sh} on
 * generated corpora of 1,000 to 20,000 articles (docs/related.md has the figures). They are not
 * site settings: they trade a little accuracy against the exhaustive ranking for speed, not one
 * kind of related article against another.
 *
 * @param termsPerArticle terms kept in an article's text vector, the heaviest
 * @param englishTextLimit characters of an English body that are read (about a thousand words)
 * @param chineseTextLimit characters of a Chinese body that are read
 * @param termChampions articles kept per term in the term index, the ones the term weighs most in
 * @param topicWindow articles read per topic of the article, the nearest in date
 * @param pairWindow articles read per pair of the article's topics, the nearest in date
 * @param queryTerms the article's heaviest terms whose lists are read
 * @param shortlistByTopics candidates scored exactly for their estimate from topics and date
 * @param shortlistByText further candidates scored exactly for their estimate with the text read
 */
@RecordBuilder
record Tuning(
    int termsPerArticle,
    int englishTextLimit,
    int chineseTextLimit,
    int termChampions,
    int topicWindow,
    int pairWindow,
    int queryTerms,
    int shortlistByTopics,
    int shortlistByText)
    implements TuningBuilder.With {

  static final Tuning DEFAULT =
      TuningBuilder.builder()
          .termsPerArticle(32)
          .englishTextLimit(6000)
          .chineseTextLimit(3000)
          .termChampions(96)
          .topicWindow(32)
          .pairWindow(48)
          .queryTerms(8)
          .shortlistByTopics(32)
          .shortlistByText(16)
          .build();

  Tuning {
    if (termsPerArticle < 1
        || englishTextLimit < 1
        || chineseTextLimit < 1
        || termChampions < 1
        || topicWindow < 0
        || pairWindow < 0
        || queryTerms < 1
        || shortlistByTopics < 1
        || shortlistByText < 0) {
      throw new IllegalArgumentException("bad tuning " + this);
    }
  }

  /** A copy with one constant changed, by its short name (for the benchmark's grid). */
  Tuning with(String name, int value) {
    return switch (name) {
      case "tk" -> withTermsPerArticle(value);
      case "el" -> withEnglishTextLimit(value);
      case "cl" -> withChineseTextLimit(value);
      case "tc" -> withTermChampions(value);
      case "tw" -> withTopicWindow(value);
      case "pw" -> withPairWindow(value);
      case "qt" -> withQueryTerms(value);
      case "rs" -> withShortlistByTopics(value);
      case "rt" -> withShortlistByText(value);
      default ->
          throw new IllegalArgumentException(
              "unknown tuning constant " + name + "; known: tk el cl tc tw pw qt rs rt");
    };
  }

  /** The constants in the short form {@link #with} reads: "tk=32,el=6000,...". */
  String shortForm() {
    return "tk="
        + termsPerArticle
        + ",el="
        + englishTextLimit
        + ",cl="
        + chineseTextLimit
        + ",tc="
        + termChampions
        + ",tw="
        + topicWindow
        + ",pw="
        + pairWindow
        + ",qt="
        + queryTerms
        + ",rs="
        + shortlistByTopics
        + ",rt="
        + shortlistByText;
  }
}
