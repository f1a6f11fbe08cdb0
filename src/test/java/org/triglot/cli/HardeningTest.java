package org.triglot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/**
 * Faults a careless or hostile editor can cause, each tried through the command line: the exit
 * code, the exact diagnostic, and that the previous site and the content are as they were.
 */
class HardeningTest {
  @TempDir Path dir;

  private static final String SITE =
      TestSite.COMMON
          + """
          -- content/articles/tea/en.md --
          ---
          title: Tea
          date: 2024-03-01
          author: ann
          ---
          About tea.
          -- content/articles/tea/zh-Hans.md --
          ---
          title: 茶
          ---
          关于茶。
          """;

  private Path site() {
    Path site = dir.resolve("site");
    TestSite.write(site, SITE);
    return site;
  }

  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            root.relativize(file).toString(),
            new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }

  private static CliRun build(Path site, Path out) {
    return CliRun.of("build", "--source", site.toString(), "--out", out.toString());
  }

  @Test
  void aTemplateCannotRunAProgram() throws IOException {
    Path site = site();
    Path out = dir.resolve("out");
    assertEquals(0, build(site, out).exitCode());
    Map<String, String> before = snapshot(out);
    Path marker = dir.resolve("ran");
    Files.createDirectories(site.resolve("templates"));
    Files.writeString(
        site.resolve("templates/404.ftlh"),
        "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"touch "
            + marker
            + "\")}\n",
        StandardCharsets.UTF_8);
    Map<String, String> content = snapshot(site);

    CliRun run = build(site, out);
    assertEquals(1, run.exitCode(), run.err());
    String first = run.err().lines().findFirst().orElseThrow();
    assertTrue(
        first.matches(
            "templates/404\\.ftlh:1:1: error: template error: Instantiating"
                + " freemarker\\.template\\.utility\\.Execute is not allowed in the template for"
                + " security reasons\\. \\(while rendering [a-z-]+/404\\.html and 2 more pages\\)"),
        first);
    assertFalse(Files.exists(marker), "the template ran a command");
    assertEquals(before, snapshot(out), "the previous site changed");
    assertEquals(content, snapshot(site), "the site folder changed");
  }

  @Test
  void editorLeftoversAreNotPublishedAndEachIsWarnedAbout() throws IOException {
    Path site = site();
    Path folder = site.resolve("content/articles/tea");
    for (String leftover : List.of("en.md.bak", "en.md~", ".#en.md", ".en.md.swp", ".DS_Store")) {
      Files.writeString(folder.resolve(leftover), "old text", StandardCharsets.UTF_8);
    }
    Files.createDirectories(site.resolve("templates/assets"));
    Files.writeString(site.resolve("templates/assets/style.css~"), "old", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    CliRun run = build(site, out);
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        List.of(
            "content/articles/tea/.#en.md: warning: \".#en.md\" is not published",
            "content/articles/tea/.DS_Store: warning: \".DS_Store\" is not published",
            "content/articles/tea/.en.md.swp: warning: \".en.md.swp\" is not published",
            "content/articles/tea/en.md.bak: warning: \"en.md.bak\" is not published",
            "content/articles/tea/en.md~: warning: \"en.md~\" is not published",
            "templates/assets/style.css~: warning: \"style.css~\" is not published"),
        run.err().lines().filter(l -> l.contains(": warning: ")).toList());
    try (Stream<Path> files = Files.walk(out)) {
      List<String> published =
          files
              .map(f -> f.getFileName().toString())
              .filter(
                  n ->
                      n.contains("~")
                          || n.contains(".bak")
                          || n.contains("swp")
                          || n.startsWith("."))
              .toList();
      assertEquals(List.of(), published);
    }
  }

  @Test
  void stampingATranslationKeepsItsFileMode() throws IOException {
    Path site = site();
    Path translation = site.resolve("content/articles/tea/zh-Hans.md");
    Files.setPosixFilePermissions(translation, PosixFilePermissions.fromString("rw-r--r--"));

    CliRun run =
        CliRun.of("status", "--source", site.toString(), "--stamp", translation.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.readString(translation).contains("source: "), Files.readString(translation));
    assertEquals(
        "rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(translation)));
  }

  @Test
  void datesBeforeTheGregorianReformAreShownInTheCalendarOfTheirDatetime() throws IOException {
    Path site = site();
    TestSite.write(
        site,
        """
        -- content/articles/tea/en.md --
        ---
        title: Tea
        date: 0001-01-01
        author: ann
        ---
        About tea.
        """);
    Path out = dir.resolve("out");
    CliRun run = build(site, out);
    assertEquals(0, run.exitCode(), run.err());
    String page = Files.readString(out.resolve("en/articles/tea/index.html"));
    assertTrue(page.contains("<time datetime=\"0001-01-01\">Jan 01, 0001</time>"), page);
    String chinese = Files.readString(out.resolve("zh-hans/articles/tea/index.html"));
    assertTrue(chinese.contains("<time datetime=\"0001-01-01\">1年1月1日</time>"), chinese);
  }

  /** The build of {@code site} into {@code out} failed as expected and changed nothing. */
  private static CliRun failsLeavingEverythingAsItWas(Path site, Path out) throws IOException {
    Map<String, String> before = snapshot(out);
    Map<String, String> content = snapshot(site);
    CliRun run = build(site, out);
    assertEquals(1, run.exitCode(), run.err());
    assertEquals(before, snapshot(out), "the previous site changed");
    assertEquals(content, snapshot(site), "the site folder changed");
    return run;
  }

  private Path builtSite(Path out) {
    Path site = site();
    assertEquals(0, build(site, out).exitCode());
    return site;
  }

  @Test
  void aTenMegabyteTitleIsRefusedAtItsLineQuicklyAndQuotedShort() throws IOException {
    Path out = dir.resolve("out");
    Path site = builtSite(out);
    Files.writeString(
        site.resolve("content/articles/tea/en.md"),
        "---\ntitle: " + "a".repeat(10_000_000) + "\ndate: 2024-03-01\nauthor: ann\n---\nTea.\n",
        StandardCharsets.UTF_8);

    long started = System.nanoTime();
    CliRun run = failsLeavingEverythingAsItWas(site, out);
    long millis = (System.nanoTime() - started) / 1_000_000;

    List<String> lines = run.err().lines().toList();
    assertEquals(
        List.of(
            "content/articles/tea/en.md:2:1: error: this line has more than 1048576 bytes, the"
                + " most a line may have",
            "  title: " + "a".repeat(192) + "…",
            "  ^",
            "  hint: break the text into paragraphs; put images and other media beside the"
                + " article as files"),
        lines.subList(0, 4));
    assertTrue(run.err().length() < 1000, "printed " + run.err().length() + " characters");
    assertTrue(millis < 10_000, "took " + millis + " ms");
  }

  @Test
  void aFrontMatterLineOverSixtyFourKibibytesIsRefusedBeforeTheYamlIsParsed() throws IOException {
    Path out = dir.resolve("out");
    Path site = builtSite(out);
    Files.writeString(
        site.resolve("content/articles/tea/en.md"),
        "---\ntitle: Tea\nsummary: " + "茶".repeat(30_000) + "\ndate: 2024-03-01\n---\nTea.\n",
        StandardCharsets.UTF_8);

    CliRun run = failsLeavingEverythingAsItWas(site, out);
    List<String> lines = run.err().lines().toList();
    assertEquals(
        "content/articles/tea/en.md:3:1: error: this line has more than 65536 bytes, the most a"
            + " YAML line may have",
        lines.get(0));
    assertEquals("  summary: " + "茶".repeat(190) + "…", lines.get(1));
  }

  @Test
  void aFileOverFourMebibytesIsRefusedWhereItCrossesTheLimit() throws IOException {
    Path out = dir.resolve("out");
    Path site = builtSite(out);
    String head = "---\ntitle: Tea\ndate: 2024-03-01\nauthor: ann\n---\n";
    String paragraph = "x".repeat(1023) + "\n"; // 1 KiB a line
    Files.writeString(
        site.resolve("content/articles/tea/en.md"),
        head + paragraph.repeat(5000),
        StandardCharsets.UTF_8);

    CliRun run = failsLeavingEverythingAsItWas(site, out);
    int limit = 4 * 1024 * 1024;
    int line = 6 + (limit - head.length()) / 1024;
    int column = (limit - head.length()) % 1024 + 1;
    assertEquals(
        "content/articles/tea/en.md:"
            + line
            + ":"
            + column
            + ": error: the file has more than 4194304 bytes (4 MiB), the most a site file may have",
        run.err().lines().findFirst().orElseThrow());
  }

  @Test
  void invalidUtf8IsReportedAtTheLineAndColumnOfTheFirstBadByteInEveryKindOfFile()
      throws IOException {
    Path out = dir.resolve("out");
    Path site = builtSite(out);
    Map<String, String> files =
        Map.of(
            "content/articles/tea/en.md",
            "---\ntitle: 茶 Caf\u00FF au lait\ndate: 2024-03-01\nauthor: ann\n---\nTea.\n",
            "content/topics.yaml",
            "tea: {en: Tea}\ntrade: {en: Tr\u00FFde}\n",
            "i18n/en.yaml",
            "nav:\n  home: Ho\u00FFme\n",
            "i18n/zh-Hant.glossary",
            "# site\n制裁 = 制\u00FF裁\n");
    Map<String, String> expected =
        Map.of(
            "content/articles/tea/en.md",
            "content/articles/tea/en.md:2:13: error: the file is not valid UTF-8 (byte 0xFF here)",
            "content/topics.yaml",
            "content/topics.yaml:2:15: error: the file is not valid UTF-8 (byte 0xFF here)",
            "i18n/en.yaml",
            "i18n/en.yaml:2:11: error: the file is not valid UTF-8 (byte 0xFF here)",
            "i18n/zh-Hant.glossary",
            "i18n/zh-Hant.glossary:2:7: error: the file is not valid UTF-8 (byte 0xFF here)");
    for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
      Path path = site.resolve(file.getKey());
      byte[] original = Files.exists(path) ? Files.readAllBytes(path) : null;
      Files.createDirectories(path.getParent());
      Files.write(path, utf8WithByteFF(file.getValue()));
      CliRun run = failsLeavingEverythingAsItWas(site, out);
      assertEquals(
          expected.get(file.getKey()),
          run.err().lines().filter(l -> l.contains("UTF-8")).findFirst().orElse(run.err()));
      if (original == null) {
        Files.delete(path);
      } else {
        Files.write(path, original);
      }
    }
  }

  @Test
  void controlCharactersInAQuotedLineAreEscaped() throws IOException {
    Path out = dir.resolve("out");
    Path site = builtSite(out);
    Files.writeString(
        site.resolve("content/articles/tea/en.md"),
        "---\ntitle: Tea \u001B[2J\u001B[31mred\ndate: 2024-03-01\nauthor: ann\n---\nTea.\n",
        StandardCharsets.UTF_8);

    CliRun run = failsLeavingEverythingAsItWas(site, out);
    List<String> lines = run.err().lines().toList();
    assertFalse(run.err().contains("\u001B"), run.err());
    assertEquals(
        List.of(
            "content/articles/tea/en.md:2:12: error: malformed YAML: the character U+001B is not"
                + " allowed in YAML",
            "  title: Tea \\u001B[2J\\u001B[31mred",
            "             ^"),
        lines.subList(0, 3));
  }

  /** {@code text} in UTF-8, except that each U+00FF stands for the byte 0xFF, never in UTF-8. */
  private static byte[] utf8WithByteFF(String text) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    String[] parts = text.split("\u00FF", -1);
    for (int i = 0; i < parts.length; i++) {
      out.writeBytes(parts[i].getBytes(StandardCharsets.UTF_8));
      if (i < parts.length - 1) {
        out.write(0xFF);
      }
    }
    return out.toByteArray();
  }

  @Test
  void aBodyNestedTooDeeplyToRenderIsAnErrorAtItsLine() throws IOException {
    Path out = dir.resolve("out");
    Path site = builtSite(out);
    Files.writeString(
        site.resolve("content/articles/tea/en.md"),
        "---\ntitle: Tea\ndate: 2024-03-01\nauthor: ann\n---\nAbout tea.\n\n"
            + "> ".repeat(5000)
            + "deep\n",
        StandardCharsets.UTF_8);

    CliRun run = failsLeavingEverythingAsItWas(site, out);
    List<String> lines = run.err().lines().toList();
    assertEquals(
        "content/articles/tea/en.md:8:1: error: the text nests lists, quotes, emphasis or links"
            + " more than 100 levels deep",
        lines.get(0));
    assertEquals("  " + "> ".repeat(99) + ">…", lines.get(1));
  }
}
