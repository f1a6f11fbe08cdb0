package org.triglot.diag;

/**
 * How bad a diagnostic is: an error fails the build, a warning is printed and the build goes on.
 */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The word printed in a diagnostic line, {@code error} or {@code warning}. */
  public String label() {
    return label;
  }
}
