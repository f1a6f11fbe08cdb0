package org.triglot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;
import org.triglot.config.ControlCharacters;

/**
 * Faults a careless or hostile editor can cause, each tried through the command line: the exit
 * code, the exact diagnostic, and that the previous site and the content are as they were.
 */
class HardeningTest {
  @TempDir Path dir;

  private static final String SITE =
      TestSite.TEA
          + """
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

  private static CliRun build(Path site, Path out) {
    return CliRun.of("build", "--source", site.toString(), "--out", out.toString());
  }

  @Test
  void aTemplateCannotRunAProgram() throws IOException {
    Path site = site();
    Path out = dir.resolve("out");
    assertEquals(0, build(site, out).exitCode());
    Map<String, String> before = TestSite.snapshot(out);
    Path marker = dir.resolve("ran");
    Files.createDirectories(site.resolve("templates"));
    Files.writeString(
        site.resolve("templates/404.ftlh"),
        "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"touch "
            + marker
            + "\")}\n",
        StandardCharsets.UTF_8);
    Map<String, String> content = TestSite.snapshot(site);

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
    assertEquals(before, TestSite.snapshot(out), "the previous site changed");
    assertEquals(content, TestSite.snapshot(site), "the site folder changed");
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

  @Test
  void aMissingEmptyOrMisnamedSiteYamlIsAWarningNamingTheExpectedFile() throws IOException {
    Path site = site();
    Path out = dir.resolve("out");
    String placeholder =
        ", so every canonical, feed and sitemap URL starts with the placeholder"
            + " https://example.org/";

    Files.delete(site.resolve("site.yaml"));
    CliRun missing = build(site, out);
    assertEquals(0, missing.exitCode(), missing.err());
    assertEquals(
        "site.yaml: warning: the site has no site.yaml"
            + placeholder
            + "\n  hint: create site.yaml with the URL readers reach the site at, e.g. baseUrl:"
            + " https://www.example.org/\n",
        missing.err());

    Files.writeString(site.resolve("site.yml"), "baseUrl: https://tea.example/\n");
    CliRun misnamed = build(site, out);
    assertEquals(0, misnamed.exitCode(), misnamed.err());
    assertEquals(
        "site.yml: warning: \"site.yml\" is not read: the build looks for site.yaml\n"
            + "  hint: rename it to site.yaml\n",
        misnamed.err());

    Files.delete(site.resolve("site.yml"));
    Files.writeString(site.resolve("site.yaml"), "");
    CliRun empty = build(site, out);
    assertEquals(0, empty.exitCode(), empty.err());
    assertEquals(
        "site.yaml: warning: site.yaml sets no baseUrl"
            + placeholder
            + "\n  hint: add the URL readers reach the site at, e.g. baseUrl:"
            + " https://www.example.org/\n",
        empty.err());

    CliRun given =
        CliRun.of(
            "build",
            "--source",
            site.toString(),
            "--out",
            out.toString(),
            "--base-url",
            "https://tea.example/");
    assertEquals(0, given.exitCode(), given.err());
    assertEquals("", given.err());
  }

  @Test
  void authorsYmlIsAWarningNamingAuthorsYaml() throws IOException {
    Path site = site();
    Files.move(site.resolve("content/authors.yaml"), site.resolve("content/authors.yml"));
    CliRun run = build(site, dir.resolve("out"));
    assertEquals(1, run.exitCode(), run.err());
    assertEquals(
        List.of(
            "content/authors.yaml: error: the site has no content/authors.yaml, but articles name"
                + " authors (the first at content/articles/tea/en.md:4)",
            "  hint: define each author there, e.g. jane-doe: {name: {en: Jane Doe}, title: {en:"
                + " Senior Fellow}}",
            "content/authors.yml: warning: \"authors.yml\" is not read: the build looks for"
                + " content/authors.yaml",
            "  hint: rename it to authors.yaml",
            "build failed: 1 error; "
                + dir.resolve("out")
                + " was left as it was, without its completion mark, so it will not be deployed"),
        run.err().lines().toList());
  }

  @Test
  void aMalformedAuthorsOrTopicsFileIsTheOneErrorNotACascadeOfUnknownIds() throws IOException {
    Path site = site();
    Path out = dir.resolve("out");
    assertEquals(0, build(site, out).exitCode());
    Map<String, String> before = TestSite.snapshot(out);
    for (int i = 1; i <= 20; i++) {
      TestSite.write(
          site,
          "-- content/articles/note-"
              + i
              + "/en.md --\n---\ntitle: Note "
              + i
              + "\ndate: 2024-03-02\nauthor: [ann, bo]\ntopics: [tea, trade]\n---\nA note.\n");
    }
    Files.writeString(
        site.resolve("content/authors.yaml"), "ann:\n  name: {en: Ann Lee\nbo: {name: {en: Bo}}\n");
    Files.writeString(
        site.resolve("content/topics.yaml"), "tea: {en: Tea}\n\ttrade: {en: Trade}\n");
    Map<String, String> content = TestSite.snapshot(site);

    CliRun run = build(site, out);
    assertEquals(1, run.exitCode(), run.err());
    List<String> headlines = run.err().lines().filter(l -> l.contains(": error: ")).toList();
    assertEquals(2, headlines.size(), run.err());
    assertEquals(
        List.of(
            "content/authors.yaml:3:3: error: malformed YAML: expected ',' or '}', but got :",
            "content/topics.yaml:2:1: error: malformed YAML: found character '\\t(TAB)' that"
                + " cannot start any token. (Do not use \\t(TAB) for indentation)"),
        headlines);
    assertTrue(
        run.err().contains("  hint: indent with spaces: YAML does not allow tabs in indentation\n"),
        run.err());
    assertFalse(run.err().contains("unknown"), run.err());
    assertEquals(before, TestSite.snapshot(out), "the previous site changed");
    assertEquals(content, TestSite.snapshot(site), "the site folder changed");
  }

  @Test
  void controlCharactersAreRemovedWithAWarningAndEveryFeedAndSitemapIsXml() throws Exception {
    Path site = dir.resolve("sample");
    for (String part : List.of("content", "templates", "i18n", "site.yaml")) {
      copyTree(Path.of(part), site.resolve(part));
    }
    Path article = site.resolve("content/articles/after-glasgow-arithmetic-of-trust/en.md");
    String text = Files.readString(article, StandardCharsets.UTF_8);
    text =
        text.replace(
                "title: \"After Glasgow, the Arithmetic of Trust\"",
                "title: \"After Glasgow,\u000C the Arithmetic of Trust\"")
            .replace(
                "Climate summits are judged twice:",
                "Climate summits are \u001B[31mjudged\u001B[0m twice:\u0085");
    Files.writeString(article, text, StandardCharsets.UTF_8);
    Path chinese = site.resolve("content/articles/after-glasgow-arithmetic-of-trust/zh-Hans.md");
    Files.writeString(
        chinese,
        Files.readString(chinese, StandardCharsets.UTF_8).replaceFirst("\n---\n", "\n---\n\u0007"),
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    CliRun run = build(site, out);
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        List.of(
            "content/articles/after-glasgow-arithmetic-of-trust/en.md:2:23: warning: control"
                + " character U+000C removed",
            "content/articles/after-glasgow-arithmetic-of-trust/en.md:8:21: warning: control"
                + " characters U+001B, U+0085 removed",
            "content/articles/after-glasgow-arithmetic-of-trust/zh-Hans.md:"
                + (chineseFenceLine(chinese) + 1)
                + ":1: warning: control character U+0007 removed"),
        run.err().lines().filter(l -> l.contains(": warning: ")).toList());
    List<Path> xml;
    try (Stream<Path> files = Files.walk(out)) {
      xml = files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
    }
    assertTrue(xml.size() >= 4, xml.toString());
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    for (Path file : xml) {
      factory.newDocumentBuilder().parse(file.toFile());
    }
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".html") || name.endsWith(".xml") || name.endsWith(".json")) {
          String page = Files.readString(file, StandardCharsets.UTF_8);
          assertTrue(page.chars().noneMatch(ControlCharacters::isRemoved), file.toString());
        }
      }
    }
    String page =
        Files.readString(out.resolve("en/articles/after-glasgow-arithmetic-of-trust/index.html"));
    assertTrue(page.contains("After Glasgow, the Arithmetic of Trust"), "title kept");
    assertTrue(page.contains("Climate summits are [31mjudged[0m twice:"), "text kept");
  }

  private static int chineseFenceLine(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).startsWith("---")) {
        return i + 1;
      }
    }
    throw new AssertionError("no closing fence in " + file);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(source, target);
        }
      }
    }
  }

  /** Builds once, breaks the site with {@code files}, and returns the failing build's run. */
  private CliRun failingAfter(Path site, Path out, String files) {
    assertEquals(0, build(site, out).exitCode());
    Map<String, String> before = TestSite.snapshot(out);
    TestSite.write(site, files);
    Map<String, String> content = TestSite.snapshot(site);
    CliRun run = build(site, out);
    assertEquals(1, run.exitCode(), run.err());
    assertFalse(run.err().contains("\tat "), "a stack trace was printed: " + run.err());
    assertEquals(before, TestSite.snapshot(out), "the previous site changed");
    assertEquals(content, TestSite.snapshot(site), "the site folder changed");
    return run;
  }

  private String failedLine(Path out) {
    return "build failed: 1 error; "
        + out
        + " was left as it was, without its completion mark, so it will not be deployed\n";
  }

  @Test
  void aTemplateSyntaxErrorIsOneDiagnosticAtItsLineInBuildAndCheck() throws IOException {
    Path site = site();
    Path out = dir.resolve("out");
    CliRun run =
        failingAfter(
            site,
            out,
            """
            -- templates/layout.ftlh --
            <#macro document head bodyClass="" refresh="">
            <!DOCTYPE html>
            <html><#if>
            </#macro>
            """);
    String diagnostic =
        "templates/layout.ftlh:3:8: error: template syntax error: #if is an existing directive,"
            + " but the tag is malformed.  (See FreeMarker Manual / Directive Reference.)\n"
            + "  <html><#if>\n"
            + "         ^\n"
            + "  hint: fix the template at that line\n";
    assertEquals(diagnostic + failedLine(out), run.err());

    CliRun check = CliRun.of("check", "--debug", "--source", site.toString());
    assertEquals(1, check.exitCode(), check.err());
    assertTrue(check.err().startsWith(diagnostic), check.err());
    assertFalse(check.err().contains("\tat "), check.err());
  }

  @Test
  void aMacroThatCallsItselfIsStoppedAtItsTemplateAndNamesThePage() throws IOException {
    Path site = site();
    Path out = dir.resolve("out");
    CliRun run =
        failingAfter(
            site,
            out,
            """
            -- templates/404.ftlh --
            <#macro again n>${n}<@again n=n+1/></#macro>
            <@again n=1/>
            """);
    assertEquals(
        "templates/404.ftlh:1:1: error: template error: templates nest more than 400 instructions"
            + " deep: a macro or function that calls itself without end? (while rendering"
            + " en/404.html and 2 more pages)\n"
            + "  hint: fix the template, or the content value it names\n"
            + failedLine(out),
        run.err());
  }

  @Test
  void aLoopWithoutEndIsStoppedAtTheTimeLimitOfSiteYaml() throws IOException {
    Path site = site();
    Path out = dir.resolve("out");
    CliRun run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () ->
                failingAfter(
                    site,
                    out,
                    """
                    -- site.yaml --
                    baseUrl: https://example.org/
                    renderTimeLimit: 1
                    -- templates/404.ftlh --
                    <#list 1.. as i>
                    </#list>
                    """));
    assertEquals(
        "templates/404.ftlh:1:1: error: template error: rendering the page took longer than 1 s"
            + " (renderTimeLimit in site.yaml): a loop without end? (while rendering en/404.html)\n"
            + "  hint: fix the template, or the content value it names\n"
            + failedLine(out),
        run.err());
  }

  @Test
  void aLoopThatWritesWithoutEndIsStoppedBeforeItExhaustsMemory() throws IOException {
    Path site = site();
    Path out = dir.resolve("out");
    CliRun run =
        failingAfter(
            site,
            out,
            """
            -- templates/404.ftlh --
            <#list 1.. as i>${i} and more </#list>
            """);
    assertTrue(
        run.err()
            .startsWith(
                "templates/404.ftlh:1:17: error: template error: the page grew past 64 million"
                    + " characters: a loop that writes without end? (while rendering en/404.html"),
        run.err());
  }

  @Test
  void aUiStringNamingAnArgumentTheTemplateDoesNotPassIsAnErrorAtTheCall() throws IOException {
    Path site = site();
    Path out = dir.resolve("out");
    CliRun run =
        failingAfter(
            site,
            out,
            """
            -- i18n/en.yaml --
            article:
              readingTime: "{minuts, plural, one {# minute read} other {# minutes read}}"
            """);
    assertEquals(
        "templates/article.ftlh:21:34: error: template error: the UI string"
            + " \"article.readingTime\" of en uses {minuts}, which this call does not pass (it"
            + " passes minutes) (while rendering content/articles/tea/en.md)\n"
            + "  hint: fix the template, or the content value it names\n"
            + failedLine(out),
        run.err());
  }

  /** The build of {@code site} into {@code out} failed as expected and changed nothing. */
  private static CliRun failsLeavingEverythingAsItWas(Path site, Path out) throws IOException {
    Map<String, String> before = TestSite.snapshot(out);
    Map<String, String> content = TestSite.snapshot(site);
    CliRun run = build(site, out);
    assertEquals(1, run.exitCode(), run.err());
    assertEquals(before, TestSite.snapshot(out), "the previous site changed");
    assertEquals(content, TestSite.snapshot(site), "the site folder changed");
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

    CliRun run = build(site, out);
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.err().lines().toList();
    assertFalse(run.err().contains("\u001B"), run.err());
    assertEquals(
        List.of(
            "content/articles/tea/en.md:2:12: warning: control character U+001B removed",
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
            + "> ".repeat(150)
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
