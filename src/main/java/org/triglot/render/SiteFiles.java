package org.triglot.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
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
    Map<Language, String> notFound = new EnumMap<>(Language.class);
    Language.all().forEach(l -> notFound.put(l, context.paths.notFound(l)));
    for (Language language : Language.all()) {
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
                        context.paths.rootNotFound(),
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

  /**
   * A site-wide page offering every language, each with its heading ({@code headingKey}) and a line
   * of text ({@code textKey}): the chooser, titled with every site title and with the homes as
   * alternates, or the 404 page, titled with every heading and noindex.
   */
  private byte[] rootPage(
      String template, String headingKey, String textKey, String path, boolean chooser) {
    List<Views.LanguageChoice> choices = new ArrayList<>();
    List<Views.Alternate> alternates = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (Language language : Language.all()) {
      Messages messages = context.messages(language);
      titles.add(messages.get(chooser ? "site.title" : headingKey));
      String home = context.paths.home(language, 1);
      choices.add(
          new Views.LanguageChoice(
              language.tag(),
              messages.get("language.name"),
              messages.get("site.title"),
              context.paths.href(home),
              messages.get(headingKey),
              messages.get(textKey)));
      alternates.add(new Views.Alternate(language.tag(), context.paths.absolute(home)));
    }
    alternates.add(new Views.Alternate("x-default", context.paths.absolute(context.paths.root())));
    Language shownIn = Language.EN; // the language whose strings render the page
    Views.Head head =
        new Views.Head(
            shownIn.tag(),
            String.join(" · ", titles),
            "",
            chooser ? "" : "noindex",
            context.paths.absolute(path),
            chooser ? alternates : List.of(),
            List.of(),
            context.assets.href("style.css"));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("root", new Views.RootView(head, choices));
    return context.html(template, model, shownIn);
  }

  private byte[] feed(Language language) {
    List<LocalizedArticle> latest =
        context.publication.articlesIn(language).stream().limit(context.config.feedSize()).toList();
    List<Views.FeedEntry> entries = new ArrayList<>();
    for (LocalizedArticle article : latest) {
      Edition edition = article.find(language).orElseThrow();
      List<String> authors =
          context.authors(article, language).stream().map(Views.AuthorLink::name).toList();
      String url = context.paths.absolute(context.paths.article(language, article.slug()));
      entries.add(
          new Views.FeedEntry(
              edition.version().title(),
              url,
              RenderContext.timestamp(article.article().date()),
              authors,
              edition.summary(),
              FeedHtml.withAbsoluteUrls(edition.body().html(), url)));
    }
    String updated =
        latest.isEmpty()
            ? "1970-01-01T00:00:00Z"
            : RenderContext.timestamp(latest.get(0).article().date());
    Messages messages = context.messages(language);
    Views.FeedView view =
        new Views.FeedView(
            language.tag(),
            messages.get("site.title"),
            context.paths.absolute(context.paths.home(language, 1)),
            context.paths.absolute(context.paths.feed(language)),
            context.paths.absolute(context.paths.home(language, 1)),
            updated,
            entries);
    return context
        .templates
        .render("feed.ftlx", Map.of("feed", view), messages)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The sitemap of every page in {@code pages} that belongs in it, with reciprocal hreflang. */
  byte[] sitemap(List<PageSpec> pages) {
    List<Views.SitemapEntry> entries = new ArrayList<>();
    for (PageSpec page : pages) {
      if (!page.inSitemap()) {
        continue;
      }
      List<Views.Alternate> alternates = new ArrayList<>();
      page.versions()
          .forEach(
              (language, path) ->
                  alternates.add(
                      new Views.Alternate(language.tag(), context.paths.absolute(path))));
      alternates.add(new Views.Alternate("x-default", context.paths.absolute(page.xDefault())));
      entries.add(
          new Views.SitemapEntry(context.paths.absolute(page.path()), page.lastmod(), alternates));
    }
    List<Views.Alternate> homes = new ArrayList<>();
    for (Language language : Language.all()) {
      homes.add(
          new Views.Alternate(
              language.tag(), context.paths.absolute(context.paths.home(language, 1))));
    }
    homes.add(new Views.Alternate("x-default", context.paths.absolute(context.paths.root())));
    entries.add(0, new Views.SitemapEntry(context.paths.absolute(context.paths.root()), "", homes));
    return context
        .templates
        .render(
            "sitemap.ftlx",
            Map.of("sitemap", new Views.SitemapView(entries)),
            context.messages(Language.EN))
        .getBytes(StandardCharsets.UTF_8);
  }
}
