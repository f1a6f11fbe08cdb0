package org.triglot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/**
 * {@code import-jbake} on a JBake 2.x site written in JBake's format for these tests ({@code
 * org/triglot/jbake/example}): posts with key=value and YAML headers, Markdown and HTML bodies, a
 * draft, a page, an AsciiDoc post, a post JBake would not publish, images beside a post and in the
 * asset folder. The imported folder must build and check cleanly.
 */
class ImportJBakeCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(
        args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err));
  }

  /** A copy of the example JBake site, so no test can change the resource. */
  private Path jbakeSite() throws IOException, URISyntaxException {
    Path example =
        Path.of(ImportJBakeCommandTest.class.getResource("/org/triglot/jbake/example").toURI());
    Path copy = dir.resolve("jbake");
    try (Stream<Path> walk = Files.walk(example)) {
      for (Path from : walk.toList()) {
        Path to = copy.resolve(example.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    return copy;
  }

  @Test
  void importsPostsTopicsAuthorsAndFilesIntoASiteThatBuilds() throws Exception {
    Path jbake = jbakeSite();
    Path site = dir.resolve("site");
    assertEquals(0, run("import-jbake", jbake.toString(), site.toString()), err.toString());
    String report = out.toString();
    for (String line :
        List.of(
            "converted  content/blog/2024/tidal-power.md → content/articles/tidal-power/en.md",
            "converted  content/blog/2024/harbour-notes.html → content/articles/harbour-notes/en.md",
            "converted  content/blog/2024/yaml-header.md → content/articles/yaml-header/en.md",
            "converted  content/blog/2024/draft-idea.md → content/articles/draft-idea/en.md",
            "changed    content/blog/2024/draft-idea.md: status=draft → draft: true",
            "changed    tag \"Coastal Policy\" → topic coastal-policy",
            "skipped    content/about.html: type=page",
            "skipped    content/blog/2024/asciidoc-post.adoc: AsciiDoc body",
            "converted  content/blog/2024/no-status.md → content/articles/no-status/en.md",
            "changed    content/blog/2024/no-status.md: status=draft → draft: true",
            "copied     content/blog/2024/img/turbine.svg → content/articles/tidal-power/turbine.svg",
            "copied     assets/img/harbour.svg → content/articles/harbour-notes/harbour.svg",
            "copied     assets/css/site.css → templates/assets/css/site.css",
            "skipped    templates/: JBake's templates use JBake's model",
            "import-jbake: 5 articles imported, 2 not imported")) {
      assertTrue(report.contains(line), "report lacks \"" + line + "\":\n" + report);
    }
    assertEquals(
        """
        ---
        title: "Tidal Power: Slow, Steady, Overlooked"
        date: 2024-03-05
        author: mara-quay
        topics: [energy, tides, coastal-policy]
        ---
        Tidal turbines turn on a timetable that can be printed years ahead, which is more than wind
        or sun can promise.

        ![A turbine on its test frame](turbine.svg)

        The hard part is not the physics but the permits: each estuary is also a fishery, a shipping
        lane and a nature reserve.
        """,
        read(site, "content/articles/tidal-power/en.md"));
    assertEquals(
        """
        ---
        title: "Breakwaters: A Short History"
        date: 2024-06-01
        author: editor
        topics: [coastal-policy, history]
        summary: "Why stone still beats concrete in some harbours."
        ---
        The oldest breakwaters were heaps of stone, and many still are.
        """,
        read(site, "content/articles/yaml-header/en.md"));
    assertTrue(read(site, "content/articles/draft-idea/en.md").contains("\ndraft: true\n"));
    assertEquals(
        """
        coastal-policy: {en: "Coastal Policy"}
        energy: {en: "Energy"}
        history: {en: "History"}
        tides: {en: "Tides"}
        work: {en: "Work"}
        """,
        read(site, "content/topics.yaml"));
    assertEquals(
        """
        editor:
          name: {en: "Editor"}
        mara-quay:
          name: {en: "Mara Quay"}
        """,
        read(site, "content/authors.yaml"));
    assertEquals(
        """
        # Imported from jbake.properties
        baseUrl: https://harbour.example.org/
        languages: [en]
        """,
        read(site, "site.yaml"));

    Path built = dir.resolve("out");
    out.getBuffer().setLength(0);
    assertEquals(
        0,
        run("build", "--source", site.toString(), "--out", built.toString()),
        err.toString() + out);
    assertTrue(out.toString().contains("0 warnings"), out.toString());
    assertTrue(
        read(built, "en/articles/tidal-power/index.html")
            .contains("<img src=\"turbine.svg\" alt=\"A turbine on its test frame\""));
    assertTrue(Files.isRegularFile(built.resolve("en/articles/tidal-power/turbine.svg")));
    assertTrue(
        read(built, "en/articles/harbour-notes/index.html")
            .contains("<img src=\"harbour.svg\" alt=\"The harbour at night\">"));
    assertTrue(read(built, "en/topics/coastal-policy/index.html").contains("Breakwaters"));
    assertFalse(Files.exists(built.resolve("en/articles/draft-idea")));
    assertFalse(Files.exists(built.resolve("en/articles/no-status")));
    out.getBuffer().setLength(0);
    assertEquals(0, run("check", "--source", site.toString()), err.toString() + out);
    assertTrue(out.toString().contains(" 0 broken"), out.toString());
  }

  @Test
  void neverOverwritesAFileAndAgainChangesNothing() throws Exception {
    Path jbake = jbakeSite();
    Path site = dir.resolve("site");
    Files.createDirectories(site.resolve("content/articles/tidal-power"));
    Files.writeString(site.resolve("site.yaml"), "baseUrl: https://mine.example.org/\n");
    Files.writeString(site.resolve("content/articles/tidal-power/en.md"), "mine\n");
    Files.writeString(site.resolve("content/topics.yaml"), "mine: {en: Mine}\n");
    assertEquals(0, run("import-jbake", jbake.toString(), site.toString()), err.toString());
    assertEquals("baseUrl: https://mine.example.org/\n", read(site, "site.yaml"));
    assertEquals("mine: {en: Mine}\n", read(site, "content/topics.yaml"));
    assertTrue(
        out.toString()
            .contains(
                "exists     content/topics.yaml (not overwritten); add these topics to it"
                    + " yourself:\ncoastal-policy: {en: \"Coastal Policy\"}"),
        out.toString());
    assertFalse(out.toString().contains("site.host → site.yaml"), out.toString());
    assertEquals("mine\n", read(site, "content/articles/tidal-power/en.md"));
    assertTrue(out.toString().contains("exists     site.yaml (not overwritten)"), out.toString());
    assertTrue(
        out.toString()
            .contains(
                "skipped    content/blog/2024/tidal-power.md: content/articles/tidal-power/ exists"
                    + " in the target (not overwritten)"),
        out.toString());

    Map<String, String> before = TestSite.snapshot(site);
    out.getBuffer().setLength(0);
    assertEquals(0, run("import-jbake", jbake.toString(), site.toString()), err.toString());
    assertEquals(before, TestSite.snapshot(site));
    assertTrue(out.toString().contains("import-jbake: 0 articles imported"), out.toString());
  }

  @Test
  void refusesAFolderThatIsNotAJBakeSite() throws IOException {
    Files.createDirectories(dir.resolve("plain"));
    assertEquals(
        2, run("import-jbake", dir.resolve("plain").toString(), dir.resolve("site").toString()));
    assertTrue(
        err.toString().contains("has no jbake.properties, so it is not a JBake site folder"),
        err.toString());
    assertFalse(Files.exists(dir.resolve("site")));
  }

  @Test
  void refusesATargetThatIsAFile() throws Exception {
    Path jbake = jbakeSite();
    Files.writeString(dir.resolve("file"), "x");
    assertEquals(2, run("import-jbake", jbake.toString(), dir.resolve("file").toString()));
    assertTrue(err.toString().contains("is a file, not a folder to import into"), err.toString());
    assertEquals("x", Files.readString(dir.resolve("file")));
  }

  private static String read(Path root, String path) throws IOException {
    return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
  }
}
