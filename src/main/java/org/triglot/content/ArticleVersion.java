package org.triglot.content;

import java.util.Objects;
import org.triglot.lang.Language;

/**
 * One language file of an article ({@code <lang>.md}), as a person wrote it: its title, its summary
 * ("" when the front matter gives none), its Markdown body, its {@code source} stamp (the version
 * of the original a translation was made from, see {@link SourceStamp}; "" when it has none), its
 * own {@code draft} flag (on a translation it holds back that language only) and the params
 * templates see. Made with {@link #builder}, so that no two texts can be swapped.
 */
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
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(sourceStamp, "sourceStamp");
    Objects.requireNonNull(params, "params");
    if (title.isBlank()) {
      throw new IllegalArgumentException("a version needs a title: " + body.path());
    }
  }

  public static Builder builder(Language language, MarkdownSource body) {
    return new Builder(language, body);
  }

  public boolean hasSummary() {
    return !summary.isBlank();
  }

  /** Where the file is, relative to the site folder. */
  public String path() {
    return body.path();
  }

  /** Named steps for a version; title is required, the rest has defaults. */
  public static final class Builder {
    private final Language language;
    private final MarkdownSource body;
    private String title = "";
    private String summary = "";
    private String sourceStamp = "";
    private boolean draft;
    private Params params = Params.none();

    private Builder(Language language, MarkdownSource body) {
      this.language = language;
      this.body = body;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder summary(String summary) {
      this.summary = summary;
      return this;
    }

    public Builder sourceStamp(String stamp) {
      this.sourceStamp = stamp;
      return this;
    }

    public Builder draft(boolean draft) {
      this.draft = draft;
      return this;
    }

    public Builder params(Params params) {
      this.params = params;
      return this;
    }

    public ArticleVersion build() {
      return new ArticleVersion(language, title, summary, body, sourceStamp, draft, params);
    }
  }
}
