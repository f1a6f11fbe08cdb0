package org.triglot.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triglot.relate.Corpus.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.triglot.config.RelatedSettings;
import org.triglot.derive.LocalizedArticle;
import org.triglot.lang.Language;

class RelatedIndexTest {
  private static final RelatedSettings DEFAULTS = RelatedSettings.DEFAULTS;
  private static final RelatedSettings ANY_SCORE = DEFAULTS.withMinScore(0);

  private static RelatedIndex index(List<LocalizedArticle> articles, RelatedSettings settings) {
    return RelatedIndex.build(articles, Corpus.NOW, settings);
  }

  @Test
  void rareSharedTopicOutranksCommonSharedTopic() {
    List<LocalizedArticle> articles =
        Corpus.of(
            article("piece").topics("trade", "arctic").authors("ann"),
            article("common").topics("trade", "tariffs").authors("bo"),
            article("rare").topics("arctic", "shipping").authors("cy"),
            article("filler-1").topics("trade", "steel").authors("di"),
            article("filler-2").topics("trade", "wine").authors("ed"),
            article("filler-3").topics("trade", "cars").authors("fay"));

    List<String> related = index(articles, ANY_SCORE).slugsRelatedTo("piece");

    assertEquals("rare", related.get(0), () -> "list: " + related);
    assertTrue(related.indexOf("rare") < related.indexOf("common"), () -> "list: " + related);
  }

  @Test
  void textSimilarityFindsRelatedArticleWhenTopicsAreAbsent() {
    List<LocalizedArticle> articles =
        Corpus.of(
            article("melting-ice")
                .authors("ann")
                .text(
                    "Glaciers retreat and sea ice thins. Glaciers in Greenland lose ice, the sea rises and permafrost thaws. Permafrost carbon escapes."),
            article("thawing-north")
                .authors("bo")
                .text(
                    "Permafrost thaws under the tundra. Permafrost releases methane while glaciers shrink and sea ice thins. Glaciers and sea ice recede."),
            article("interest-rates")
                .authors("cy")
                .text(
                    "Central banks raise interest rates. Inflation expectations and interest rates move bond markets; banks lend less."),
            article("vaccines")
                .authors("di")
                .text(
                    "Vaccine makers ship doses. Vaccine supply chains, doses and clinics decide how quickly campaigns reach people."),
            article("bonds")
                .authors("ed")
                .text(
                    "Bond markets price inflation. Bond yields climb when central banks signal tighter policy and inflation persists."));

    RelatedIndex index = index(articles, DEFAULTS);

    assertEquals("thawing-north", index.slugsRelatedTo("melting-ice").get(0));
    assertFalse(index.slugsRelatedTo("melting-ice").contains("vaccines"));
    assertTrue(
        index.matchesOf("melting-ice").get(0).text() > 0.3,
        () -> "match: " + index.matchesOf("melting-ice"));
  }

  @Test
  void neverListsTheArticleItselfADraftOrAFutureArticle() {
    List<LocalizedArticle> articles =
        Corpus.of(
            article("piece").topics("tea", "trade"),
            article("twin").topics("tea", "trade"),
            article("draft-twin").topics("tea", "trade").draft(),
            article("future-twin").topics("tea", "trade").date("2026-07-01"),
            article("other").topics("wine"));

    RelatedIndex index = index(articles, ANY_SCORE);

    assertEquals(List.of("twin"), index.slugsRelatedTo("piece"));
    assertEquals(List.of("piece"), index.slugsRelatedTo("twin"));
    assertEquals(
        List.of("piece", "twin"),
        index.slugsRelatedTo("draft-twin"),
        "a previewed draft gets a list of published articles");
  }

  @Test
  void neverListsAPairThatSharesNeitherTopicsNorTextEvenWithoutAMinimumScore() {
    List<LocalizedArticle> articles =
        Corpus.of(
            article("piece").topics("tea").authors("ann").date("2024-01-01"),
            article("same-author-same-day").topics("wine").authors("ann").date("2024-01-01"),
            article("tea-too").topics("tea").authors("bo").date("2020-01-01"));

    assertEquals(List.of("tea-too"), index(articles, ANY_SCORE).slugsRelatedTo("piece"));
    assertEquals(
        List.of("tea-too"),
        RelatedIndex.build(articles, Corpus.NOW, ANY_SCORE, Tuning.DEFAULT, true)
            .slugsRelatedTo("piece"),
        "exhaustive scoring too");
  }

