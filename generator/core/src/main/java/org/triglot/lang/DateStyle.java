package org.triglot.lang;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Objects;

/**
 * Formats publication dates for one language with ICU4J, in the site's time zone, never the JVM's:
 * English {@code Apr 06, 2021}, Chinese {@code 2021年4月6日} (the pattern comes from the UI strings).
 * Safe for concurrent use.
 */
public final class DateStyle {
  private final Language language;
  private final String pattern;
  private final ZoneId zone;
  private final ThreadLocal<SimpleDateFormat> format;

  public DateStyle(Language language, String pattern, ZoneId zone) {
    this.language = Objects.requireNonNull(language, "language");
    this.pattern = Objects.requireNonNull(pattern, "pattern");
    this.zone = Objects.requireNonNull(zone, "zone");
    TimeZone icuZone = TimeZone.getTimeZone(zone.getId());
    new SimpleDateFormat(pattern, language.locale()); // fail early on a bad pattern
    this.format =
        ThreadLocal.withInitial(
            () -> {
              SimpleDateFormat f = new SimpleDateFormat(pattern, language.locale());
              f.setTimeZone(icuZone);
              if (f.getCalendar() instanceof GregorianCalendar gregorian) {
                // The proleptic Gregorian calendar of ISO dates and datetime attributes, also
                // before 1582 (ICU's default switches to the Julian calendar there).
                gregorian.setGregorianChange(new Date(Long.MIN_VALUE));
              }
              return f;
            });
  }

  public Language language() {
    return language;
  }

  public String pattern() {
    return pattern;
  }

  /** The date of {@code instant} as readers of this language expect it. */
  public String format(ZonedDateTime instant) {
    return format.get().format(Date.from(instant.withZoneSameInstant(zone).toInstant()));
  }
}
