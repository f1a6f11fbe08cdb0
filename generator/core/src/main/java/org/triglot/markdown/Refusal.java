package org.triglot.markdown;

import java.util.Objects;

/**
 * Why {@link MarkdownRenderer} would not render a body, and where: {@code line} and {@code column}
 * are 1-based within the body (the caller adds the line the body starts on). The build reports it
 * as an error.
 */
public record Refusal(int line, int column, String message, String hint) {
  public Refusal {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }
}
