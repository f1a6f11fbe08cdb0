package org.triglot.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triglot.lang.Language;
import org.triglot.lang.Languages;

/**
 * Where every article stands in every language of the site, for translators (see {@link
 * TranslationState}). Covers every article that was loaded, drafts included, so work can start
 * before publication.
 */
public record TranslationReport(Languages languages, List<Row> rows) {
  public TranslationReport {
    rows = List.copyOf(rows);
  }

  /** One article: its slug, its title in the original, its state per language. */
  public record Row(
      String slug, String title, boolean draft, Map<Language, TranslationState> states) {
    public Row {
      states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
    }

    public TranslationState state(Language language) {
      return states.get(language);
    }
  }

  public static TranslationReport of(Content content, Languages languages) {
    List<Row> rows = new ArrayList<>();
    for (Article article : content.articles()) {
      Map<Language, TranslationState> states = new LinkedHashMap<>();
      for (Language language : languages.all()) {
        states.put(language, article.translationState(language));
      }
      rows.add(
          new Row(article.slug(), article.original().title(), article.schedule().draft(), states));
    }
    rows.sort(Comparator.comparing(Row::slug));
    return new TranslationReport(languages, rows);
  }

  /** How many articles have each state in {@code language}. */
  public Map<TranslationState, Integer> coverage(Language language) {
    Map<TranslationState, Integer> counts = new EnumMap<>(TranslationState.class);
    for (TranslationState state : TranslationState.values()) {
      counts.put(state, 0);
    }
    rows.forEach(row -> counts.merge(row.state(language), 1, Integer::sum));
    return counts;
  }

  /** How many articles a person wrote in {@code language} (original or translation). */
  public int written(Language language) {
    return (int) rows.stream().filter(row -> row.state(language).isWritten()).count();
  }

  public boolean hasStale() {
    return rows.stream().anyMatch(r -> r.states().containsValue(TranslationState.STALE));
  }
}
