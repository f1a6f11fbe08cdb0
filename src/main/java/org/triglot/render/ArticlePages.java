package org.triglot.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triglot.content.Topic;
import org.triglot.content.TranslationState;
import org.triglot.derive.Edition;
import org.triglot.derive.LocalizedArticle;
import org.triglot.lang.Language;
import org.triglot.lang.ReadingTime;

/** The article pages of every language, and the files each article folder brings (images). */
final class ArticlePages {
  private final RenderContext context;

  ArticlePages(RenderContext context) {
    this.context = context;
  }

  List<PageSpec> specs() {
    List<PageSpec> specs = new ArrayList<>();
    for (LocalizedArticle article : context.publication.articles()) {
      Map<Language, String> versions = new EnumMap<>(Language.class);
      for (Language language : article.editions().keySet()) {
        versions.put(language, context.paths.article(language, article.slug()));
      }
      String xDefault = RenderContext.defaultVersion(versions);
      String lastmod = RenderContext.dateIso(article.article().date());
      for (Map.Entry<Language, Edition> entry : article.editions().entrySet()) {
        Language language = entry.getKey();
        Edition edition = entry.getValue();
        specs.add(
            new PageSpec(
                versions.get(language),
                () -> page(article, language, versions, xDefault),
                edition.version().path(),
                true,
                versions,
                xDefault,
                lastmod));
        for (String resource : article.article().resources()) {
          specs.add(
              PageSpec.plain(versions.get(language) + resource, () -> read(article, resource)));
        }
      }
    }
    return specs;
  }

  private byte[] page(
      LocalizedArticle article,
      Language language,
      Map<Language, String> versions,
      String xDefault) {
    Edition edition = article.find(language).orElseThrow();
    List<Views.Link> topics = new ArrayList<>();
    for (String id : article.article().topicIds()) {
      Topic topic = context.publication.topics().get(id);
      topics.add(
          new Views.Link(
              topic.label().resolve(language),
              context.paths.href(context.paths.topic(language, id, 1))));
    }
    List<Views.ArticleItem> related = new ArrayList<>();
    for (String slug : context.related.relatedTo(article.slug())) {
      LocalizedArticle other = context.article(slug);
      if (other != null && other.has(language)) {
        related.add(context.item(other, language));
      }
    }
    Views.ArticleView view =
        new Views.ArticleView(
            edition.version().title(),
            RenderContext.dateIso(article.article().date()),
            context.dateText(language, article.article().date()),
            ReadingTime.minutes(
                edition.body().plainText(),
                context.config.reading().wordsPerMinute(),
                context.config.reading().charactersPerMinute()),
            context.authors(article, language),
            edition.body().html(),
            topics,
            related,
            edition.isDerived() ? edition.version().basedOn().tag() : "",
            context.state(article),
            edition.version().isWritten()
                && article.article().translationState(language) == TranslationState.STALE);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put(
        "page",
        context.chrome(
            language,
            edition.version().title(),
            edition.summary(),
            versions,
            xDefault,
            "article",
            false));
    model.put("article", view);
    return context.html("article.ftlh", model, language);
  }

  private static byte[] read(LocalizedArticle article, String resource) {
    try {
      return Files.readAllBytes(article.article().folder().resolve(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
