package org.triglot.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.triglot.lang.Language;

/**
 * Where every article stands in every language, for translators: the original, a translation that
 * is present (stamped with the original's current stamp), stale, unstamped, derived by script
 * conversion (no file, the other Chinese script has one), or missing. Covers every article that was
 * loaded, drafts included, so work can start before publication.
 */
public record TranslationReport(List<Row> rows) {
  public TranslationReport {
    rows = List.copyOf(rows);
  }

  /** The status of one article version. */
  public enum Status {
    ORIGINAL("original"),
    PRESENT("present"),
    STALE("stale"),
    UNSTAMPED("unstamped"),
    DERIVED("derived"),
    MISSING("missing");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One article: its slug, its title in the original, its status per language. */
  public record Row(String slug, String title, boolean draft, Map<Language, Status> statuses) {
    public Row {
      EnumMap<Language, Status> copy = new EnumMap<>(Language.class);
      copy.putAll(statuses);
      statuses = java.util.Collections.unmodifiableMap(copy);
    }
  }

  public static TranslationReport of(Content content) {
    List<Row> rows = new ArrayList<>();
    for (Article article : content.articles()) {
      Map<Language, Status> statuses = new EnumMap<>(Language.class);
      for (Language language : Language.all()) {
        statuses.put(language, status(article, language));
      }
      rows.add(new Row(article.slug(), article.original().title(), article.draft(), statuses));
    }
    rows.sort(java.util.Comparator.comparing(Row::slug));
    return new TranslationReport(rows);
  }

  private static Status status(Article article, Language language) {
    return switch (article.translationState(language)) {
      case ORIGINAL -> Status.ORIGINAL;
      case CURRENT -> Status.PRESENT;
      case STALE -> Status.STALE;
      case UNSTAMPED -> Status.UNSTAMPED;
      case MISSING ->
          language.otherScript().filter(article::has).isPresent() ? Status.DERIVED : Status.MISSING;
    };
  }

  /** How many articles have each status in {@code language}. */
  public Map<Status, Integer> coverage(Language language) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status status : Status.values()) {
      counts.put(status, 0);
    }
    rows.forEach(row -> counts.merge(row.statuses().get(language), 1, Integer::sum));
    return counts;
  }

  public boolean hasStale() {
    return rows.stream().anyMatch(r -> r.statuses().containsValue(Status.STALE));
  }
}
