package org.triglot.content;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Which articles a build shows: by default only those published at {@code now} (see {@link
 * Schedule}); {@code drafts} and {@code future} widen that for previews. Expired articles are never
 * shown.
 */
public record PublishOptions(boolean drafts, boolean future, ZonedDateTime now) {
  public PublishOptions {
    Objects.requireNonNull(now, "now");
  }

  public boolean shows(Article article) {
    Schedule schedule = article.schedule();
    return (drafts || !schedule.draft())
        && (future || !schedule.isScheduledAt(now))
        && !schedule.isExpiredAt(now);
  }
}
