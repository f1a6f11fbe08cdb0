package org.triglot.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triglot.content.Alias;
import org.triglot.content.Topic;
import org.triglot.content.TranslationState;
import org.triglot.derive.Edition;
import org.triglot.derive.LocalizedArticle;
import org.triglot.lang.Language;
import org.triglot.lang.ReadingTime;

/**
 * The article pages of every language, the files each article folder brings (images), and the
 * redirect pages of its aliases (old slugs), with the {@code _redirects} file that hosts such as
 * Netlify read for them.
 */
final class ArticlePages {
  private final RenderContext context;

  ArticlePages(RenderContext context) {
    this.context = context;
  }

  List<PageSpec> specs() {
    List<PageSpec> specs = new ArrayList<>();
    StringBuilder redirects = new StringBuilder();
    for (LocalizedArticle article : context.publication.articles()) {
      Map<Language, String> paths = new LinkedHashMap<>();
      article
          .editions()
          .keySet()
          .forEach(l -> paths.put(l, context.paths.article(l, article.slug())));
      PageVersions versions = PageVersions.of(context.languages, paths);
      String lastmod = RenderContext.dateIso(article.article().schedule().lastModified());
      for (Edition edition : article.editions().values()) {
        Language language = edition.language();
        String path = versions.path(language);
        specs.add(
            PageSpec.listed(
                path, () -> page(article, edition, versions), edition.path(), versions, lastmod));
        for (String resource : article.article().resources()) {
          specs.add(PageSpec.plain(path + resource, () -> read(article, resource)));
        }
        for (Alias alias : article.article().shared().aliases()) {
          String old = context.paths.article(language, alias.slug());
          specs.add(PageSpec.plain(old, () -> redirect(edition, path)));
          redirects
              .append(context.paths.href(old))
              .append(' ')
              .append(context.paths.href(path))
              .append(" 301\n");
        }
      }
    }
    if (!redirects.isEmpty()) {
      byte[] file = redirects.toString().getBytes(StandardCharsets.UTF_8);
      specs.add(PageSpec.plain(context.paths.redirects(), () -> file));
    }
    return specs;
  }

  private byte[] page(LocalizedArticle article, Edition edition, PageVersions versions) {
    Language language = edition.language();
    List<Views.Link> topics = new ArrayList<>();
    for (String id : article.article().topicIds()) {
      Topic topic = context.publication.topics().get(id);
      topics.add(
          new Views.Link(
              topic.label().resolve(language),
              context.paths.href(context.paths.topic(language, id, 1))));
    }
    List<Views.ArticleItem> related = new ArrayList<>();
    for (LocalizedArticle other : context.related.relatedTo(article)) {
      if (other.has(language)) {
        related.add(context.item(other, language));
      }
    }
    ZonedDateTime date = article.article().date();
    Optional<ZonedDateTime> updated = article.article().schedule().updated();
    Views.ArticleView view =
        ViewsArticleViewBuilder.builder()
            .title(edition.title())
            .dateIso(RenderContext.dateIso(date))
            .dateText(context.dateText(language, date))
            .updatedIso(updated.map(RenderContext::dateIso).orElse(""))
            .updatedText(updated.map(u -> context.dateText(language, u)).orElse(""))
            .readingMinutes(
                ReadingTime.minutes(
                    edition.body().plainText(),
                    context.config.reading().wordsPerMinute(),
                    context.config.reading().charactersPerMinute()))
            .authors(context.authors(article, language))
            .bodyHtml(edition.body().html())
            .topics(topics)
            .related(related)
            .derivedFrom(edition.derivedFrom().map(Language::tag).orElse(""))
            .state(context.state(article))
            .stale(article.article().translationState(language) == TranslationState.STALE)
            .params(edition.params().values())
            .build();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put(
        "page",
        context.chrome(
            language,
            edition.title(),
            edition.summary(),
            versions,
            "article",
            false,
            preview(article, edition, versions, view, topics)));
    model.put("article", view);
    return context.html("article.ftlh", model, language);
  }

  /** The link preview and schema.org data of an article's page in one language. */
  private Views.Preview preview(
      LocalizedArticle article,
      Edition edition,
      PageVersions versions,
      Views.ArticleView view,
      List<Views.Link> topics) {
    Language language = edition.language();
    List<Previews.Person> authors = new ArrayList<>();
    List<String> authorIds = article.article().authorIds();
    for (int i = 0; i < authorIds.size(); i++) {
      Views.AuthorLink author = view.authors().get(i);
      authors.add(
          new Previews.Person(
              author.name(),
              author.title(),
              context.paths.absolute(context.paths.author(language, authorIds.get(i), 1))));
    }
    List<Previews.OtherEdition> others = new ArrayList<>();
    for (Language other : context.languages.all()) {
      if (!other.equals(language)) {
        versions
            .find(other)
            .ifPresent(
                path ->
                    others.add(
                        new Previews.OtherEdition(
                            context.paths.lang(other), context.paths.absolute(path))));
      }
    }
    Language original = article.article().primary();
    String originalUrl =
        original.equals(language)
            ? ""
            : versions.find(original).map(context.paths::absolute).orElse("");
    String basedOn =
        edition.derivedFrom().flatMap(versions::find).map(context.paths::absolute).orElse("");
    return Previews.article(
        new Previews.ArticleFacts(
            context.paths.lang(language),
            context.messages(language).get("site.title"),
            context.paths.absolute(context.paths.home(language, 1)),
            context.paths.absolute(versions.path(language)),
            edition.title(),
            edition.summary(),
            view.dateIso(),
            view.updatedIso().isEmpty() ? view.dateIso() : view.updatedIso(),
            authors,
            topics.stream().map(Views.Link::text).toList(),
            originalUrl,
            others,
            basedOn));
  }

  /** The page at an alias: sends the reader to the article's page, and tells search engines so. */
  private byte[] redirect(Edition edition, String target) {
    Views.Head head =
        ViewsHeadBuilder.builder()
            .lang(context.paths.lang(edition.language()))
            .title(edition.title())
            .robots("noindex")
            .canonical(context.paths.absolute(target))
            .stylesheet(context.assets.href("style.css"))
            .build();
    Views.RedirectView view =
        new Views.RedirectView(head, edition.title(), context.paths.href(target));
    return context.html("redirect.ftlh", Map.of("redirect", view), edition.language());
  }

  private static byte[] read(LocalizedArticle article, String resource) {
    try {
      return Files.readAllBytes(article.article().folder().resolve(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
