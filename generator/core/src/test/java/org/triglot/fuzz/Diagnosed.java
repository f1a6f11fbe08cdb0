package org.triglot.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.triglot.diag.Diagnostic;
import org.triglot.diag.Diagnostics;

/**
 * What every fuzzed call must leave behind: a result, or at least one error that says why not; and
 * diagnostics that print (at most {@link Diagnostic#MAX_QUOTED} characters of a source line, no
 * control character but line ends and tabs).
 */
public final class Diagnosed {
  private Diagnosed() {}

  /** Checks the diagnostics; {@code refused} says the call returned no result. */
  public static void check(Diagnostics diagnostics, boolean refused) {
    List<Diagnostic> all = diagnostics.all();
    if (refused) {
      assertTrue(diagnostics.hasErrors(), "refused without an error");
    }
    for (Diagnostic d : all) {
      String printed = d.format();
      List<String> lines = printed.lines().toList();
      for (String line : lines) {
        line.codePoints()
            .filter(
                cp ->
                    cp != '\t'
                        && (Character.getType(cp) == Character.CONTROL
                            || Character.getType(cp) == Character.SURROGATE
                            || cp == 0x202E))
            .findFirst()
            .ifPresent(cp -> fail("unescaped U+" + Integer.toHexString(cp) + " in " + printed));
      }
      assertFalse(printed.isEmpty());
      if (d.line() > 0 && !d.sourceLine().isEmpty()) {
        String quoted = lines.get(1);
        assertTrue(
            quoted.codePointCount(0, quoted.length()) <= 2 + Diagnostic.MAX_QUOTED,
            () -> "quoted line too long: " + quoted.length());
      }
      assertTrue(lines.get(0).length() < 2000, () -> "headline too long: " + lines.get(0).length());
    }
  }
}
