package org.triglot.render;

/**
 * A template could not be rendered: names the template and the position in it, so that the build
 * can report it together with the content file the page was made from.
 */
public final class TemplateFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String template;
  private final int line;
  private final int column;
  private final boolean abandoned;

  TemplateFailure(String template, int line, int column, String message, Throwable cause) {
    this(template, line, column, message, cause, false);
  }

  TemplateFailure(
      String template, int line, int column, String message, Throwable cause, boolean abandoned) {
    super(message, cause);
    this.template = template;
    this.line = line;
    this.column = column;
    this.abandoned = abandoned;
  }

  /** Whether the page was stopped only because another page's failure ends the build anyway. */
  public boolean abandoned() {
    return abandoned;
  }

  /** The template file name, e.g. {@code article.ftlh}. */
  public String template() {
    return template;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The first line of a Freemarker message, which goes on with the template's stack. */
  static String firstLine(String text) {
    String trimmed = text == null ? "" : text.strip();
    int newline = trimmed.indexOf('\n');
    return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
  }

  /** {@code article.ftlh:12:5}. */
  public String where() {
    return template + ":" + line + ":" + column;
  }
}
