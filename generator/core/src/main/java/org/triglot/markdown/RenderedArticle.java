package org.triglot.markdown;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.triglot.content.Article;
import org.triglot.content.ArticleVersion;
import org.triglot.lang.Language;

/**
 * What the Markdown phase hands the derive phase for one article: the article as loaded, and the
 * rendered body of each of its written versions.
 */
public record RenderedArticle(Article article, Map<Language, RenderedMarkdown> bodies) {
  public RenderedArticle {
    Objects.requireNonNull(article, "article");
    bodies = Collections.unmodifiableMap(new LinkedHashMap<>(bodies));
    if (!bodies.keySet().equals(article.versions().keySet())) {
      throw new IllegalArgumentException("article " + article.slug() + " needs a body per version");
    }
  }

  /** The rendered body of {@code version}, one of the article's written versions. */
  public RenderedMarkdown body(ArticleVersion version) {
    return bodies.get(version.language());
  }
}
