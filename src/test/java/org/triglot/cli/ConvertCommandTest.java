package org.triglot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String stdin, String... args) {
    return Main.run(
        args,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out),
        new PrintWriter(err));
  }

  @Test
  void convertsStandardInputToTraditionalLineByLine() {
    int code =
        run(
            "对俄制裁进入第三年\n\n他们面临着压力\r\nno Chinese here\n",
            "convert",
            "--from",
            "zh-Hans",
            "--to",
            "zh-Hant",
            "--source",
            dir.toString());
    assertEquals(0, code, err.toString());
    assertEquals("對俄制裁進入第三年\n\n他們面臨著壓力\nno Chinese here\n", out.toString());
  }

  @Test
  void convertsStandardInputToSimplified() {
    int code =
        run(
            "著名經濟學家看著臺灣",
            "convert",
            "--from",
            "zh-Hant",
            "--to",
            "zh-Hans",
            "--source",
            dir.toString());
    assertEquals(0, code, err.toString());
    assertEquals("著名经济学家看着台湾\n", out.toString());
  }

  @Test
  void usesAGivenGlossaryOverTheBundledOne() throws IOException {
    Path glossary = dir.resolve("mine.glossary");
    Files.writeString(glossary, "软件 = 軟體\n", StandardCharsets.UTF_8);
    int code =
        run(
            "软件制裁\n",
            "convert",
            "--from",
            "zh-Hans",
            "--to",
            "zh-Hant",
            "--glossary",
            glossary.toString());
    assertEquals(0, code, err.toString());
    assertEquals("軟體制裁\n", out.toString());
  }

  @Test
  void usesTheSiteGlossaryOfTheSourceFolder() throws IOException {
    Files.createDirectories(dir.resolve("i18n"));
    Files.writeString(dir.resolve("i18n/zh-Hant.glossary"), "软件 = 軟體\n", StandardCharsets.UTF_8);
    assertEquals(
        0,
        run("软件\n", "convert", "--from", "zh-Hans", "--to", "zh-Hant", "--source", dir.toString()));
    assertEquals("軟體\n", out.toString());
  }

  @Test
  void malformedGlossaryIsReportedWithItsLineAndConvertsNothing() throws IOException {
    Path glossary = dir.resolve("bad.glossary");
    Files.writeString(glossary, "# mine\n软件 軟體\n", StandardCharsets.UTF_8);
    int code =
        run(
            "软件\n",
            "convert",
            "--from",
            "zh-Hans",
            "--to",
            "zh-Hant",
            "--glossary",
            glossary.toString());
    assertEquals(1, code);
    assertTrue(err.toString().contains("bad.glossary:2:1: error:"), err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void rejectsAnUnknownFlagWithUsageExitCode() {
    assertEquals(2, run("", "convert", "--from", "zh-Hans", "--to", "zh-Hant", "--fast"));
    assertTrue(err.toString().contains("--fast"), err.toString());
  }

  @Test
  void rejectsMissingOrWrongScripts() {
    assertEquals(2, run("", "convert", "--from", "zh-Hans"));
    assertEquals(2, run("", "convert", "--from", "en", "--to", "zh-Hant"));
    assertEquals(2, run("", "convert", "--from", "zh-Hant", "--to", "zh-hant"));
    assertTrue(
        err.toString().contains("--from must be zh-Hans or zh-Hant (got \"en\")"), err.toString());
  }

  @Test
  void printsHelp() {
    assertEquals(0, run("", "convert", "--help"));
    assertTrue(out.toString().contains("--from=TAG"), out.toString());
  }
}
