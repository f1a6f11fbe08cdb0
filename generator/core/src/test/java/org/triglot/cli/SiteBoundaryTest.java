package org.triglot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/**
 * Nothing outside the site folder is read, echoed or published: a symbolic link that resolves
 * outside, and a device or FIFO, is an error naming the file, made without reading it; links that
 * stay inside the site work.
 */
class SiteBoundaryTest {
  @TempDir Path dir;

  private static final String HINT =
      "  hint: the build reads only files inside the site folder: copy the file in, or point the"
          + " link inside the site folder\n";

  private static final String SITE = TestSite.TEA;

  private Path site;
  private Path out;
  private Map<String, String> before;

  /** Builds the plain site once, so that each fault can be shown to leave that output alone. */
  private void builtOnce() {
    site = dir.resolve("site");
    TestSite.write(site, SITE);
    out = dir.resolve("out");
    CliRun first = build();
    assertEquals(0, first.exitCode(), first.err());
    before = TestSite.snapshot(out);
  }

  private CliRun build() {
    return CliRun.of("build", "--source", site.toString(), "--out", out.toString());
  }

  private void assertRefused(CliRun run, Map<String, String> content, String expectedErrors) {
    assertEquals(1, run.exitCode(), run.err());
    assertEquals(
        expectedErrors + "build failed: ",
        run.err().substring(0, run.err().indexOf("build failed: ") + 14));
    assertEquals(before, TestSite.snapshot(out), "the previous site changed");
    assertEquals(content, TestSite.snapshot(site), "the site folder changed");
  }

  @Test
  void anArticleFolderLinkedFromOutsideIsNotPublished() throws IOException {
    builtOnce();
    Path elsewhere = dir.resolve("elsewhere/leak");
    TestSite.write(
        elsewhere,
        "-- en.md --\n---\ntitle: Private\ndate: 2024-03-02\nauthor: ann\n---\nNot for readers.\n");
    Files.createSymbolicLink(site.resolve("content/articles/leak"), elsewhere);
    Map<String, String> content = TestSite.snapshot(site);

    assertRefused(
        build(),
        content,
        "content/articles/leak: error: \"leak\" is a symbolic link to "
            + elsewhere
            + ", outside the site folder\n"
            + HINT);
  }

  @Test
  void aLanguageFileLinkedToASystemFileIsNeitherReadNorEchoed() throws IOException {
    builtOnce();
    Path english = site.resolve("content/articles/tea/en.md");
    for (String target : new String[] {"/proc/self/environ", "/etc/passwd"}) {
      Files.delete(english);
      Files.createSymbolicLink(english, Path.of(target));
      Map<String, String> content = TestSite.snapshot(site);
      CliRun run = build();
      assertRefused(
          run,
          content,
          "content/articles/tea/en.md: error: \"en.md\" is a symbolic link to "
              + target
              + ", outside the site folder\n"
              + HINT);
      assertFalse(run.err().contains("PATH="), run.err());
      assertFalse(run.err().contains("root:"), run.err());
    }
  }

  @Test
  void anAssetOrArticleResourceLinkedOutsideIsNotPublished() throws IOException {
    builtOnce();
    Files.createDirectories(site.resolve("templates/assets"));
    Files.createSymbolicLink(
        site.resolve("templates/assets/env.txt"), Path.of("/proc/self/environ"));
    Files.createSymbolicLink(
        site.resolve("content/articles/tea/map.png"), Path.of("/proc/self/environ"));
    Map<String, String> content = TestSite.snapshot(site);

    assertRefused(
        build(),
        content,
        "content/articles/tea/map.png: error: \"map.png\" is a symbolic link to /proc/self/environ,"
            + " outside the site folder\n"
            + HINT
            + "templates/assets/env.txt: error: \"env.txt\" is a symbolic link to"
            + " /proc/self/environ, outside the site folder\n"
            + HINT);
  }

  @Test
  void aFifoIsRefusedWithoutWaitingForAWriter() throws Exception {
    builtOnce();
    Path fifo = site.resolve("content/articles/tea/zh-Hans.md");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertEquals(0, mkfifo.waitFor());
    Path i18nFifo = site.resolve("i18n/en.yaml");
    Files.createDirectories(i18nFifo.getParent());
    assertEquals(0, new ProcessBuilder("mkfifo", i18nFifo.toString()).start().waitFor());

    CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), this::build);
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(
        run.err()
            .startsWith(
                "content/articles/tea/zh-Hans.md: error: \"zh-Hans.md\" is not a regular file (a"
                    + " device, FIFO or socket), so it is not read\n"
                    + "  hint: remove it from the site folder\n"
                    + "i18n/en.yaml: error: \"en.yaml\" is not a regular file (a device, FIFO or"
                    + " socket), so it is not read\n"),
        run.err());
    assertEquals(before, TestSite.snapshot(out), "the previous site changed");
  }

  @Test
  void linksThatStayInsideTheSiteKeepWorking() throws IOException {
    builtOnce();
    TestSite.write(
        site,
        """
        -- shared/map.png --
        not really a png
        -- archive/coffee/en.md --
        ---
        title: Coffee
        date: 2024-03-05
        author: ann
        ---
        About coffee.
        """);
    Files.createSymbolicLink(
        site.resolve("content/articles/tea/map.png"), Path.of("../../../shared/map.png"));
    Files.createSymbolicLink(
        site.resolve("content/articles/coffee"), site.resolve("archive/coffee"));

    CliRun run = build();
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        "not really a png\n",
        Files.readString(out.resolve("en/articles/tea/map.png"), StandardCharsets.UTF_8));
    assertTrue(
        Files.readString(out.resolve("en/articles/coffee/index.html")).contains("About coffee."));
  }
}
