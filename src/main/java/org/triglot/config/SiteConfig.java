package org.triglot.config;

import java.net.URI;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The publication's settings from {@code site.yaml} (every one optional): the base URL the site is
 * served from (a sub-path such as {@code https://example.org/commentary/} is allowed), the time zone
 * that dates are read and shown in, page sizes, and how related-article lists are made.
 */
public record SiteConfig(URI baseUrl, ZoneId timeZone, int pageSize, int feedSize, RelatedSettings related) {

  public static final URI DEFAULT_BASE_URL = URI.create("https://example.org/");

  public SiteConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(related, "related");
    if (!baseUrl.isAbsolute() || baseUrl.getHost() == null) {
      throw new IllegalArgumentException("base URL must be absolute: " + baseUrl);
    }
    String text = baseUrl.toString();
    if (!text.endsWith("/")) {
      baseUrl = URI.create(text + "/");
    }
    if (pageSize < 1 || feedSize < 1) {
      throw new IllegalArgumentException("page and feed sizes must be positive");
    }
  }

  public static SiteConfig defaults() {
    return new SiteConfig(DEFAULT_BASE_URL, ZoneId.of("UTC"), 20, 20, RelatedSettings.DEFAULTS);
  }

  public SiteConfig withBaseUrl(URI url) {
    return new SiteConfig(url, timeZone, pageSize, feedSize, related);
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
