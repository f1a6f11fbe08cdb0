package org.triglot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code triglot init DIR} makes a publication that builds, checks and reports as current with no
 * warning; it writes only into a new or empty folder. (The Maven plugin's invoker test {@code init}
 * builds the same publication with {@code mvn verify}.)
 */
class InitCommandTest {
  @TempDir Path dir;

  @Test
  void createsAPublicationThatBuildsChecksAndIsCurrent() throws Exception {
    Path pub = dir.resolve("Harbour Letter");
    CliRun init = CliRun.of("init", pub.toString(), "--date", "2025-02-03");
    assertEquals(0, init.exitCode(), init.err());
    for (String file :
        List.of(
            "pom.xml",
            "site.yaml",
            "README.md",
            "netlify.toml",
            "deploy/netlify-build.sh",
            ".gitignore",
            "content/authors.yaml",
            "content/topics.yaml",
            "content/articles/welcome/en.md",
            "content/articles/welcome/zh-Hans.md",
            "content/articles/welcome/zh-Hant.md",
            "i18n/en.yaml",
            "i18n/zh-Hans.yaml",
            "i18n/zh-Hant.yaml")) {
      assertTrue(Files.isRegularFile(pub.resolve(file)), file);
      assertTrue(init.out().contains("  " + file + "\n"), init.out());
    }
    String pom = Files.readString(pub.resolve("pom.xml"));
    assertTrue(pom.contains("<artifactId>harbour-letter</artifactId>"), pom);
    assertTrue(
        pom.contains(
            "<artifactId>triglot-maven-plugin</artifactId>\n        <version>"
                + GeneratorVersion.get()
                + "</version>"),
        pom);
    assertTrue(
        Files.readString(pub.resolve("content/articles/welcome/en.md"))
            .contains("date: 2025-02-03"));

    Path out = dir.resolve("out");
    CliRun build = CliRun.of("build", "--source", pub.toString(), "--out", out.toString());
    assertEquals(0, build.exitCode(), build.err());
    assertTrue(build.out().contains("; 0 warnings;"), build.out());
    assertEquals("", build.err());
    assertTrue(
        Files.readString(out.resolve("zh-hant/articles/welcome/index.html"))
            .contains("<h1>歡迎來到New Publication</h1>"));

    CliRun check = CliRun.of("check", "--source", pub.toString());
    assertEquals(0, check.exitCode(), check.err());
    assertTrue(check.out().contains("links: 0 broken"), check.out());

    CliRun status = CliRun.of("status", "--source", pub.toString(), "--fail-on-stale");
    assertEquals(0, status.exitCode(), status.out() + status.err());
    assertTrue(
        Pattern.compile("(?m)^welcome +original +current +current$").matcher(status.out()).find(),
        status.out());
  }

  @Test
  void aTitleWithQuotesBracesAndMarkupIsWrittenSafelyIntoEveryFile() throws Exception {
    Path pub = dir.resolve("odd");
    String title = "The \"Odd\" {Review} & <Co>'s";
    CliRun init = CliRun.of("init", pub.toString(), "--title", title, "--date", "2025-02-03");
    assertEquals(0, init.exitCode(), init.err());
    assertTrue(
        Files.readString(pub.resolve("pom.xml"))
            .contains("<name>The \"Odd\" {Review} &amp; &lt;Co&gt;'s</name>"));
    Path out = dir.resolve("out");
    CliRun build = CliRun.of("build", "--source", pub.toString(), "--out", out.toString());
    assertEquals(0, build.exitCode(), build.err());
    String home = Files.readString(out.resolve("en/index.html"));
    assertTrue(home.contains("The &quot;Odd&quot; {Review} &amp; &lt;Co&gt;&#39;s"), home);
    String article = Files.readString(out.resolve("en/articles/welcome/index.html"));
    assertTrue(
        article.contains("<h1>Welcome to The &quot;Odd&quot; {Review} &amp; &lt;Co&gt;&#39;s</h1>"),
        article);
  }

  @Test
  void refusesAFolderThatHoldsFilesAndWritesNothing() throws Exception {
    Path pub = Files.createDirectories(dir.resolve("taken"));
    Files.writeString(pub.resolve("notes.txt"), "mine");
    CliRun init = CliRun.of("init", pub.toString());
    assertEquals(Main.USAGE, init.exitCode());
    assertEquals(
        "triglot: "
            + pub
            + " is not empty (it holds notes.txt); init writes only into a new or empty folder and"
            + " never overwrites a file\n",
        init.err());
    try (var files = Files.list(pub)) {
      assertEquals(List.of(pub.resolve("notes.txt")), files.toList());
    }
    assertEquals("mine", Files.readString(pub.resolve("notes.txt")));
  }

  @Test
  void refusesABadDateBeforeWritingAnything() {
    Path pub = dir.resolve("new");
    CliRun init = CliRun.of("init", pub.toString(), "--date", "03/02/2025");
    assertEquals(Main.USAGE, init.exitCode());
    assertEquals(
        "triglot: --date must be a date such as 2024-03-01 (got \"03/02/2025\")\n", init.err());
    assertTrue(Files.notExists(pub));
  }

  @Test
  void artifactIdsAreMadeFromTheFolderName() {
    assertEquals("harbour-letter", InitCommand.artifactId(Path.of("/x/Harbour Letter")));
    assertEquals("publication", InitCommand.artifactId(Path.of("/x/港湾")));
    assertEquals("publication", InitCommand.artifactId(Path.of("/x/2024")));
  }
}