  @Test
  void breaksTiesByNewerDateThenBySlug() {
    // Same topics, same text, same author; "before" and "after" are as far from the piece in time,
    // so every signal ties with both, and the newer wins; "b-same" and "a-same" share a date.
    List<LocalizedArticle> articles =
        Corpus.of(
            article("piece").topics("tea").date("2024-06-01"),
            article("before").topics("tea").date("2024-05-01"),
            article("after").topics("tea").date("2024-07-02"),
            article("b-same").topics("tea").date("2023-01-01"),
            article("a-same").topics("tea").date("2023-01-01"));

    assertEquals(
        List.of("after", "before", "a-same", "b-same"),
        index(articles, ANY_SCORE).slugsRelatedTo("piece"));
  }

  @Test
  void leavesOutNewerArticlesWhenTheSettingsSaySo() {
    List<LocalizedArticle> articles =
        Corpus.of(
            article("piece").topics("tea").date("2024-06-01"),
            article("older").topics("tea").date("2024-01-01"),
            article("newer").topics("tea").date("2025-01-01"));

    assertEquals(
        List.of("older"),
        index(articles, ANY_SCORE.withIncludeNewer(false)).slugsRelatedTo("piece"));
    assertTrue(
        index(articles, ANY_SCORE).slugsRelatedTo("piece").containsAll(List.of("older", "newer")));
  }

  @Test
  void listsAtMostTheCountAndNothingBelowTheMinimumScore() {
    List<LocalizedArticle> articles = new ArrayList<>();
    Corpus.Builder[] builders = new Corpus.Builder[9];
    builders[0] = article("piece").topics("tea", "trade");
    for (int i = 1; i < 8; i++) {
      builders[i] = article("match-" + i).topics("tea", "trade").date("2023-0" + i + "-01");
    }
    builders[8] =
        article("faint").topics("trade", "wine", "cars", "steel").authors("zed").date("2010-01-01");
    articles.addAll(Corpus.of(builders));

    RelatedIndex index = index(articles, DEFAULTS.withCount(3));

    assertEquals(List.of("match-7", "match-6", "match-5"), index.slugsRelatedTo("piece"));
    assertTrue(
        index(articles, DEFAULTS.withCount(20)).matchesOf("piece").stream()
            .allMatch(m -> m.score() >= DEFAULTS.minScore()));
    assertFalse(index(articles, DEFAULTS.withCount(20)).slugsRelatedTo("piece").contains("faint"));
    assertEquals(List.of(), index(articles, DEFAULTS.withCount(0)).slugsRelatedTo("piece"));
  }

  @Test
  void listIsStableWhenAnUnrelatedArticleIsAdded() {
    Corpus.Builder[] site = {
      article("arctic-shipping")
          .topics("arctic", "shipping")
          .date("2024-03-01")
          .text("Ice routes open. Ice routes shorten voyages."),
      article("polar-law")
          .topics("arctic", "law")
          .date("2023-09-01")
          .text("Polar claims and ice. Polar claims clash over ice."),
      article("ports")
          .topics("shipping", "trade")
          .authors("bo")
          .date("2022-05-01")
          .text("Ports and cranes. Ports automate cranes."),
      article("tariffs")
          .topics("trade")
          .authors("bo")
          .date("2021-05-01")
          .text("Tariffs on steel. Tariffs raise steel prices."),
      article("sea-law")
          .topics("law", "shipping")
          .authors("cy")
          .date("2020-02-01")
          .text("Sea lanes and law. Sea lanes need law."),
      article("steel")
          .topics("trade", "industry")
          .authors("cy")
          .date("2019-02-01")
          .text("Steel mills close. Steel prices fall."),
    };
    List<LocalizedArticle> before = Corpus.of(site);
    Corpus.Builder[] grown = Arrays.copyOf(site, site.length + 1);
    grown[site.length] =
        article("knitting")
            .topics("crafts")
            .authors("zed")
            .date("2015-01-01")
            .text("Wool and needles. Wool yarn and needles make scarves.");
    List<LocalizedArticle> after = Corpus.of(grown);

    RelatedIndex small = index(before, DEFAULTS);
    RelatedIndex large = index(after, DEFAULTS);

    for (LocalizedArticle a : before) {
      assertEquals(small.slugsRelatedTo(a.slug()), large.slugsRelatedTo(a.slug()), a.slug());
    }
    assertEquals(List.of(), large.slugsRelatedTo("knitting"));
  }

