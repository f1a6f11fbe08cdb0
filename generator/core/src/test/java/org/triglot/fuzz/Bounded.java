package org.triglot.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Runs one fuzzed call with a time bound: a call that takes longer fails the property (as a hang),
 * and its thread is abandoned. The bound is generous (5 s, {@code triglot.fuzz.inputSeconds}) since
 * the inputs are small and the machine may be busy; a real hang or blow-up takes far longer.
 */
public final class Bounded {
  private static final Duration LIMIT =
      Duration.ofSeconds(Long.getLong("triglot.fuzz.inputSeconds", 5));

  private Bounded() {}

  public static <T> T call(ThrowingSupplier<T> call) {
    return assertTimeoutPreemptively(LIMIT, call, "took longer than " + LIMIT + " on one input");
  }
}
