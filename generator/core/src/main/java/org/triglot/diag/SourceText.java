package org.triglot.diag;

import java.util.Objects;

/**
 * The text of one site file together with its path, so that diagnostics can quote a line. Line
 * numbers are 1-based; the line separator is {@code \n} ({@code \r\n} is accepted).
 */
public final class SourceText {
  private final String path;
  private final String text;
  private int[] lineStarts;

  public SourceText(String path, String text) {
    this.path = Objects.requireNonNull(path, "path");
    this.text = Objects.requireNonNull(text, "text");
  }

  public String path() {
    return path;
  }

  public String text() {
    return text;
  }

  /** The position of a line and column in this file. */
  public SourcePosition at(int line, int column) {
    return SourcePosition.in(this, line, column);
  }

  /** The text of a 1-based line without its line break, or "" outside the file. */
  public String line(int line) {
    int[] starts = lineStarts();
    if (line < 1 || line > starts.length) {
      return "";
    }
    int start = starts[line - 1];
    int end = line < starts.length ? starts[line] - 1 : text.length();
    if (end > start && text.charAt(end - 1) == '\r') {
      end--;
    }
    return text.substring(start, Math.max(start, end));
  }

  public int lineCount() {
    return lineStarts().length;
  }

  private int[] lineStarts() {
    if (lineStarts == null) {
      int count = 1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          count++;
        }
      }
      int[] starts = new int[count];
      int n = 1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts[n++] = i + 1;
        }
      }
      lineStarts = starts;
    }
    return lineStarts;
  }
}