  @Test
  void chineseOnlyArticlesAreMatchedOnTopicsAndOnChineseText() {
    List<LocalizedArticle> articles =
        Corpus.of(
            article("cables")
                .onlyIn(Language.of("zh-Hans"))
                .topics("maritime")
                .text("海底电缆是全球通信的命脉。海底电缆一旦中断，通信与金融都会受到冲击。"),
            article("landing-stations")
                .onlyIn(Language.of("zh-Hans"))
                .topics("energy")
                .text("登陆站保护海底电缆。海底电缆的登陆站需要通信安全。"),
            article("red-sea")
                .topics("maritime")
                .text("Shipping lanes through the Red Sea. Shipping insurers watch the lanes."),
            article("rice")
                .onlyIn(Language.of("zh-Hans"))
                .topics("food")
                .text("稻米价格上涨。稻米出口限制影响粮食安全。"));

    RelatedIndex index = index(articles, ANY_SCORE);

    assertTrue(
        index.slugsRelatedTo("cables").containsAll(List.of("landing-stations", "red-sea")),
        () -> "list: " + index.matchesOf("cables"));
    assertFalse(index.slugsRelatedTo("cables").contains("rice"));
  }

  @Test
  void prunedIndexFindsWhatExhaustiveScoringFinds() {
    List<LocalizedArticle> articles = generated(600, 42);

    RelatedIndex pruned = RelatedIndex.build(articles, Corpus.NOW, DEFAULTS, Tuning.DEFAULT, false);
    RelatedIndex exhaustive =
        RelatedIndex.build(articles, Corpus.NOW, DEFAULTS, Tuning.DEFAULT, true);

    int found = 0;
    int wanted = 0;
    double got = 0;
    double best = 0;
    for (LocalizedArticle a : articles) {
      List<String> mine = pruned.slugsRelatedTo(a.slug());
      List<String> ideal = exhaustive.slugsRelatedTo(a.slug());
      found += (int) mine.stream().filter(ideal::contains).count();
      wanted += ideal.size();
      got += exhaustive.exactScores(a.slug(), mine);
      best += exhaustive.matchesOf(a.slug()).stream().mapToDouble(RelatedIndex.Match::score).sum();
      assertEquals(mine.size(), ideal.size(), a.slug());
    }
    assertTrue(found >= 0.95 * wanted, "entries found: " + found + " of " + wanted);
    assertTrue(got >= 0.995 * best, "score reached: " + got + " of " + best);
  }

  @Test
  void sameInputGivesTheSameLists() {
    List<LocalizedArticle> articles = generated(300, 7);
    RelatedIndex first = index(articles, DEFAULTS);
    RelatedIndex second = index(articles, DEFAULTS);
    for (LocalizedArticle a : articles) {
      assertEquals(first.matchesOf(a.slug()), second.matchesOf(a.slug()));
    }
  }

  /**
   * A seeded corpus: articles with two to four of twenty topics and text drawn from their topics'
   * words.
   */
  static List<LocalizedArticle> generated(int n, long seed) {
    Random random = new Random(seed);
    String[] topics = new String[20];
    String[][] words = new String[20][];
    for (int t = 0; t < topics.length; t++) {
      topics[t] = "topic" + (char) ('a' + t);
      words[t] = new String[12];
      for (int w = 0; w < words[t].length; w++) {
        words[t][w] = "word" + (char) ('a' + t) + (char) ('a' + w);
      }
    }
    Corpus.Builder[] builders = new Corpus.Builder[n];
    for (int i = 0; i < n; i++) {
      int count = 2 + random.nextInt(3);
      List<String> own = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      while (own.size() < count) {
        int t = random.nextInt(topics.length);
        if (!own.contains(topics[t])) {
          own.add(topics[t]);
          for (int w = 0; w < 30; w++) {
            text.append(words[t][random.nextInt(words[t].length)]).append(w % 9 == 8 ? ". " : " ");
          }
        }
      }
      String date = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650)).toString();
      builders[i] =
          article(String.format("article-%04d", i))
              .topics(own.toArray(String[]::new))
              .authors("author" + random.nextInt(40))
              .date(date)
              .text(text.toString());
    }
    return Corpus.of(builders);
  }
}
