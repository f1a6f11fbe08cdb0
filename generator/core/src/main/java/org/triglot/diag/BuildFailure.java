package org.triglot.diag;

import java.util.List;

/**
 * Thrown when a phase found errors in the input. Carries every diagnostic of the build so far,
 * warnings included, so the caller prints them all and exits with status 1.
 */
public final class BuildFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public BuildFailure(List<Diagnostic> diagnostics) {
    super(summary(diagnostics), null, false, false);
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String summary(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    return errors + (errors == 1 ? " error" : " errors") + " in the site's input";
  }
}
