package org.triglot.render;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.triglot.cache.Memo;
import org.triglot.config.SiteConfig;
import org.triglot.config.SitePaths;
import org.triglot.content.Author;
import org.triglot.derive.Edition;
import org.triglot.derive.LocalizedArticle;
import org.triglot.derive.Publication;
import org.triglot.lang.DateStyle;
import org.triglot.lang.Language;
import org.triglot.lang.Messages;
import org.triglot.relate.RelatedIndex;

/**
 * What every page builder shares: the publication, the URL layout, the templates, each language's
 * strings and date style, and the helpers that turn domain values into view records.
 */
final class RenderContext {
  final Publication publication;
  final SiteConfig config;
  final SitePaths paths;
  final Templates templates;
  final RelatedIndex related;
  final Assets assets;
  final ZonedDateTime now;
  private final Memo<PageKey, byte[]> pages;
  private final Map<Language, DateStyle> dates = new EnumMap<>(Language.class);
  private final Map<String, String> formattedDates = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, LocalizedArticle> bySlug = new java.util.HashMap<>();

  RenderContext(
      Publication publication,
      SiteConfig config,
      Templates templates,
      RelatedIndex related,
      Assets assets,
      ZonedDateTime now,
      Memo<PageKey, byte[]> pages) {
    this.publication = publication;
    this.now = now;
    this.pages = pages;
    this.config = config;
    this.paths = new SitePaths(config);
    this.templates = templates;
    this.related = related;
    this.assets = assets;
    for (Language language : Language.all()) {
      dates.put(
          language,
          new DateStyle(language, messages(language).get("date.format"), config.timeZone()));
    }
    for (LocalizedArticle article : publication.articles()) {
      bySlug.put(article.slug(), article);
    }
  }

  Messages messages(Language language) {
    return publication.messages(language);
  }

  LocalizedArticle article(String slug) {
    return bySlug.get(slug);
  }

  /** The date as readers of {@code language} read it; each date is formatted once per build. */
  String dateText(Language language, ZonedDateTime date) {
    return formattedDates.computeIfAbsent(
        language.tag() + ' ' + date, key -> dates.get(language).format(date));
  }

  static String dateIso(ZonedDateTime date) {
    return date.toLocalDate().toString();
  }

  private static final DateTimeFormatter RFC_3339 =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", java.util.Locale.ROOT);

  /** An RFC 3339 timestamp with seconds and offset, as Atom requires. */
  static String timestamp(ZonedDateTime date) {
    return date.toOffsetDateTime().format(RFC_3339);
  }

  List<Views.AuthorLink> authors(LocalizedArticle article, Language language) {
    List<Views.AuthorLink> links = new ArrayList<>();
    for (String id : article.article().authorIds()) {
      Author author = publication.authors().get(id);
      links.add(
          new Views.AuthorLink(
              author.name().resolve(language),
              author.title().resolve(language),
              paths.href(paths.author(language, id, 1))));
    }
    return links;
  }

  Views.ArticleItem item(LocalizedArticle article, Language language) {
    Edition edition = article.find(language).orElseThrow();
    return new Views.ArticleItem(
        edition.version().title(),
        paths.href(paths.article(language, article.slug())),
        dateIso(article.article().date()),
        dateText(language, article.article().date()),
        authors(article, language),
        edition.summary(),
        edition.isDerived(),
        state(article));
  }

  /** "draft" or "scheduled" for an article that only a preview shows, else "". */
  String state(LocalizedArticle article) {
    if (article.article().draft()) {
      return "draft";
    }
    return article.article().date().isAfter(now) ? "scheduled" : "";
  }

  /**
   * The chrome of a page in {@code language} whose versions are {@code versions} (language to site
   * path). {@code xDefault} is the path hreflang x-default points to.
   */
  Views.Chrome chrome(
      Language language,
      String title,
      String description,
      Map<Language, String> versions,
      String xDefault,
      String section,
      boolean noindex) {
    Messages messages = messages(language);
    String self = versions.get(language);
    List<Views.Alternate> alternates = new ArrayList<>();
    List<Views.SwitcherEntry> switcher = new ArrayList<>();
    for (Language other : Language.all()) {
      String path = versions.get(other);
      if (path != null) {
        alternates.add(new Views.Alternate(other.tag(), paths.absolute(path)));
      }
      switcher.add(
          new Views.SwitcherEntry(
              other.switcherLabel(),
              other.tag(),
              path == null ? "" : paths.href(path),
              other == language));
    }
    alternates.add(new Views.Alternate("x-default", paths.absolute(xDefault)));
    Views.Nav nav =
        new Views.Nav(
            paths.href(paths.home(language, 1)),
            paths.href(paths.topicIndex(language)),
            paths.href(paths.authorIndex(language)),
            paths.href(paths.archive(language)),
            paths.href(paths.feed(language)),
            section);
    return new Views.Chrome(
        language.tag(),
        messages.get("site.title"),
        title,
        description,
        paths.absolute(self),
        alternates,
        switcher,
        nav,
        assets.href("style.css"),
        noindex);
  }

  /** x-default of a page group: its English version, else the first language that has it. */
  static String defaultVersion(Map<Language, String> versions) {
    for (Language language : Language.all()) {
      if (versions.containsKey(language)) {
        return versions.get(language);
      }
    }
    throw new IllegalArgumentException("a page needs at least one version");
  }

  /** A page through its template; a page whose model equals last build's is not rendered again. */
  byte[] html(String template, Map<String, Object> model, Language language) {
    return pages.get(
        new PageKey(template, language, model),
        key ->
            templates
                .render(template, model, messages(language))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
