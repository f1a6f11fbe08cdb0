package org.triglot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triglot.diag.Diagnostic;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourceText;

class StringsLoaderTest {
  private final Diagnostics diagnostics = new Diagnostics();

  @Test
  void flattensNestedKeys() {
    assertEquals(
        Map.of("nav.home", "Home", "count", "{n, plural, one {# article} other {# articles}}"),
        StringsLoader.parse(
            new SourceText(
                "i18n/en.yaml",
                "nav:\n  home: Home\ncount: \"{n, plural, one {# article} other {# articles}}\"\n"),
            diagnostics));
    assertEquals(List.of(), diagnostics.all());
  }

  /** Found by StringsAndGlossaryFuzzTest: ICU's parser overflowed the stack on this message. */
  @Test
  void refusesAMessageNestedDeeperThanTwentyLevels() {
    String deep = "{a, select, x {".repeat(2000) + "y" + "} other {z}}".repeat(2000);
    Map<String, String> messages =
        StringsLoader.parse(
            new SourceText("i18n/en.yaml", "ok: Fine\ndeep: \"" + deep + "\"\n"), diagnostics);
    assertEquals(Map.of("ok", "Fine"), messages);
    assertEquals(
        List.of("i18n/en.yaml:2:7: error: \"deep\" nests more than 20 levels of {…}"),
        diagnostics.all().stream().map(Diagnostic::headline).toList());
  }

  /** Found by StringsAndGlossaryFuzzTest in a longer run: ICU threw an exception not caught. */
  @Test
  void reportsAnArgumentNumberTooLargeForICU() {
    Map<String, String> messages =
        StringsLoader.parse(new SourceText("i18n/en.yaml", "a: \"{84430\"\n"), diagnostics);
    assertEquals(Map.of(), messages);
    assertEquals(1, diagnostics.errorCount());
    assertEquals(
        "i18n/en.yaml:1:4: error: \"a\" is not a valid ICU message: Argument number too large:"
            + " [at pattern index 1] \"84430\"",
        diagnostics.all().get(0).headline());
  }
}
