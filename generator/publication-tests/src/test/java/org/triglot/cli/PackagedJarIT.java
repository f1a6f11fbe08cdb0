package org.triglot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/**
 * The packaged generator, as README.md tells editors to run it: {@code java -jar target/triglot.jar
 * build --source DIR --out DIR} on a folder that brings only content/, so the templates and strings
 * come from inside the jar.
 */
class PackagedJarIT {
  @TempDir Path dir;

  /** Runs {@code java -jar target/triglot.jar ARGS} and returns exit code and output. */
  static String[] run(Path workDir, String... args) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("triglot.cliJar", "target/triglot.jar")).toAbsolutePath();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString()));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new String[] {String.valueOf(process.waitFor()), output};
  }

  @Test
  void buildsAnotherSiteFolderWithTheTemplatesInsideTheJar() throws Exception {
    Path site = dir.resolve("my-site");
    TestSite.write(
        site,
        TestSite.COMMON
            + """
        -- content/articles/tea/en.md --
        ---
        title: Tea
        date: 2024-03-01
        author: ann
        topics: [tea]
        ---
        About tea.
        -- content/articles/tea/zh-Hans.md --
        ---
        title: 关于茶
        ---
        茶的历史。
        """);
    String[] result = run(dir, "build", "--source", "my-site", "--out", "public");
    assertEquals("0", result[0], result[1]);
    assertTrue(result[1].contains("built "), result[1]);
    String page = Files.readString(dir.resolve("public/zh-hant/articles/tea/index.html"));
    assertTrue(page.contains("<html lang=\"zh-Hant\" data-fonts=\"hant\">"), page);
    assertTrue(page.contains("關於茶"), page);
    try (var assets = Files.list(dir.resolve("public/assets"))) {
      assertTrue(
          assets.anyMatch(p -> p.getFileName().toString().matches("style\\.[0-9a-f]{10}\\.css")));
    }
  }

  @Test
  void reportsContentErrorsWithExitCodeOne() throws Exception {
    Path site = dir.resolve("broken");
    TestSite.write(
        site,
        TestSite.COMMON
            + """
        -- content/articles/tea/en.md --
        ---
        title: Tea
        author: ann
        ---
        About tea.
        """);
    String[] result = run(dir, "build", "--source", "broken", "--out", "public");
    assertEquals("1", result[0], result[1]);
    assertTrue(
        result[1].contains("content/articles/tea/en.md:1:1: error: missing date"), result[1]);
    assertTrue(Files.notExists(dir.resolve("public")));
  }
}
