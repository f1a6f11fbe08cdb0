package org.triglot.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.triglot.content.Author;
import org.triglot.content.Topic;
import org.triglot.derive.LocalizedArticle;
import org.triglot.lang.Collation;
import org.triglot.lang.IndexGroups;
import org.triglot.lang.Language;

/**
 * The listing pages of every language: the paginated home page, the topic index and one paginated
 * page per topic, the author index and one page per author, the archive by year. A listing exists
 * in a language when it has articles there (the home page always does), and its hreflang group is
 * the same listing, at the same page number, in the other languages.
 */
final class ListingPages {
  private final RenderContext context;

  ListingPages(RenderContext context) {
    this.context = context;
  }

  List<PageSpec> specs() {
    List<PageSpec> specs = new ArrayList<>();
    Map<Language, List<LocalizedArticle>> all = new LinkedHashMap<>();
    for (Language language : context.languages.all()) {
      all.put(language, context.publication.articlesIn(language));
    }
    specs.addAll(
        listing(
            "home",
            all,
            true,
            (l, p) -> context.paths.home(l, p),
            l -> context.messages(l).get("home.heading"),
            l -> "",
            "home",
            versions -> PageVersions.of(context.languages, versions, context.paths.root())));

    Map<String, Map<Language, List<LocalizedArticle>>> byTopic =
        group(all, a -> a.article().topicIds());
    for (Topic topic : context.publication.topics().values()) {
      Map<Language, List<LocalizedArticle>> lists = byTopic.getOrDefault(topic.id(), Map.of());
      specs.addAll(
          listing(
              "topic",
              lists,
              false,
              (l, p) -> context.paths.topic(l, topic.id(), p),
              topic.label()::resolve,
              l -> "",
              "topics",
              versions -> PageVersions.of(context.languages, versions)));
    }
    specs.addAll(topicIndexes(byTopic));

    Map<String, Map<Language, List<LocalizedArticle>>> byAuthor =
        group(all, a -> a.article().authorIds());
    for (Author author : context.publication.authors().values()) {
      Map<Language, List<LocalizedArticle>> lists = byAuthor.getOrDefault(author.id(), Map.of());
      specs.addAll(
          listing(
              "author",
              lists,
              false,
              (l, p) -> context.paths.author(l, author.id(), p),
              author.name()::resolve,
              author.title()::resolve,
              "authors",
              versions -> PageVersions.of(context.languages, versions)));
    }
    specs.addAll(authorIndexes(byAuthor));

    Map<String, Map<Language, List<LocalizedArticle>>> byYear =
        group(all, a -> List.of(String.valueOf(a.article().date().getYear())));
    for (Map.Entry<String, Map<Language, List<LocalizedArticle>>> year :
        new TreeMap<>(byYear).entrySet()) {
      int y = Integer.parseInt(year.getKey());
      specs.addAll(yearPages(y, year.getValue()));
    }
    specs.addAll(archiveIndexes(byYear));
    return specs;
  }

  /** Articles of each language grouped by keys (topic ids, author ids, years), order kept. */
  private static Map<String, Map<Language, List<LocalizedArticle>>> group(
      Map<Language, List<LocalizedArticle>> all, Function<LocalizedArticle, List<String>> keys) {
    Map<String, Map<Language, List<LocalizedArticle>>> groups = new LinkedHashMap<>();
    all.forEach(
        (language, articles) -> {
          for (LocalizedArticle article : articles) {
            for (String key : keys.apply(article)) {
              groups
                  .computeIfAbsent(key, k -> new LinkedHashMap<>())
                  .computeIfAbsent(language, l -> new ArrayList<>())
                  .add(article);
            }
          }
        });
    return groups;
  }

