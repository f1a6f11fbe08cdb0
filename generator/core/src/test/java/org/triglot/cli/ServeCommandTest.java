package org.triglot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/** The error paths of {@code triglot serve}. */
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
      assertTrue(
          busy.err().contains("); choose another port with --port, or an address of this machine"),
          busy.err());
    }
    CliRun name = CliRun.of("serve", "--source", site.toString(), "--bind", "example.org");
    assertEquals(2, name.exitCode());
    assertEquals(
        "triglot: --bind takes an IP address such as 127.0.0.1, 192.168.1.20 or 0.0.0.0 (got"
            + " \"example.org\")\n",
        name.err());
    CliRun help = CliRun.of("serve", "--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.out().contains("--bind=ADDR"), help.out());
  }
}
