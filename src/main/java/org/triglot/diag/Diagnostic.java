package org.triglot.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding about the input, located in a file: printed as {@code path:line:col: error: message},
 * followed by the offending source line, a caret under the column, and a hint when one helps.
 *
 * <p>{@code path} is relative to the site folder and uses forward slashes. {@code line} and {@code
 * column} are 1-based file positions; {@code 0} means the finding is about the whole file. {@code
 * hint} and {@code sourceLine} are empty strings when there is nothing to show.
 */
public record Diagnostic(
    String path,
    int line,
    int column,
    Severity severity,
    String message,
    String hint,
    String sourceLine) {

  /** Files first, then position, then errors before warnings, then text: a stable print order. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::path)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    hint = hint == null ? "" : hint;
    sourceLine = sourceLine == null ? "" : sourceLine;
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("negative position " + line + ":" + column);
    }
  }

  public static Diagnostic error(SourcePosition at, String message) {
    return new Diagnostic(
        at.path(), at.line(), at.column(), Severity.ERROR, message, "", at.sourceLine());
  }

  public static Diagnostic warning(SourcePosition at, String message) {
    return new Diagnostic(
        at.path(), at.line(), at.column(), Severity.WARNING, message, "", at.sourceLine());
  }

  /** A copy with a hint, printed on its own line under the caret. */
  public Diagnostic withHint(String newHint) {
    return new Diagnostic(path, line, column, severity, message, newHint, sourceLine);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The one-line form, {@code path:line:col: severity: message}. */
  public String headline() {
    String where = line == 0 ? path : path + ":" + line + ":" + Math.max(column, 1);
    return where + ": " + severity.label() + ": " + message;
  }

  /** The full form: headline, source line with a caret, and hint. */
  public String format() {
    StringBuilder out = new StringBuilder(headline()).append('\n');
    if (line > 0 && !sourceLine.isEmpty()) {
      out.append("  ").append(sourceLine).append('\n');
      out.append("  ").append(caretPadding(sourceLine, column)).append("^\n");
    }
    if (!hint.isEmpty()) {
      out.append("  hint: ").append(hint).append('\n');
    }
    return out.toString();
  }

  /** Pads to the column, keeping tabs and counting wide (CJK) characters as two cells. */
  private static String caretPadding(String text, int column) {
    StringBuilder pad = new StringBuilder();
    int end = Math.min(Math.max(column - 1, 0), text.length());
    for (int i = 0; i < end; ) {
      int cp = text.codePointAt(i);
      if (cp == '\t') {
        pad.append('\t');
      } else {
        pad.append(isWide(cp) ? "  " : " ");
      }
      i += Character.charCount(cp);
    }
    return pad.toString();
  }

  private static boolean isWide(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || (cp >= 0x3000 && cp <= 0x303F)
        || (cp >= 0xFF00 && cp <= 0xFF60);
  }
}
