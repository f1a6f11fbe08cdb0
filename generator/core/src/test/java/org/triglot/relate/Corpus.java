package org.triglot.relate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triglot.content.Article;
import org.triglot.content.ArticleVersion;
import org.triglot.content.ArticleVersionBuilder;
import org.triglot.content.MarkdownSource;
import org.triglot.content.Schedule;
import org.triglot.content.SharedFields;
import org.triglot.derive.Edition;
import org.triglot.derive.LocalizedArticle;
import org.triglot.lang.Language;

/**
 * Hand-made articles for unit tests of the related index: a builder per article, English unless
 * told.
 */
final class Corpus {
  /** The moment the test index is built at. */
  static final ZonedDateTime NOW = ZonedDateTime.of(2026, 6, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  private Corpus() {}

  static Builder article(String slug) {
    return new Builder(slug);
  }

  /** One article under construction. */
  static final class Builder {
    private final String slug;
    private String date = "2024-01-01";
    private List<String> topics = List.of();
    private List<String> authors = List.of("ann");
    private String text = "";
    private String title;
    private Language language = Language.of("en");
    private boolean draft;

    private Builder(String slug) {
      this.slug = slug;
      this.title = slug;
    }

    Builder date(String isoDate) {
      this.date = isoDate;
      return this;
    }

    Builder topics(String... ids) {
      this.topics = List.of(ids);
      return this;
    }

    Builder authors(String... ids) {
      this.authors = List.of(ids);
      return this;
    }

    Builder title(String title) {
      this.title = title;
      return this;
    }

    Builder text(String text) {
      this.text = text;
      return this;
    }

    /** Written only in {@code language} (with the text given). */
    Builder onlyIn(Language language) {
      this.language = language;
      return this;
    }

    Builder draft() {
      this.draft = true;
      return this;
    }

    LocalizedArticle build() {
      ZonedDateTime when = ZonedDateTime.of(LocalDate.parse(date), LocalTime.NOON, ZoneOffset.UTC);
      String path = "content/articles/" + slug + "/" + language.fileName();
      ArticleVersion version =
          ArticleVersionBuilder.builder()
              .language(language)
              .body(new MarkdownSource(path, 5, text))
              .title(title)
              .build();
      Map<Language, ArticleVersion> versions = new LinkedHashMap<>();
      versions.put(language, version);
      Schedule schedule = new Schedule(when, Optional.empty(), Optional.empty(), draft);
      Article article =
          new Article(
              slug,
              Path.of("content/articles", slug),
              new SharedFields(language, schedule, authors, topics, List.of()),
              versions,
              List.of());
      Map<Language, Edition> editions = new LinkedHashMap<>();
      editions.put(
          language,
          new Edition(language, version, title, "", new Edition.Body("<p>" + text + "</p>", text)));
      return new LocalizedArticle(article, editions);
    }
  }

  /** The articles built, in the order the pipeline gives them: newest first, then by slug. */
  static List<LocalizedArticle> of(Builder... builders) {
    List<LocalizedArticle> articles = new ArrayList<>();
    for (Builder b : builders) {
      articles.add(b.build());
    }
    articles.sort(
        (a, b) -> {
          int byDate = b.article().date().compareTo(a.article().date());
          return byDate != 0 ? byDate : a.slug().compareTo(b.slug());
        });
    return articles;
  }
}
