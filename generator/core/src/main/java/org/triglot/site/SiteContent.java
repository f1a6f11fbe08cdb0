package org.triglot.site;

import java.util.Objects;
import org.triglot.config.SiteConfig;
import org.triglot.content.Content;

/**
 * A site's settings and its content, loaded and validated (the {@code status} and {@code new}
 * commands).
 */
public record SiteContent(SiteConfig config, Content content) {
  public SiteContent {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(content, "content");
  }
}
