package org.triglot.maven;

import java.io.Writer;
import java.util.function.BiConsumer;

/**
 * A writer that hands the command line's output to Maven's log a line at a time, each with the
 * level it deserves: a diagnostic headline ({@code path:line:col: error: …}) and the lines quoted
 * under it are errors, warnings are warnings, and the rest of the error stream (progress notes of a
 * build) is information unless it reports a failure. Thread-safe, as the preview server writes from
 * its own threads.
 */
final class LogLines extends Writer {
  enum Level {
    ERROR,
    WARNING,
    INFO
  }

  private final boolean errorStream;
  private final BiConsumer<Level, String> sink;
  private final StringBuilder line = new StringBuilder();
  private Level last = Level.INFO;

  /**
   * @param errorStream whether this writer stands for the command's standard error, where
   *     diagnostics go
   * @param sink receives each finished line with its level
   */
  LogLines(boolean errorStream, BiConsumer<Level, String> sink) {
    this.errorStream = errorStream;
    this.sink = sink;
  }

  @Override
  public synchronized void write(char[] chars, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      char c = chars[i];
      if (c == '\n') {
        emit();
      } else if (c != '\r') {
        line.append(c);
      }
    }
  }

  @Override
  public void flush() {
    // Lines are handed on as soon as they end; a partial line waits for its end or close().
  }

  @Override
  public synchronized void close() {
    if (line.length() > 0) {
      emit();
    }
  }

  private void emit() {
    String text = line.toString();
    line.setLength(0);
    Level level = levelOf(text);
    last = level;
    sink.accept(level, text);
  }

  private Level levelOf(String text) {
    if (!errorStream) {
      return Level.INFO;
    }
    if (text.startsWith(" ") && !text.isBlank()) {
      return last; // the quoted source line, its caret and the hint under a diagnostic
    }
    if (text.contains(": warning: ") || text.startsWith("triglot: warning")) {
      return Level.WARNING;
    }
    if (text.contains(": error: ")
        || text.startsWith("build failed")
        || text.startsWith("check failed")
        || text.startsWith("status: ")
        || text.startsWith("triglot: internal error")) {
      return Level.ERROR;
    }
    return Level.INFO;
  }
}
