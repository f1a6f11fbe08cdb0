package org.triglot.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Collects the diagnostics of a build. Safe to add to from the threads of a parallel phase; read
 * back in a stable order ({@link Diagnostic#ORDER}) whatever order they were found in.
 */
public final class Diagnostics {
  private final ConcurrentLinkedQueue<Diagnostic> found = new ConcurrentLinkedQueue<>();

  public void add(Diagnostic diagnostic) {
    found.add(diagnostic);
  }

  public void addAll(Iterable<Diagnostic> diagnostics) {
    diagnostics.forEach(found::add);
  }

  public Diagnostic error(SourcePosition at, String message) {
    Diagnostic d = Diagnostic.error(at, message);
    add(d);
    return d;
  }

  public void error(SourcePosition at, String message, String hint) {
    add(Diagnostic.error(at, message).withHint(hint));
  }

  public void warning(SourcePosition at, String message, String hint) {
    add(Diagnostic.warning(at, message).withHint(hint));
  }

  public boolean hasErrors() {
    return found.stream().anyMatch(Diagnostic::isError);
  }

  public long errorCount() {
    return found.stream().filter(Diagnostic::isError).count();
  }

  /** Everything found so far, sorted. */
  public List<Diagnostic> all() {
    List<Diagnostic> sorted = new ArrayList<>(found);
    sorted.sort(Diagnostic.ORDER);
    return List.copyOf(sorted);
  }

  /** Throws {@link BuildFailure} with everything found when any of it is an error. */
  public void throwIfErrors() {
    if (hasErrors()) {
      throw new BuildFailure(all());
    }
  }
}
