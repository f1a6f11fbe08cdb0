package org.triglot.content;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourcePosition;
import org.triglot.lang.Language;

/**
 * The link phase: keeps the articles that this build publishes (and holds back translations marked
 * as drafts), orders them newest first (then by slug, so equal dates have a stable order), and
 * rejects files that would collide in the output: an article resource cannot take the name of the
 * page ({@code index.html}) that each edition is written to.
 */
public final class Linker {
  /** Newest first; equal dates by slug. The order of every listing, feed and archive. */
  public static final Comparator<Article> NEWEST_FIRST =
      Comparator.comparing(Article::date).reversed().thenComparing(Article::slug);

  private static final Set<String> RESERVED = Set.of("index.html");

  private Linker() {}

  /** The article without the translations marked {@code draft: true} (its original stays). */
  private static Article withoutDraftTranslations(Article article) {
    if (article.versions().values().stream()
        .noneMatch(v -> v.draft() && v.language() != article.primary())) {
      return article;
    }
    java.util.Map<Language, ArticleVersion> kept = new java.util.EnumMap<>(Language.class);
    article
        .versions()
        .forEach(
            (language, version) -> {
              if (language == article.primary() || !version.draft()) {
                kept.put(language, version);
              }
            });
    return new Article(
        article.slug(),
        article.folder(),
        article.primary(),
        article.date(),
        article.authorIds(),
        article.topicIds(),
        article.draft(),
        article.expires(),
        kept,
        article.resources());
  }

  public static Content link(Content content, PublishOptions options, Diagnostics diagnostics) {
    for (Article article : content.articles()) {
      for (String resource : article.resources()) {
        if (RESERVED.contains(resource)) {
          String path = "content/articles/" + article.slug() + "/" + resource;
          diagnostics.error(
              SourcePosition.file(path),
              "\"" + resource + "\" would overwrite the article's page",
              "rename the file; "
                  + Language.EN.fileName()
                  + " and the other language files become index.html");
        }
      }
    }
    List<Article> shown =
        content.articles().stream()
            .filter(options::shows)
            .map(article -> options.drafts() ? article : withoutDraftTranslations(article))
            .sorted(NEWEST_FIRST)
            .toList();
    return new Content(content.authors(), content.topics(), shown);
  }
}
