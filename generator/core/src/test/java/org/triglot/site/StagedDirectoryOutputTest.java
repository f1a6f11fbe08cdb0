package org.triglot.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All-or-nothing output that reuses the build before last as its workspace. */
class StagedDirectoryOutputTest {
  @TempDir Path dir;

  private Map<String, String> files(Path root) throws IOException {
    Map<String, String> found = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        found.put(root.relativize(file).toString(), Files.readString(file));
      }
    }
    return found;
  }

  private void build(Path out, Map<String, String> site) {
    try (StagedDirectoryOutput output = new StagedDirectoryOutput(out)) {
      site.forEach((path, text) -> output.write(path, text.getBytes(StandardCharsets.UTF_8)));
      output.commit();
    }
  }

  @Test
  void aFileTheBuildBeforeLastWroteAlikeIsLeftAsItIsAndAnyOtherIsWritten() throws IOException {
    Path out = dir.resolve("site");
    Map<String, String> site = Map.of("same.html", "unchanged", "edited.html", "abc");
    build(out, site);
    build(out, site);
    // The staging folder is now the first build's site; the third build writes into it.
    Path staging = dir.resolve(".site.previous");
    FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    Files.setLastModifiedTime(staging.resolve("same.html"), old);
    Files.setLastModifiedTime(staging.resolve("edited.html"), old);
    build(out, Map.of("same.html", "unchanged", "edited.html", "abd"));
    assertEquals(Map.of("same.html", "unchanged", "edited.html", "abd"), files(out));
    assertEquals(old, Files.getLastModifiedTime(out.resolve("same.html")));
    assertTrue(Files.getLastModifiedTime(out.resolve("edited.html")).compareTo(old) > 0);
  }

  @Test
  void everyBuildLeavesExactlyItsOwnFilesWhateverTheBuildsBeforeIt() throws IOException {
    Path out = dir.resolve("site");
    Map<String, String> first =
        Map.of("index.html", "one", "en/a/index.html", "a1", "en/b/index.html", "b1", "x", "file");
    Map<String, String> second =
        Map.of("index.html", "two", "en/a/index.html", "a2", "x/index.html", "now a folder");
    Map<String, String> third =
        Map.of("index.html", "three", "en/b/index.html", "b3", "x", "a file again");
    build(out, first);
    assertEquals(new TreeMap<>(first), files(out));
    build(out, second);
    assertEquals(new TreeMap<>(second), files(out));
    build(out, third);
    assertEquals(new TreeMap<>(third), files(out));
    build(out, second);
    assertEquals(new TreeMap<>(second), files(out));
    assertEquals(
        Map.of("index.html", 3L, "en/a/index.html", 2L, "x/index.html", 12L),
        CompletionMark.read(CompletionMark.of(out)));
  }

  @Test
  void aFailedBuildLeavesThePreviousSiteAndNoWorkspace() throws IOException {
    Path out = dir.resolve("site");
    build(out, Map.of("index.html", "one"));
    build(out, Map.of("index.html", "two"));
    try (StagedDirectoryOutput output = new StagedDirectoryOutput(out)) {
      output.write("index.html", "half".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(Map.of("index.html", "two"), files(out));
    assertTrue(Files.notExists(dir.resolve(".site.previous")));
    assertTrue(Files.notExists(CompletionMark.of(out)), "a failed build withdraws the mark");
  }

  @Test
  void repairsASwapThatWasInterrupted() throws IOException {
    Path out = dir.resolve("site");
    build(out, Map.of("index.html", "one"));
    Files.move(out, dir.resolve(".site.swap"));
    build(out, Map.of("index.html", "two", "more.html", "more"));
    assertEquals(Map.of("index.html", "two", "more.html", "more"), files(out));
    assertTrue(Files.notExists(dir.resolve(".site.swap")));
  }

  @Test
  void refusesPathsOutsideTheSite() {
    try (StagedDirectoryOutput output = new StagedDirectoryOutput(dir.resolve("site"))) {
      assertThrows(
          IllegalArgumentException.class, () -> output.write("../escape.html", new byte[0]));
    }
    assertTrue(Files.notExists(dir.resolve("escape.html")));
  }

  @Test
  void reportsAnOutputThatCannotBeWritten() throws IOException {
    Path blocker = dir.resolve("file");
    Files.writeString(blocker, "x");
    assertThrows(
        UncheckedIOException.class, () -> new StagedDirectoryOutput(blocker.resolve("site")));
  }
}
