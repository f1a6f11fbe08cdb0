package org.triglot.derive;

import java.util.Objects;
import org.triglot.content.ArticleVersion;
import org.triglot.markdown.RenderedMarkdown;

/**
 * A language version of an article ready for the page: its front matter, its rendered body and the
 * summary shown in listings and feeds (the front matter's {@code summary}, or the opening sentences
 * of the first paragraph).
 */
public record Edition(ArticleVersion version, RenderedMarkdown body, String summary) {
  public Edition {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(summary, "summary");
  }

  public boolean isDerived() {
    return version.isDerived();
  }
}
