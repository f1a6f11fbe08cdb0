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
  /** The most characters of a source line, or of a quoted value in a message, that are printed. */
  public static final int MAX_QUOTED = 200;

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

  /**
   * The one-line form, {@code path:line:col: severity: message}. Control characters in the message
   * are escaped, and a quoted value in it longer than {@link #MAX_QUOTED} characters is cut, as in
   * the source line.
   */
  public String headline() {
    String where = line == 0 ? path : path + ":" + line + ":" + Math.max(column, 1);
    return QuotedText.escape(where)
        + ": "
        + severity.label()
        + ": "
        + QuotedText.cutQuotedValues(QuotedText.escape(message), MAX_QUOTED);
  }

  /**
   * The full form: headline, source line with a caret, and hint. The source line is quoted with at
   * most {@link #MAX_QUOTED} characters around the column, cut with an ellipsis, and control
   * characters escaped (<code>&#92;u001B</code>).
   */
  public String format() {
    StringBuilder out = new StringBuilder(headline()).append('\n');
    if (line > 0 && !sourceLine.isEmpty()) {
      QuotedText.Quote quote = QuotedText.quote(sourceLine, column, MAX_QUOTED);
      out.append("  ").append(quote.text()).append('\n');
      out.append("  ").append(quote.caretPadding()).append("^\n");
    }
    if (!hint.isEmpty()) {
      out.append("  hint: ")
          .append(QuotedText.cutQuotedValues(QuotedText.escape(hint), MAX_QUOTED))
          .append('\n');
    }
    return out.toString();
  }
}
