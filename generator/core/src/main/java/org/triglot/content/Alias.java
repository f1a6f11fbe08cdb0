package org.triglot.content;

import java.util.Objects;
import org.triglot.diag.SourcePosition;

/**
 * An old slug of a renamed article ({@code aliases: [old-slug]}), where it is written: its old URLs
 * redirect to the article's pages.
 */
public record Alias(String slug, SourcePosition position) {
  public Alias {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(position, "position");
  }
}
