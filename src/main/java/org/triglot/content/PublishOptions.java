package org.triglot.content;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Which articles a build shows: by default only those published at {@code now} (not drafts, not
 * dated in the future, not expired); {@code drafts} and {@code future} widen that for previews.
 */
public record PublishOptions(boolean drafts, boolean future, ZonedDateTime now) {
  public PublishOptions {
    Objects.requireNonNull(now, "now");
  }

  public boolean shows(Article article) {
    if (article.draft() && !drafts) {
      return false;
    }
    if (article.date().isAfter(now) && !future) {
      return false;
    }
    return article.expires().map(e -> e.isAfter(now)).orElse(true);
  }
}
