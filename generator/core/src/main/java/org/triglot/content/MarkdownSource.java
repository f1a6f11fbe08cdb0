package org.triglot.content;

import java.util.Objects;

/**
 * The Markdown body of a language file, and where it is: the file's site-relative path and the file
 * line the body starts on, for diagnostics.
 */
public record MarkdownSource(String path, int line, String text) {
  public MarkdownSource {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    if (line < 1) {
      throw new IllegalArgumentException("lines count from 1: " + line);
    }
  }
}
