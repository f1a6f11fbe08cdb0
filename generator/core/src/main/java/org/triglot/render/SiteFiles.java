package org.triglot.render;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triglot.derive.Edition;
import org.triglot.derive.LocalizedArticle;
import org.triglot.lang.Language;
import org.triglot.lang.Messages;

/**
 * The files around the pages: the root page where a reader picks a language, the 404 pages, one
 * Atom feed per language, robots.txt, the sitemap, and the fingerprinted assets.
 */
final class SiteFiles {
  private final RenderContext context;

  SiteFiles(RenderContext context) {
    this.context = context;
  }

  List<PageSpec> specs() {
    List<PageSpec> specs = new ArrayList<>();
    specs.add(
        PageSpec.plain(
            context.paths.root(),
            () ->
                rootPage("root.ftlh", "root.heading", "site.tagline", context.paths.root(), true)));
    specs.add(
        PageSpec.plain(
            context.paths.rootNotFound(),
            () ->
                rootPage(
                    "root-404.ftlh",
                    "notFound.heading",
                    "notFound.message",
                    context.paths.rootNotFound(),
                    false)));
    Map<Language, String> notFoundPaths = new LinkedHashMap<>();
    context.languages.all().forEach(l -> notFoundPaths.put(l, context.paths.notFound(l)));
    PageVersions notFound =
        PageVersions.of(context.languages, notFoundPaths, context.paths.rootNotFound());
    for (Language language : context.languages.all()) {
      specs.add(
          PageSpec.plain(
              context.paths.notFound(language),
              () -> {
                Map<String, Object> model = new LinkedHashMap<>();
                model.put(
                    "page",
                    context.chrome(
                        language,
                        context.messages(language).get("notFound.heading"),
                        "",
                        notFound,
                        "",
                        true));
                return context.html("404.ftlh", model, language);
              }));
      specs.add(PageSpec.plain(context.paths.feed(language), () -> feed(language)));
    }
    specs.add(
        PageSpec.plain(
            context.paths.robots(),
            () ->
                ("User-agent: *\nAllow: /\n\nSitemap: "
                        + context.paths.absolute(context.paths.sitemap())
                        + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
    for (Assets.Asset asset : context.assets.all()) {
      specs.add(PageSpec.plain(context.paths.asset(asset.publishedName()), asset::bytes));
    }
    return specs;
  }

  /** The home pages of every language, with x-default at the root chooser. */
  private PageVersions homes() {
    Map<Language, String> homes = new LinkedHashMap<>();
    context.languages.all().forEach(l -> homes.put(l, context.paths.home(l, 1)));
    return PageVersions.of(context.languages, homes, context.paths.root());
  }

  /**
   * A site-wide page offering every language, each with a heading ({@code headingKey}) and a line
   * of text ({@code textKey}) in its own strings: the root chooser ({@code chooser}, titled with
   * every site title and linked to every home page by hreflang) or the root 404 page (titled with
   * every heading, noindex). The rest of the page is in the site's first language.
   */
  private byte[] rootPage(
      String template, String headingKey, String textKey, String path, boolean chooser) {
    List<Views.LanguageChoice> choices = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (Language language : context.languages.all()) {
      Messages messages = context.messages(language);
      titles.add(messages.get(chooser ? "site.title" : headingKey));
      choices.add(
          ViewsLanguageChoiceBuilder.builder()
              .lang(context.paths.lang(language))
              .label(messages.get("language.name"))
              .siteTitle(messages.get("site.title"))
              .href(context.paths.href(context.paths.home(language, 1)))
              .heading(messages.get(headingKey))
              .tagline(messages.get(textKey))
              .build());
    }
    Language shownIn = context.languages.first();
    Views.Head head =
        ViewsHeadBuilder.builder()
            .lang(context.paths.lang(shownIn))
            .title(String.join(" · ", titles))
            .robots(chooser ? "" : "noindex")
            .canonical(context.paths.absolute(path))
            .alternates(chooser ? homes().alternates(context.paths) : List.of())
            .stylesheet(context.assets.href("style.css"))
            .build();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("root", new Views.RootView(head, choices));
    return context.html(template, model, shownIn);
  }

  private byte[] feed(Language language) {
    List<LocalizedArticle> latest =
        context.publication.articlesIn(language).stream().limit(context.config.feedSize()).toList();
    List<Views.FeedEntry> entries = new ArrayList<>();
    for (LocalizedArticle article : latest) {
      Edition edition = article.edition(language);
      List<String> authors =
          context.authors(article, language).stream().map(Views.AuthorLink::name).toList();
      String url = context.paths.absolute(context.paths.article(language, article.slug()));
      entries.add(
          ViewsFeedEntryBuilder.builder()
              .title(edition.title())
              .href(url)
              .published(RenderContext.timestamp(article.article().date()))
              .updated(RenderContext.timestamp(article.article().schedule().lastModified()))
              .authors(authors)
              .summary(edition.summary())
              .contentHtml(FeedHtml.withAbsoluteUrls(edition.body().html(), url))
              .build());
    }
    String updated =
        latest.stream()
            .map(a -> a.article().schedule().lastModified())
            .max(Comparator.<ZonedDateTime>naturalOrder())
            .map(RenderContext::timestamp)
            .orElse("1970-01-01T00:00:00Z");
    Messages messages = context.messages(language);
    Views.FeedView view =
        ViewsFeedViewBuilder.builder()
            .lang(context.paths.lang(language))
            .title(messages.get("site.title"))
            .id(context.paths.absolute(context.paths.home(language, 1)))
            .self(context.paths.absolute(context.paths.feed(language)))
            .home(context.paths.absolute(context.paths.home(language, 1)))
            .updated(updated)
            .entries(entries)
            .build();
    return context
        .templates
        .render("feed.ftlx", Map.of("feed", view), messages)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The sitemap of every page in {@code pages} that belongs in it, with reciprocal hreflang. */
  byte[] sitemap(List<PageSpec> pages) {
    List<Views.SitemapEntry> entries = new ArrayList<>();
    entries.add(
        new Views.SitemapEntry(
            context.paths.absolute(context.paths.root()), "", homes().alternates(context.paths)));
    for (PageSpec page : pages) {
      page.sitemap()
          .ifPresent(
              listed ->
                  entries.add(
                      new Views.SitemapEntry(
                          context.paths.absolute(page.path()),
                          listed.lastmod(),
                          listed.versions().alternates(context.paths))));
    }
    return context
        .templates
        .render(
            "sitemap.ftlx",
            Map.of("sitemap", new Views.SitemapView(entries)),
            context.messages(context.languages.first()))
        .getBytes(StandardCharsets.UTF_8);
  }
}
