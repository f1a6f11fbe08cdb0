package org.triglot.cli;

import java.io.PrintWriter;
import org.triglot.site.BuildProgress;

/**
 * Shows the phase and count of a long build on one rewritten line of an interactive terminal;
 * silent when output goes to a file or a CI log (no console, or the CI variable is set).
 */
final class TerminalProgress implements BuildProgress {
  private final PrintWriter err;
  private boolean drawn;

  TerminalProgress(PrintWriter err) {
    this.err = err;
  }

  static BuildProgress forTerminal(PrintWriter err) {
    return choose(System.console() != null, System.getenv("CI") != null, err);
  }

  /** Progress on a terminal outside CI; nothing otherwise. */
  static BuildProgress choose(boolean terminal, boolean ci, PrintWriter err) {
    return terminal && !ci ? new TerminalProgress(err) : BuildProgress.QUIET;
  }

  @Override
  public synchronized void phase(String name) {
    draw(name);
  }

  @Override
  public synchronized void advance(String phase, int done, int total) {
    draw(phase + " " + done + "/" + total);
  }

  /** Clears the progress line before the summary is printed. */
  synchronized void finish() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
    }
  }

  private void draw(String text) {
    err.print("\r\033[K" + text);
    err.flush();
    drawn = true;
  }
}
