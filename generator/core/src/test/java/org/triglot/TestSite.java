package org.triglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.triglot.diag.BuildFailure;
import org.triglot.diag.Diagnostic;
import org.triglot.site.BuildRequest;
import org.triglot.site.BuildResult;
import org.triglot.site.MemoryOutput;
import org.triglot.site.SiteBuild;

/**
 * An inline site for tests: a text block of files, each introduced by a line {@code -- path --},
 * written to a temporary folder and built in memory with a fixed clock (2026-06-01 UTC), so that
 * "future" means the same thing on every run. Assertions take a block of expected lines: each must
 * appear in the file; a line starting with {@code "! "} must not.
 */
public final class TestSite {
  /** The moment every test build happens at. */
  public static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

  /** A site.yaml, authors and topics most tests need; a test's own files override them. */
  public static final String COMMON =
      """
      -- site.yaml --
      baseUrl: https://example.org/
      -- content/authors.yaml --
      ann:
        name: {en: Ann Lee, zh-Hans: 李安, zh-Hant: 李安}
        title: {en: "Professor of History, Lakeside University", zh-Hans: 湖滨大学历史学教授}
      bo:
        name: {en: Bo Chen, zh-Hans: 陈波}
        title: {en: Senior Fellow}
      -- content/topics.yaml --
      tea: {en: Tea, zh-Hans: 茶叶}
      trade: {en: Trade, zh-Hans: 贸易, zh-Hant: 貿易}
      arctic: {en: The Arctic, zh-Hans: 北极}
      """;

  /** {@link #COMMON} and one English article, {@code tea}: the smallest site that builds. */
  public static final String TEA =
      COMMON
          + """
          -- content/articles/tea/en.md --
          ---
          title: Tea
          date: 2024-03-01
          author: ann
          ---
          About tea.
          """;

  /**
   * {@code n} articles (note-01 …), one every 40 days from 2020-01-01, the first five with a
   * zh-Hans edition; every one on topic tea, every third on trade too, alternately by ann and bo.
   */
  public static String articles(int n) {
    StringBuilder files = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      String slug = String.format(Locale.ROOT, "note-%02d", i);
      String date = LocalDate.of(2020, 1, 1).plusDays((long) (i - 1) * 40).toString();
      files
          .append("-- content/articles/")
          .append(slug)
          .append("/en.md --\n")
          .append("---\ntitle: Note ")
          .append(i)
          .append("\ndate: ")
          .append(date)
          .append("\nauthor: ")
          .append(i % 2 == 0 ? "bo" : "ann")
          .append("\ntopics: [tea")
          .append(i % 3 == 0 ? ", trade" : "")
          .append("]\n")
          .append("summary: Summary of note ")
          .append(i)
          .append(".\n---\nBody of note ")
          .append(i)
          .append(".\n");
      if (i <= 5) {
        files
            .append("-- content/articles/")
            .append(slug)
            .append("/zh-Hans.md --\n")
            .append("---\ntitle: 笔记")
            .append(i)
            .append("\nsummary: 笔记摘要。\n---\n笔记正文。\n");
      }
    }
    return files.toString();
  }

  private final Path root;
  private final MemoryOutput output;
  private final BuildResult result;

  private TestSite(Path root, MemoryOutput output, BuildResult result) {
    this.root = root;
    this.output = output;
    this.result = result;
  }

  /**
   * Writes {@link #COMMON} and {@code files} under {@code dir} and builds them; fails the test on
   * errors.
   */
  public static TestSite build(Path dir, String files) {
    return build(dir, files, UnaryOperator.identity());
  }

  /** As {@link #build(Path, String)}, with a changed request (drafts, base URL, clock). */
  public static TestSite build(Path dir, String files, UnaryOperator<BuildRequest> request) {
    write(dir, COMMON);
    write(dir, files);
    MemoryOutput output = new MemoryOutput();
    try {
      BuildResult result = SiteBuild.standard().build(request.apply(defaultRequest(dir)), output);
      return new TestSite(dir, output, result);
    } catch (BuildFailure failure) {
      StringBuilder all = new StringBuilder();
      failure.diagnostics().forEach(d -> all.append(d.format()));
      return fail("the test site did not build:\n" + all);
    }
  }

  /** Builds a site that must fail, and returns its diagnostics, each in printed form. */
  public static List<String> buildFailing(Path dir, String files) {
    write(dir, COMMON);
    write(dir, files);
    try {
      SiteBuild.standard().build(defaultRequest(dir), new MemoryOutput());
    } catch (BuildFailure failure) {
      return failure.diagnostics().stream().map(Diagnostic::format).toList();
    }
    return fail("the site built, but errors were expected");
  }

  public static BuildRequest defaultRequest(Path dir) {
    return BuildRequest.of(dir).withClock(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  /** Writes the files of an inline block under {@code dir}, replacing files of the same name. */
  public static void write(Path dir, String files) {
    String path = null;
    StringBuilder text = new StringBuilder();
    for (String line : files.split("\n", -1)) {
      if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
        if (path != null) {
          writeFile(dir.resolve(path), text.toString());
        }
        path = line.substring(3, line.length() - 3).strip();
        text.setLength(0);
      } else if (path != null) {
        text.append(line).append('\n');
      }
    }
    if (path != null) {
      writeFile(dir.resolve(path), text.toString().replaceAll("\n\n$", "\n"));
    }
  }

  /**
   * Every regular file under {@code root} with its bytes (as ISO-8859-1 text, so any bytes
   * compare), by relative path: what a test compares to show that a folder did not change.
   */
  public static Map<String, String> snapshot(Path root) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            root.relativize(file).toString(),
            new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static void writeFile(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path root() {
    return root;
  }

  public BuildResult result() {
    return result;
  }

  public Map<String, byte[]> files() {
    return output.files();
  }

  public boolean has(String path) {
    return output.find(path).isPresent();
  }

  /** The text of an output file; fails the test when it was not written. */
  public String file(String path) {
    Optional<byte[]> bytes = output.find(path);
    if (bytes.isEmpty()) {
      List<String> near = new ArrayList<>(output.files().keySet());
      return fail("no file " + path + " in the built site; it has " + near);
    }
    return new String(bytes.get(), StandardCharsets.UTF_8);
  }

  /** Each expected line must occur in the file; a line starting with "! " must not. */
  public TestSite assertFile(String path, String expected) {
    String text = file(path);
    for (String line : expected.split("\n")) {
      String want = line.strip();
      if (want.isEmpty()) {
        continue;
      }
      if (want.startsWith("! ")) {
        String unwanted = want.substring(2);
        assertTrue(
            !text.contains(unwanted),
            () -> path + " should not contain: " + unwanted + "\n--- file ---\n" + text);
      } else {
        assertTrue(
            text.contains(want),
            () -> path + " should contain: " + want + "\n--- file ---\n" + text);
      }
    }
    return this;
  }

  public TestSite assertNoFile(String path) {
    assertTrue(!has(path), () -> path + " should not have been written");
    return this;
  }

  /** How often {@code needle} occurs in a file. */
  public int count(String path, String needle) {
    String text = file(path);
    int n = 0;
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
      n++;
    }
    return n;
  }

  public void assertCount(String path, String needle, int expected) {
    assertEquals(expected, count(path, needle), () -> "occurrences of " + needle + " in " + path);
  }
}
