package org.triglot.diag;

import java.util.Objects;

/**
 * A place in a site file that a diagnostic can point at: path relative to the site folder, 1-based
 * line and column in the file (0 for the whole file), and the text of that line.
 */
public record SourcePosition(String path, int line, int column, String sourceLine) {

  public SourcePosition {
    Objects.requireNonNull(path, "path");
    sourceLine = sourceLine == null ? "" : sourceLine;
  }

  /** The whole file, without a line. */
  public static SourcePosition file(String path) {
    return new SourcePosition(path, 0, 0, "");
  }

  /** A line and column of a file whose text is known, so the line can be shown. */
  public static SourcePosition in(SourceText text, int line, int column) {
    return new SourcePosition(text.path(), line, column, text.line(line));
  }
}
