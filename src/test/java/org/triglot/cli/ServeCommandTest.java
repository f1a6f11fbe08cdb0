package org.triglot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/** The error paths of {@code triglot serve}, and of writing output. */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void refusesAMissingSiteABadPortAndAPortInUse() throws IOException {
    assertEquals(2, CliRun.of("serve", "--source", dir.resolve("none").toString()).exitCode());
    Path site = dir.resolve("site");
    TestSite.write(
        site,
        TestSite.COMMON
            + "-- content/articles/a/en.md --\n---\ntitle: A\ndate: 2024-01-01\nauthor: ann\n---\nA.\n");
    assertEquals(2, CliRun.of("serve", "--source", site.toString(), "--port", "70000").exitCode());
    assertEquals(2, CliRun.of("serve", "--source", site.toString(), "--port", "http").exitCode());
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliRun busy =
          CliRun.of(
              "serve", "--source", site.toString(), "--port", String.valueOf(taken.getLocalPort()));
      assertEquals(2, busy.exitCode());
      assertTrue(busy.err().contains("is in use; choose another with --port"), busy.err());
    }
    assertEquals(0, CliRun.of("serve", "--help").exitCode());
  }

  @Test
  void reportsAnOutputFolderThatCannotBeWritten() throws IOException {
    Path site = dir.resolve("site");
    TestSite.write(
        site,
        TestSite.COMMON
            + "-- content/articles/a/en.md --\n---\ntitle: A\ndate: 2024-01-01\nauthor: ann\n---\nA.\n");
    Path blocker = dir.resolve("file");
    Files.writeString(blocker, "not a folder");
    CliRun run =
        CliRun.of(
            "build", "--source", site.toString(), "--out", blocker.resolve("site").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("cannot"), run.err());
    assertEquals("not a folder", Files.readString(blocker));
    CliRun ontoFile = CliRun.of("build", "--source", site.toString(), "--out", blocker.toString());
    assertEquals(2, ontoFile.exitCode());
    assertTrue(ontoFile.err().contains("is not a folder"), ontoFile.err());
  }

  @Test
  void staysQuietWithoutATerminalAndEndsWithOneSummaryLine() throws IOException {
    Path site = dir.resolve("site");
    TestSite.write(
        site,
        TestSite.COMMON
            + "-- content/articles/a/en.md --\n---\ntitle: A\ndate: 2024-01-01\nauthor: ann\n---\nA.\n");
    CliRun run =
        CliRun.of("build", "--source", site.toString(), "--out", dir.resolve("out").toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    assertTrue(
        run.out()
            .matches(
                "built \\d+ en, \\d+ zh-Hans, \\d+ zh-Hant, \\d+ files; 0 warnings; \\d+ ms \\(load \\d+, link \\d+, "
                    + "markdown \\d+, derive \\d+, relate \\d+, render \\d+\\) -> .*\n"),
        run.out());
  }
}
