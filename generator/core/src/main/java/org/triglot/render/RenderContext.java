package org.triglot.render;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.triglot.cache.Memo;
import org.triglot.config.SiteConfig;
import org.triglot.config.SitePaths;
import org.triglot.content.Author;
import org.triglot.content.Schedule;
import org.triglot.derive.Edition;
import org.triglot.derive.LocalizedArticle;
import org.triglot.derive.Publication;
import org.triglot.lang.DateStyle;
import org.triglot.lang.Language;
import org.triglot.lang.Languages;
import org.triglot.lang.Messages;
import org.triglot.relate.RelatedIndex;

/**
 * What every page builder shares: the publication, the URL layout, the templates, each language's
 * strings and date style, and the helpers that turn domain values into view records.
 */
final class RenderContext {
  private static final DateTimeFormatter RFC_3339 =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  final Publication publication;
  final Languages languages;
  final SiteConfig config;
  final SitePaths paths;
  final Templates templates;
  final RelatedIndex related;
  final Assets assets;
  final ZonedDateTime now;
  private final Memo<PageKey, byte[]> pages;
  private final Map<Language, DateStyle> dates = new LinkedHashMap<>();
  private final Map<String, String> formattedDates = new ConcurrentHashMap<>();

  RenderContext(
      Publication publication,
      SiteConfig config,
      Templates templates,
      RelatedIndex related,
      Assets assets,
      ZonedDateTime now,
      Memo<PageKey, byte[]> pages) {
    this.publication = publication;
    this.languages = publication.languages();
    this.now = now;
    this.pages = pages;
    this.config = config;
    this.paths = new SitePaths(config);
    this.templates = templates;
    this.related = related;
    this.assets = assets;
    for (Language language : languages.all()) {
      dates.put(
          language,
          new DateStyle(language, messages(language).get("date.format"), config.timeZone()));
    }
  }

  Messages messages(Language language) {
    return publication.messages(language);
  }

  /** The date as readers of {@code language} read it; each date is formatted once per build. */
  String dateText(Language language, ZonedDateTime date) {
    return formattedDates.computeIfAbsent(
        language.tag() + ' ' + date, key -> dates.get(language).format(date));
  }

  static String dateIso(ZonedDateTime date) {
    return date.toLocalDate().toString();
  }

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
    Edition edition = article.edition(language);
    return ViewsArticleItemBuilder.builder()
        .title(edition.title())
        .href(paths.href(paths.article(language, article.slug())))
        .dateIso(dateIso(article.article().date()))
        .dateText(dateText(language, article.article().date()))
        .authors(authors(article, language))
        .summary(edition.summary())
        .derived(edition.isDerived())
        .state(state(article))
        .build();
  }

  /** "draft" or "scheduled" for an article that only a preview shows, else "". */
  String state(LocalizedArticle article) {
    Schedule schedule = article.article().schedule();
    if (schedule.draft()) {
      return "draft";
    }
    return schedule.isScheduledAt(now) ? "scheduled" : "";
  }

  /**
   * The chrome of a page in {@code language} whose versions are {@code versions}: its head (title,
   * description, canonical and hreflang links), switcher and navigation.
   */
  Views.Chrome chrome(
      Language language,
      String title,
      String description,
      PageVersions versions,
      String section,
      boolean noindex) {
    if (noindex) {
      return chrome(language, title, description, versions, section, true, Views.Preview.NONE);
    }
    String siteTitle = messages(language).get("site.title");
    String url = paths.absolute(versions.path(language));
    String homeUrl = paths.absolute(paths.home(language, 1));
    List<String> others = new ArrayList<>();
    for (Language other : languages.all()) {
      if (!other.equals(language) && versions.find(other).isPresent()) {
        others.add(paths.lang(other));
      }
    }
    Views.Preview preview =
        Previews.collection(
            paths.lang(language),
            siteTitle,
            title.isEmpty() ? siteTitle : title,
            url,
            homeUrl,
            paths.absolute(paths.search(language)),
            others,
            url.equals(homeUrl));
    return chrome(language, title, description, versions, section, false, preview);
  }

  /** As above, with the page's own link preview and structured data. */
  Views.Chrome chrome(
      Language language,
      String title,
      String description,
      PageVersions versions,
      String section,
      boolean noindex,
      Views.Preview preview) {
    Messages messages = messages(language);
    List<Views.SwitcherEntry> switcher = new ArrayList<>();
    for (Language other : languages.all()) {
      String href = versions.find(other).map(paths::href).orElse("");
      switcher.add(
          new Views.SwitcherEntry(
              other.switcherLabel(), paths.lang(other), href, other.equals(language)));
    }
    Views.Nav nav =
        ViewsNavBuilder.builder()
            .home(paths.href(paths.home(language, 1)))
            .topics(paths.href(paths.topicIndex(language)))
            .authors(paths.href(paths.authorIndex(language)))
            .archive(paths.href(paths.archive(language)))
            .feed(paths.href(paths.feed(language)))
            .search(paths.href(paths.search(language)))
            .section(section)
            .build();
    return ViewsChromeBuilder.builder()
        .lang(paths.lang(language))
        .fonts(language.fontKey())
        .siteTitle(messages.get("site.title"))
        .title(title)
        .description(description)
        .canonical(paths.absolute(versions.path(language)))
        .alternates(versions.alternates(paths))
        .switcher(switcher)
        .nav(nav)
        .stylesheet(assets.href("style.css"))
        .noindex(noindex)
        .preview(preview)
        .build();
  }

  /** A page through its template; a page whose model equals last build's is not rendered again. */
  byte[] html(String template, Map<String, Object> model, Language language) {
    return pages.get(
        new PageKey(template, language, model),
        key ->
            templates.render(template, model, messages(language)).getBytes(StandardCharsets.UTF_8));
  }
}
