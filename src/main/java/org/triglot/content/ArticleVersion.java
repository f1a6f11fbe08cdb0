package org.triglot.content;

import java.util.Objects;
import org.triglot.lang.Language;

/**
 * One language version of an article: written by a person (from {@code <lang>.md}) or derived by
 * script conversion from the other Chinese version. {@code summary} is empty when the front matter
 * gives none. {@code basedOn} is the version's own language when written, and the language it was
 * converted from when derived. {@code path} and {@code bodyLine} locate the Markdown that the body
 * comes from (for a derived version, the written file it was converted from).
 */
public record ArticleVersion(
    Language language, String title, String summary, String markdown, String path, int bodyLine, Language basedOn) {

  public ArticleVersion {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(markdown, "markdown");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(basedOn, "basedOn");
    if (title.isBlank()) {
      throw new IllegalArgumentException("a version needs a title: " + path);
    }
  }

  /** True when a translator wrote this version; false when it was converted from another script. */
  public boolean isWritten() {
    return basedOn == language;
  }

  public boolean isDerived() {
    return !isWritten();
  }

  public boolean hasSummary() {
    return !summary.isBlank();
  }
}
