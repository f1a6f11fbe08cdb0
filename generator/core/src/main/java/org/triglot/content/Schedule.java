package org.triglot.content;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article is out, from its original's front matter: {@code date} (publication), {@code
 * updated} (last substantive change, never before {@code date}), {@code expires} and {@code draft}.
 * The rules "is it published", "is it a draft", "is it scheduled" are stated here and nowhere else.
 */
public record Schedule(
    ZonedDateTime date,
    Optional<ZonedDateTime> updated,
    Optional<ZonedDateTime> expires,
    boolean draft) {

  public Schedule {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(expires, "expires");
    if (updated.isPresent() && updated.get().isBefore(date)) {
      throw new IllegalArgumentException("updated before date: " + updated.get());
    }
  }

  /** Dated after {@code now}: shown only by previews and {@code --future} builds. */
  public boolean isScheduledAt(ZonedDateTime now) {
    return date.isAfter(now);
  }

  /** Past its {@code expires} date at {@code now}: shown by no build. */
  public boolean isExpiredAt(ZonedDateTime now) {
    return expires.map(e -> !e.isAfter(now)).orElse(false);
  }

  /** Out for every reader at {@code now}: not a draft, not scheduled, not expired. */
  public boolean isPublishedAt(ZonedDateTime now) {
    return !draft && !isScheduledAt(now) && !isExpiredAt(now);
  }

  /** The date of the last change: {@code updated}, else {@code date}. */
  public ZonedDateTime lastModified() {
    return updated.orElse(date);
  }
}
