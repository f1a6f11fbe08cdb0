package org.triglot.site;

/**
 * The output folder cannot be used as it is: another build holds it, it holds files Triglot did not
 * write, or its staging folder cannot be set aside. The message says which and what to do; the
 * command line prints it as a usage error (exit 2).
 */
public final class OutputRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutputRefused(String message) {
    super(message);
  }
}
