package org.triglot.config;

import java.net.URI;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The publication's settings from {@code site.yaml} (every one optional): the base URL the site is
 * served from (a sub-path such as {@code https://example.org/commentary/} is allowed), the time zone
 * that dates are read and shown in, page sizes, and the related-articles count.
 */
public record SiteConfig(URI baseUrl, ZoneId timeZone, int pageSize, int feedSize, int relatedCount) {

  public static final URI DEFAULT_BASE_URL = URI.create("https://example.org/");

  public SiteConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(timeZone, "timeZone");
    if (!baseUrl.isAbsolute() || baseUrl.getHost() == null) {
      throw new IllegalArgumentException("base URL must be absolute: " + baseUrl);
    }
    String text = baseUrl.toString();
    if (!text.endsWith("/")) {
      baseUrl = URI.create(text + "/");
    }
    if (pageSize < 1 || feedSize < 1 || relatedCount < 0) {
      throw new IllegalArgumentException("page, feed and related sizes must be positive");
    }
  }

  public static SiteConfig defaults() {
    return new SiteConfig(DEFAULT_BASE_URL, ZoneId.of("UTC"), 20, 20, 5);
  }

  public SiteConfig withBaseUrl(URI url) {
    return new SiteConfig(url, timeZone, pageSize, feedSize, relatedCount);
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