  private List<PageSpec> listing(
      String kind,
      Map<Language, List<LocalizedArticle>> lists,
      boolean alwaysExists,
      BiFunction<Language, Integer, String> pathOf,
      Function<Language, String> heading,
      Function<Language, String> intro,
      String section,
      Function<Map<Language, String>, PageVersions> versionsOf) {
    int size = context.config.pageSize();
    Map<Language, Integer> pageCounts = new LinkedHashMap<>();
    for (Language language : context.languages.all()) {
      int n = lists.getOrDefault(language, List.of()).size();
      if (n > 0 || alwaysExists) {
        pageCounts.put(language, Math.max(1, (n + size - 1) / size));
      }
    }
    List<PageSpec> specs = new ArrayList<>();
    pageCounts.forEach(
        (language, pages) -> {
          List<LocalizedArticle> articles = lists.getOrDefault(language, List.of());
          for (int page = 1; page <= pages; page++) {
            Map<Language, String> paths = new LinkedHashMap<>();
            for (Map.Entry<Language, Integer> other : pageCounts.entrySet()) {
              if (other.getValue() >= page) {
                paths.put(other.getKey(), pathOf.apply(other.getKey(), page));
              }
            }
            PageVersions versions = versionsOf.apply(paths);
            int current = page;
            int total = pages;
            List<LocalizedArticle> slice =
                articles.subList(
                    Math.min((page - 1) * size, articles.size()),
                    Math.min(page * size, articles.size()));
            specs.add(
                PageSpec.listed(
                    versions.path(language),
                    () -> {
                      List<Views.ArticleItem> items =
                          slice.stream().map(a -> context.item(a, language)).toList();
                      Views.ListView view =
                          new Views.ListView(
                              kind,
                              heading.apply(language),
                              intro.apply(language),
                              items,
                              pager(
                                  current,
                                  total,
                                  p -> context.paths.href(pathOf.apply(language, p))));
                      String title =
                          current == 1
                              ? view.heading()
                              : context
                                  .messages(language)
                                  .format(
                                      "pager.titled",
                                      Map.of("title", view.heading(), "page", current));
                      Map<String, Object> model = new LinkedHashMap<>();
                      model.put(
                          "page", context.chrome(language, title, "", versions, section, false));
                      model.put("list", view);
                      return context.html("list.ftlh", model, language);
                    },
                    "",
                    versions,
                    ""));
          }
        });
    return specs;
  }

  /** Page links around the current page: first, last, and two either side, gaps as 0. */
  static Views.Pager pager(int current, int total, IntFunction<String> href) {
    List<Views.PageLink> links = new ArrayList<>();
    int last = 0;
    for (int p = 1; p <= total; p++) {
      if (p == 1 || p == total || Math.abs(p - current) <= 2) {
        if (last != 0 && p > last + 1) {
          links.add(new Views.PageLink(0, "", false));
        }
        links.add(new Views.PageLink(p, href.apply(p), p == current));
        last = p;
      }
    }
    return new Views.Pager(
        current,
        total,
        current > 1 ? href.apply(current - 1) : "",
        current < total ? href.apply(current + 1) : "",
        links);
  }

  private List<PageSpec> topicIndexes(Map<String, Map<Language, List<LocalizedArticle>>> byTopic) {
    return indexPages(
        context.paths::topicIndex,
        "topics",
        "topics.ftlh",
        language -> {
          List<Views.TopicEntry> entries = new ArrayList<>();
          for (Topic topic : context.publication.topics().values()) {
            int count =
                byTopic.getOrDefault(topic.id(), Map.of()).getOrDefault(language, List.of()).size();
            if (count > 0) {
              entries.add(
                  new Views.TopicEntry(
                      topic.label().resolve(language),
                      context.paths.href(context.paths.topic(language, topic.id(), 1)),
                      count));
            }
          }
          List<Views.TopicGroup> groups =
              IndexGroups.group(language, entries, Views.TopicEntry::label).stream()
                  .map(g -> new Views.TopicGroup(g.heading(), g.items()))
                  .toList();
          return Map.of("index", new Views.TopicIndexView(groups));
        },
        "topics.heading");
  }

