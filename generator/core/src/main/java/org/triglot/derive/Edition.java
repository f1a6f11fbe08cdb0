package org.triglot.derive;

import java.util.Objects;
import java.util.Optional;
import org.triglot.content.ArticleVersion;
import org.triglot.content.Params;
import org.triglot.lang.Language;

/**
 * One language edition of an article, ready for its page: its title, the summary shown in listings
 * and feeds (the front matter's {@code summary}, or the opening sentences of the first paragraph),
 * its body, and the written version it comes from: its own file, or, for a derived edition, the
 * file of the other script it was converted from.
 */
public record Edition(
    Language language, ArticleVersion source, String title, String summary, Body body) {

  /** A rendered body: its HTML, and its prose as plain text (reading time, related articles). */
  public record Body(String html, String plainText) {
    public Body {
      Objects.requireNonNull(html, "html");
      Objects.requireNonNull(plainText, "plainText");
    }
  }

  public Edition {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(body, "body");
  }

  /** True when converted from another script's file rather than written by a person. */
  public boolean isDerived() {
    return !source.language().equals(language);
  }

  /** The language it was converted from, for a derived edition. */
  public Optional<Language> derivedFrom() {
    return isDerived() ? Optional.of(source.language()) : Optional.empty();
  }

  /** The content file the edition comes from, for diagnostics. */
  public String path() {
    return source.path();
  }

  /** The front-matter fields Triglot does not read, for templates. */
  public Params params() {
    return source.params();
  }
}
