package org.triglot.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the dates of front matter: {@code 2021-04-06} (midnight in the site's time zone), {@code
 * 2021-04-06 09:30} or {@code 2021-04-06T09:30[:00]} (that time in the site's zone), or a full
 * timestamp with an offset, {@code 2021-04-06T09:30:00+08:00}.
 */
public final class PublicationDates {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern LOCAL =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?");

  private PublicationDates() {}

  public static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
    String value = text.strip();
    try {
      if (DATE.matcher(value).matches()) {
        return Optional.of(LocalDate.parse(value).atStartOfDay(zone));
      }
      if (LOCAL.matcher(value).matches()) {
        return Optional.of(LocalDateTime.parse(value.replace(' ', 'T')).atZone(zone));
      }
      return Optional.of(OffsetDateTime.parse(value.replace(' ', 'T')).atZoneSameInstant(zone));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
