package org.triglot.config;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import org.triglot.lang.ChineseConversion;
import org.triglot.lang.Languages;

/**
 * The publication's settings from {@code site.yaml} (every one optional): the base URL the site is
 * served from (a sub-path such as {@code https://example.org/commentary/} is allowed), the time
 * zone that dates are read and shown in, the languages it publishes, page sizes, how
 * related-article lists are made, reading speeds, summary lengths, how long a page may take to
 * render, and how Chinese is converted between its scripts.
 */
public record SiteConfig(
    URI baseUrl,
    ZoneId timeZone,
    Languages languages,
    Listings listings,
    RelatedSettings related,
    Reading reading,
    Summaries summaries,
    Duration renderTimeLimit,
    ChineseConversion conversion) {

  public static final URI DEFAULT_BASE_URL = URI.create("https://example.org/");

  public SiteConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(languages, "languages");
    Objects.requireNonNull(listings, "listings");
    Objects.requireNonNull(related, "related");
    if (!baseUrl.isAbsolute() || baseUrl.getHost() == null) {
      throw new IllegalArgumentException("base URL must be absolute: " + baseUrl);
    }
    String text = baseUrl.toString();
    if (!text.endsWith("/")) {
      baseUrl = URI.create(text + "/");
    }
    Objects.requireNonNull(reading, "reading");
    Objects.requireNonNull(summaries, "summaries");
    Objects.requireNonNull(renderTimeLimit, "renderTimeLimit");
    if (renderTimeLimit.isNegative() || renderTimeLimit.isZero()) {
      throw new IllegalArgumentException("the render time limit must be positive");
    }
    Objects.requireNonNull(conversion, "conversion");
  }

  /** How long one page may take to render before it is stopped with an error. */
  public static final Duration DEFAULT_RENDER_TIME_LIMIT = Duration.ofSeconds(10);

  /** Articles per listing page, and in each language's feed. */
  public record Listings(int pageSize, int feedSize) {
    public static final Listings DEFAULT = new Listings(20, 20);

    public Listings {
      if (pageSize < 1 || feedSize < 1) {
        throw new IllegalArgumentException("page and feed sizes must be positive");
      }
    }
  }

  /**
   * Reading speeds for the reading time: words a minute for alphabetic text, characters for CJK.
   */
  public record Reading(int wordsPerMinute, int charactersPerMinute) {
    public static final Reading DEFAULT = new Reading(230, 400);

    public Reading {
      if (wordsPerMinute < 1 || charactersPerMinute < 1) {
        throw new IllegalArgumentException("reading speeds must be positive");
      }
    }
  }

  /** The longest summary made from a first paragraph: words for English, characters for Chinese. */
  public record Summaries(int words, int characters) {
    public static final Summaries DEFAULT = new Summaries(55, 110);

    public Summaries {
      if (words < 1 || characters < 1) {
        throw new IllegalArgumentException("summary lengths must be positive");
      }
    }
  }

  public static SiteConfig defaults() {
    return new SiteConfig(
        DEFAULT_BASE_URL,
        ZoneId.of("UTC"),
        Languages.standard(),
        Listings.DEFAULT,
        RelatedSettings.DEFAULTS,
        Reading.DEFAULT,
        Summaries.DEFAULT,
        DEFAULT_RENDER_TIME_LIMIT,
        ChineseConversion.DEFAULT);
  }

  public SiteConfig withBaseUrl(URI url) {
    return new SiteConfig(
        url,
        timeZone,
        languages,
        listings,
        related,
        reading,
        summaries,
        renderTimeLimit,
        conversion);
  }

  public int pageSize() {
    return listings.pageSize();
  }

  public int feedSize() {
    return listings.feedSize();
  }

  /** The path part of the base URL, always starting and ending with "/": "/" or "/commentary/". */
  public String basePath() {
    String path = baseUrl.getRawPath();
    if (path == null || path.isEmpty()) {
      return "/";
    }
    return path.endsWith("/") ? path : path + "/";
  }
}
