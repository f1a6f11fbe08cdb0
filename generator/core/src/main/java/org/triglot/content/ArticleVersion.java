package org.triglot.content;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Objects;
import org.triglot.lang.Language;

/**
 * One language file of an article ({@code <lang>.md}), as a person wrote it: its title, its summary
 * ("" when the front matter gives none), its Markdown body, its {@code source} stamp (the version
 * of the original a translation was made from, see {@link SourceStamp}; "" when it has none), its
 * own {@code draft} flag (on a translation it holds back that language only) and the params
 * templates see. Made with {@link #builder}, so that no two texts can be swapped.
 */
@RecordBuilder
public record ArticleVersion(
    Language language,
    String title,
    String summary,
    MarkdownSource body,
    String sourceStamp,
    boolean draft,
    Params params) {

  public ArticleVersion {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(title, "title");
    summary = Objects.requireNonNullElse(summary, "");
    Objects.requireNonNull(body, "body");
    sourceStamp = Objects.requireNonNullElse(sourceStamp, "");
    params = Objects.requireNonNullElse(params, Params.none());
    if (title.isBlank()) {
      throw new IllegalArgumentException("a version needs a title: " + body.path());
    }
  }

  public boolean hasSummary() {
    return !summary.isBlank();
  }

  /** Where the file is, relative to the site folder. */
  public String path() {
    return body.path();
  }
}
