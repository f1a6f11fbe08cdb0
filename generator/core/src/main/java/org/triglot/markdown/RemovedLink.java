package org.triglot.markdown;

import java.util.Objects;

/**
 * A link that {@link LinkPolicy} took out of a body, where it was: {@code line} and {@code column}
 * are 1-based within the Markdown body (the caller adds the line the body starts on).
 */
public record RemovedLink(String url, int line, int column) {
  public RemovedLink {
    Objects.requireNonNull(url, "url");
  }
}