  private List<PageSpec> authorIndexes(
      Map<String, Map<Language, List<LocalizedArticle>>> byAuthor) {
    return indexPages(
        context.paths::authorIndex,
        "authors",
        "authors.ftlh",
        language -> {
          List<Views.AuthorEntry> entries = new ArrayList<>();
          for (Author author : context.publication.authors().values()) {
            int count =
                byAuthor
                    .getOrDefault(author.id(), Map.of())
                    .getOrDefault(language, List.of())
                    .size();
            if (count > 0) {
              entries.add(
                  new Views.AuthorEntry(
                      author.name().resolve(language),
                      author.title().resolve(language),
                      context.paths.href(context.paths.author(language, author.id(), 1)),
                      count));
            }
          }
          entries.sort((a, b) -> Collation.of(language).compare(a.name(), b.name()));
          return Map.of("index", new Views.AuthorIndexView(entries));
        },
        "authors.heading");
  }

  private List<PageSpec> archiveIndexes(Map<String, Map<Language, List<LocalizedArticle>>> byYear) {
    return indexPages(
        context.paths::archive,
        "archive",
        "archive.ftlh",
        language -> {
          List<Views.YearEntry> years = new ArrayList<>();
          for (String year : new TreeMap<>(byYear).descendingKeySet()) {
            int count = byYear.get(year).getOrDefault(language, List.of()).size();
            if (count > 0) {
              int y = Integer.parseInt(year);
              years.add(
                  new Views.YearEntry(
                      y, context.paths.href(context.paths.archiveYear(language, y)), count));
            }
          }
          return Map.of("archive", new Views.ArchiveView(years));
        },
        "archive.heading");
  }

  private List<PageSpec> yearPages(int year, Map<Language, List<LocalizedArticle>> lists) {
    Map<Language, String> paths = new LinkedHashMap<>();
    lists
        .keySet()
        .forEach(language -> paths.put(language, context.paths.archiveYear(language, year)));
    PageVersions versions = PageVersions.of(context.languages, paths);
    List<PageSpec> specs = new ArrayList<>();
    lists.forEach(
        (language, articles) ->
            specs.add(
                PageSpec.listed(
                    versions.path(language),
                    () -> {
                      String heading =
                          context
                              .messages(language)
                              .format("archive.year", Map.of("year", String.valueOf(year)));
                      Views.ListView view =
                          new Views.ListView(
                              "year",
                              heading,
                              "",
                              articles.stream().map(a -> context.item(a, language)).toList(),
                              pager(1, 1, p -> ""));
                      Map<String, Object> model = new LinkedHashMap<>();
                      model.put(
                          "page",
                          context.chrome(language, heading, "", versions, "archive", false));
                      model.put("list", view);
                      return context.html("list.ftlh", model, language);
                    },
                    "",
                    versions,
                    "")));
    return specs;
  }

  /** One page in every language of the site: topic index, author index, archive. */
  private List<PageSpec> indexPages(
      Function<Language, String> pathOf,
      String section,
      String template,
      Function<Language, Map<String, Object>> content,
      String headingKey) {
    Map<Language, String> paths = new LinkedHashMap<>();
    context.languages.all().forEach(language -> paths.put(language, pathOf.apply(language)));
    PageVersions versions = PageVersions.of(context.languages, paths);
    List<PageSpec> specs = new ArrayList<>();
    for (Language language : context.languages.all()) {
      specs.add(
          PageSpec.listed(
              versions.path(language),
              () -> {
                Map<String, Object> model = new LinkedHashMap<>(content.apply(language));
                model.put(
                    "page",
                    context.chrome(
                        language,
                        context.messages(language).get(headingKey),
                        "",
                        versions,
                        section,
                        false));
                return context.html(template, model, language);
              },
              "",
              versions,
              ""));
    }
    return specs;
  }
}
