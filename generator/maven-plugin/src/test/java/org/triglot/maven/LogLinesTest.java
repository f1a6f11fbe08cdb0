package org.triglot.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line's output reaches Maven's log a line at a time, each at its level. */
class LogLinesTest {
  private final List<String> logged = new ArrayList<>();

  private PrintWriter writer(boolean errorStream) {
    return new PrintWriter(
        new LogLines(errorStream, (level, line) -> logged.add(level + " " + line)), true);
  }

  @Test
  void aDiagnosticAndTheLinesQuotedUnderItAreErrors() {
    try (PrintWriter err = writer(true)) {
      err.print(
          "content/articles/a/en.md:3:7: error: cannot read date \"2024-13-45\"\n"
              + "  date: 2024-13-45\n"
              + "        ^\n"
              + "  hint: write it as YYYY-MM-DD\n"
              + "site.yaml:1:1: warning: unknown setting \"titel\" is ignored\n"
              + "  titel: x\n"
              + "build failed: 1 error; out was left as it was\n"
              + "triglot: waiting for the build that holds out.lock\n");
    }
    assertEquals(
        List.of(
            "ERROR content/articles/a/en.md:3:7: error: cannot read date \"2024-13-45\"",
            "ERROR   date: 2024-13-45",
            "ERROR         ^",
            "ERROR   hint: write it as YYYY-MM-DD",
            "WARNING site.yaml:1:1: warning: unknown setting \"titel\" is ignored",
            "WARNING   titel: x",
            "ERROR build failed: 1 error; out was left as it was",
            "INFO triglot: waiting for the build that holds out.lock"),
        logged);
  }

  @Test
  void standardOutputIsInformationAndAnUnfinishedLineWaitsForClose() {
    try (PrintWriter out = writer(false)) {
      out.print("built 3 en, 3 zh-Hans, 3 zh-Hant\r\ncontent/x.md:1:1: error: not from here\nhalf");
      out.flush();
      assertEquals(2, logged.size());
    }
    assertEquals(
        List.of(
            "INFO built 3 en, 3 zh-Hans, 3 zh-Hant",
            "INFO content/x.md:1:1: error: not from here",
            "INFO half"),
        logged);
  }
}
