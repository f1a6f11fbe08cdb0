package org.triglot.content;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourcePosition;
import org.triglot.lang.Language;

/**
 * The link phase: keeps the articles that this build publishes (and holds back translations marked
 * as drafts), orders them newest first (then by slug, so equal dates have a stable order), and
 * rejects what would collide in the output: an article resource cannot take the name of the page
 * ({@code index.html}) that each edition is written to, and an alias cannot be the slug of another
 * article or another article's alias.
 */
public final class Linker {
  /** Newest first; equal dates by slug. The order of every listing, feed and archive. */
  public static final Comparator<Article> NEWEST_FIRST =
      Comparator.comparing(Article::date).reversed().thenComparing(Article::slug);

  private static final Set<String> RESERVED = Set.of("index.html");

  private Linker() {}

  public static Content link(Content content, PublishOptions options, Diagnostics diagnostics) {
    for (Article article : content.articles()) {
      for (String resource : article.resources()) {
        if (RESERVED.contains(resource)) {
          String path = "content/articles/" + article.slug() + "/" + resource;
          diagnostics.error(
              SourcePosition.file(path),
              "\"" + resource + "\" would overwrite the article's page",
              "rename the file; every language's edition of the article is written to " + resource);
        }
      }
    }
    checkAliases(content.articles(), diagnostics);
    List<Article> shown =
        content.articles().stream()
            .filter(options::shows)
            .map(article -> options.drafts() ? article : withoutDraftTranslations(article))
            .sorted(NEWEST_FIRST)
            .toList();
    return new Content(content.authors(), content.topics(), shown);
  }

  /** The article without the translations marked {@code draft: true} (its original stays). */
  private static Article withoutDraftTranslations(Article article) {
    Map<Language, ArticleVersion> kept = new LinkedHashMap<>();
    article
        .versions()
        .forEach(
            (language, version) -> {
              if (language.equals(article.primary()) || !version.draft()) {
                kept.put(language, version);
              }
            });
    return kept.size() == article.versions().size() ? article : article.withVersions(kept);
  }

  /**
   * An alias redirects an old URL: it must not be the slug of an article (drafts included, which
   * will be published one day) nor another article's alias. The error names both files.
   */
  private static void checkAliases(List<Article> articles, Diagnostics diagnostics) {
    Map<String, Article> bySlug = new LinkedHashMap<>();
    articles.forEach(article -> bySlug.put(article.slug(), article));
    Map<String, Article> aliasOwners = new LinkedHashMap<>();
    for (Article article : articles.stream().sorted(Comparator.comparing(Article::slug)).toList()) {
      for (Alias alias : article.shared().aliases()) {
        Article live = bySlug.get(alias.slug());
        if (live != null) {
          diagnostics.error(
              alias.position(),
              "alias \"" + alias.slug() + "\" is the slug of the article " + live.original().path(),
              "an alias is an old URL of this article; remove it, or rename one of the articles");
          continue;
        }
        Article other = aliasOwners.putIfAbsent(alias.slug(), article);
        if (other != null && other != article) {
          Alias first =
              other.shared().aliases().stream()
                  .filter(a -> a.slug().equals(alias.slug()))
                  .findFirst()
                  .orElseThrow();
          diagnostics.error(
              alias.position(),
              "alias \""
                  + alias.slug()
                  + "\" is also an alias of "
                  + first.position().path()
                  + ":"
                  + first.position().line(),
              "an old URL can redirect to one article only; remove one of the aliases");
        }
      }
    }
  }
}
