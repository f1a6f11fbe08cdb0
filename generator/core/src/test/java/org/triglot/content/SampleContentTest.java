package org.triglot.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.triglot.config.SiteSources;
import org.triglot.diag.Diagnostics;
import org.triglot.lang.Language;
import org.triglot.lang.Languages;

/** The publication's own content loads cleanly and covers what a real trilingual site has. */
class SampleContentTest {
  private static final Content CONTENT;
  private static final Diagnostics DIAGNOSTICS = new Diagnostics();

  static {
    CONTENT =
        ContentLoader.load(
            SiteSources.of(Path.of("")),
            Languages.standard(),
            ZoneId.of("Asia/Taipei"),
            DIAGNOSTICS);
  }

  private static List<Article> published() {
    return CONTENT.articles().stream().filter(a -> !a.schedule().draft()).toList();
  }

  @Test
  void loadsWithoutErrorsOrWarnings() {
    assertEquals(List.of(), DIAGNOSTICS.all());
  }

  @Test
  void hasAtLeastTwelveArticlesOnEightTopicsBySixTitledAuthorsOverSeveralYears() {
    assertTrue(published().size() >= 12, "articles: " + published().size());
    Set<String> topics =
        published().stream().flatMap(a -> a.topicIds().stream()).collect(Collectors.toSet());
    assertTrue(topics.size() >= 8, "topics used: " + topics);
    Set<String> authors =
        published().stream().flatMap(a -> a.authorIds().stream()).collect(Collectors.toSet());
    assertTrue(authors.size() >= 6, "authors: " + authors);
    for (String id : authors) {
      assertTrue(CONTENT.authors().get(id).title().has(Language.of("en")), id + " has no title");
    }
    Set<Integer> years =
        published().stream().map(a -> a.date().getYear()).collect(Collectors.toSet());
    assertTrue(years.size() >= 4, "years: " + years);
  }

  @Test
  void coversEveryLanguageShape() {
    long hans = published().stream().filter(a -> a.has(Language.of("zh-Hans"))).count();
    long hant = published().stream().filter(a -> a.has(Language.of("zh-Hant"))).count();
    assertTrue(hans >= 8, "articles with zh-Hans: " + hans);
    assertTrue(hant >= 4, "articles with hand-written zh-Hant: " + hant);
    assertTrue(
        published().stream().anyMatch(a -> a.versions().keySet().equals(Set.of(Language.of("en")))),
        "no English-only article");
    assertTrue(
        published().stream().anyMatch(a -> !a.has(Language.of("en"))), "no Chinese-only article");
  }
}
