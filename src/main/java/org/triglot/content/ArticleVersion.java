package org.triglot.content;

import java.util.Objects;
import org.triglot.lang.Language;

/**
 * One language version of an article: written by a person (from {@code <lang>.md}) or derived by
 * script conversion from the other Chinese version. {@code summary} is empty when the front matter
 * gives none. {@code basedOn} is the version's own language when written, and the language it was
 * converted from when derived. {@code path} and {@code bodyLine} locate the Markdown that the body
 * comes from (for a derived version, the written file it was converted from). {@code sourceStamp}
 * is the translation's {@code source} field: the stamp of the original it was translated from (see
 * {@link SourceStamp}), or "" when it has none. {@code draft} is the file's own {@code draft} flag:
 * on a translation it holds back that language only.
 */
public record ArticleVersion(
    Language language,
    String title,
    String summary,
    String markdown,
    String path,
    int bodyLine,
    Language basedOn,
    String sourceStamp,
    boolean draft) {

  public ArticleVersion {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(markdown, "markdown");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(basedOn, "basedOn");
    Objects.requireNonNull(sourceStamp, "sourceStamp");
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
