package org.triglot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;
import org.triglot.site.CompletionMark;
import org.triglot.site.OutputLock;

/**
 * The output folder belongs to one build at a time and only ever loses files Triglot wrote: a
 * folder of someone else's files is refused (or backed up with {@code --force}), a second build
 * waits for the first (or, with {@code --no-wait}, exits naming it), and a staging folder the build
 * cannot reuse is set aside.
 */
class OutputFolderTest {
  @TempDir Path dir;

  private static final String SITE = TestSite.TEA;

  private Path site(String name, String title) {
    Path site = dir.resolve(name);
    TestSite.write(site, SITE.replace("title: Tea", "title: " + title));
    return site;
  }

  private static CliRun build(Path site, Path out, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("build", "--source", site.toString(), "--out", out.toString()));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  /** Asserts that {@code out} is exactly what its completion mark lists, file for file. */
  private static void assertMatchesItsMark(Path out) throws IOException {
    Map<String, Long> listed = CompletionMark.read(CompletionMark.of(out));
    Map<String, Long> present = new TreeMap<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        present.put(out.relativize(file).toString(), Files.size(file));
      }
    }
    assertEquals(listed, present);
  }

  @Test
  void aFolderOfSomeoneElsesFilesIsRefusedAndForceKeepsThemInABackup() throws IOException {
    Path site = site("site", "Tea");
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("notes"));
    Files.writeString(out.resolve("notes/plan.txt"), "my plan", StandardCharsets.UTF_8);
    Map<String, String> theirs = TestSite.snapshot(out);
    Map<String, String> content = TestSite.snapshot(site);

    for (int attempt = 1; attempt <= 2; attempt++) {
      CliRun run = build(site, out);
      assertEquals(2, run.exitCode(), run.err());
      assertEquals(
          "triglot: "
              + out
              + " holds files that Triglot did not write (it has no out.complete or out.lock"
              + " beside it), so building there would delete them; choose an empty or new folder"
              + " with --out, or add --force to move its files to a backup first\n",
          run.err());
      assertEquals(theirs, TestSite.snapshot(out), "attempt " + attempt);
      assertEquals(List.of("out"), siblings(), "attempt " + attempt);
    }

    CliRun forced = build(site, out, "--force");
    assertEquals(0, forced.exitCode(), forced.err());
    Path backup = dir.resolve("out.backup-1");
    assertEquals(
        "triglot: moved the files that were in "
            + out
            + " to "
            + backup
            + " (nothing was deleted)\n",
        forced.err());
    assertEquals(theirs, TestSite.snapshot(backup));
    assertMatchesItsMark(out);

    CliRun again = build(site, out);
    assertEquals(0, again.exitCode(), again.err());
    assertEquals(theirs, TestSite.snapshot(backup), "a later build touched the backup");
    assertEquals(content, TestSite.snapshot(site), "the site folder changed");
  }

  @Test
  void anEmptyFolderAndAFolderLeftByAFailedBuildAreUsedWithoutForce() throws IOException {
    Path site = site("site", "Tea");
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    assertEquals(0, build(site, out).exitCode());
    Files.writeString(
        site.resolve("content/articles/tea/en.md"), "---\ntitle: [\n---\n", StandardCharsets.UTF_8);
    assertEquals(1, build(site, out).exitCode());
    assertFalse(Files.exists(CompletionMark.of(out)));

    TestSite.write(site, SITE);
    CliRun run = build(site, out);
    assertEquals(0, run.exitCode(), run.err());
    assertMatchesItsMark(out);
  }

  @Test
  void aSecondBuildWaitsForTheFirstOrWithNoWaitNamesIt() throws Exception {
    Path site = site("site", "Tea");
    Path out = dir.resolve("out");
    assertEquals(0, build(site, out).exitCode());
    Map<String, String> before = TestSite.snapshot(out);
    CompletableFuture<CliRun> waiting;
    try (OutputLock held = OutputLock.acquireNow(out)) {
      String holder = Files.readString(OutputLock.of(out)).strip();
      assertTrue(
          holder.matches("process " + ProcessHandle.current().pid() + ", started \\S+Z"), holder);

      CliRun refused = build(site, out, "--no-wait");
      assertEquals(2, refused.exitCode(), refused.err());
      assertEquals(
          "triglot: "
              + out
              + " is being built by another build ("
              + holder
              + "); run again when it has finished, or without --no-wait to wait for it\n",
          refused.err());
      assertEquals(before, TestSite.snapshot(out));

      waiting = CompletableFuture.supplyAsync(() -> build(site, out));
      Thread.sleep(500);
      assertFalse(waiting.isDone(), "the second build did not wait for the lock");
    }
    CliRun second = waiting.get(60, TimeUnit.SECONDS);
    assertEquals(0, second.exitCode(), second.err());
    assertTrue(
        second.err().startsWith("triglot: waiting for another build (process "), second.err());
    assertMatchesItsMark(out);
  }

  @Test
  void twoBuildsAtOnceLeaveTheCompleteSiteOfOneOfThem() throws Exception {
    Path tea = site("tea", "Tea");
    Path coffee = site("coffee", "Coffee");
    Path out = dir.resolve("out");
    for (int round = 0; round < 3; round++) {
      CompletableFuture<CliRun> first = CompletableFuture.supplyAsync(() -> build(tea, out));
      CompletableFuture<CliRun> second = CompletableFuture.supplyAsync(() -> build(coffee, out));
      assertEquals(0, first.get(60, TimeUnit.SECONDS).exitCode(), first.get().err());
      assertEquals(0, second.get(60, TimeUnit.SECONDS).exitCode(), second.get().err());
      assertMatchesItsMark(out);
      String page = Files.readString(out.resolve("en/articles/tea/index.html"));
      String feed = Files.readString(out.resolve("en/feed.xml"));
      boolean coffeeWon = page.contains("<h1>Coffee</h1>");
      assertTrue(coffeeWon || page.contains("<h1>Tea</h1>"), page);
      assertTrue(
          feed.contains(coffeeWon ? "<title>Coffee</title>" : "<title>Tea</title>"),
          "the page and the feed come from different builds");
    }
  }

  @Test
  void theLockOfABuildThatDiedIsTakenOver() throws IOException {
    Path site = site("site", "Tea");
    Path out = dir.resolve("out");
    assertEquals(0, build(site, out).exitCode());
    Files.writeString(OutputLock.of(out), "process 999999999, started 2020-01-01T00:00:00Z\n");

    CliRun run = build(site, out, "--no-wait");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    assertTrue(
        Files.readString(OutputLock.of(out))
            .startsWith("process " + ProcessHandle.current().pid() + ", started "));
  }

  @Test
  void aStagingFolderThisBuildCannotReuseIsSetAside() throws IOException {
    Path site = site("site", "Tea");
    Path out = dir.resolve("out");
    assertEquals(0, build(site, out).exitCode());
    assertEquals(0, build(site, out).exitCode());
    Path staging = dir.resolve(".out.previous");
    assertTrue(Files.isDirectory(staging));
    String why;
    if (Files.getOwner(staging).getName().equals("root")) {
      Files.setOwner(
          staging,
          FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
      why = "belongs to nobody, not root";
    } else {
      Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("r-xr-xr-x"));
      why = "cannot be written";
    }
    Map<String, String> kept = TestSite.snapshot(staging);

    CliRun run = build(site, out);
    assertEquals(0, run.exitCode(), run.err());
    Path aside = dir.resolve(".out.previous.unusable-1");
    assertEquals(
        "triglot: warning: the staging folder .out.previous "
            + why
            + ", so this build cannot reuse it; it was moved to "
            + aside
            + " (delete it when you no longer need it)\n",
        run.err());
    assertEquals(kept, TestSite.snapshot(aside));
    assertMatchesItsMark(out);

    CliRun next = build(site, out);
    assertEquals(0, next.exitCode(), next.err());
    assertEquals("", next.err());
    Files.setPosixFilePermissions(aside, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .map(p -> p.getFileName().toString())
          .filter(n -> n.contains("out"))
          .sorted()
          .toList();
    }
  }
}
