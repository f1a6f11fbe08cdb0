package org.triglot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;
import org.triglot.site.BuildProgress;
import org.triglot.site.MemoryOutput;
import org.triglot.site.SiteBuild;

/** Progress lines on an interactive terminal, silence in CI and in logs. */
class TerminalProgressTest {
  @TempDir Path dir;

  @Test
  void showsPhaseAndCountOnOneRewrittenLineOfAnInteractiveTerminal() {
    StringWriter text = new StringWriter();
    BuildProgress progress = TerminalProgress.choose(true, false, new PrintWriter(text, true));
    TestSite.write(
        dir,
        TestSite.COMMON
            + "-- content/articles/a/en.md --\n---\ntitle: A\ndate: 2024-01-01\nauthor: ann\n---\nA.\n");
    SiteBuild.standard().build(TestSite.defaultRequest(dir), new MemoryOutput(), progress);
    ((TerminalProgress) progress).finish();
    String shown = text.toString();
    for (String phase : new String[] {"load", "link", "markdown", "derive", "relate", "render"}) {
      assertTrue(
          shown.contains("\r\033[K" + phase),
          phase + " missing from " + shown.replace("\033", "ESC"));
    }
    List<String> frames = List.of(shown.split("\r\033\\[K", -1));
    assertTrue(
        frames.contains("markdown 1/1"),
        "the one article's count is not shown as 1/1: " + shown.replace("\033", "ESC"));
    assertTrue(shown.matches("(?s).*render \\d+/\\d+.*"), shown);
    assertTrue(shown.endsWith("\r\033[K"), "the line is cleared before the summary");
    assertEquals(-1, shown.indexOf('\n'), "one rewritten line, no scrolling");
  }

  @Test
  void staysQuietInCiAndWithoutATerminal() {
    PrintWriter err = new PrintWriter(new StringWriter());
    assertSame(BuildProgress.QUIET, TerminalProgress.choose(true, true, err));
    assertSame(BuildProgress.QUIET, TerminalProgress.choose(false, false, err));
  }
}
