package org.triglot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String stdin, String... args) {
    return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  private int run(InputStream stdin, String... args) {
    return Main.run(args, stdin, new PrintWriter(out), new PrintWriter(err));
  }

  private String[] toTraditional() {
    return new String[] {
      "convert", "--from", "zh-Hans", "--to", "zh-Hant", "--source", dir.toString()
    };
  }

  private void awaitOutput(String expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!out.toString().equals(expected) && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(expected, out.toString(), err.toString());
  }

  private static byte[] bytes(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }

  private static String hex(byte[] bytes) {
    StringBuilder hex = new StringBuilder();
    for (byte b : bytes) {
      hex.append(hex.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", b));
    }
    return hex.toString();
  }

  /** A place at or after {@code i} where a character starts (not a UTF-8 continuation byte). */
  private static int boundaryNear(byte[] text, int i) {
    while (i < text.length && (text[i] & 0xC0) == 0x80) {
      i++;
    }
    return i;
  }

  /** Hands out its bytes in pieces of random length up to {@code most}, as a pipe may. */
  private static final class TrickleInputStream extends InputStream {
    private final byte[] bytes;
    private final Random random;
    private final int most;
    private int next;

    TrickleInputStream(byte[] bytes, Random random, int most) {
      this.bytes = bytes;
      this.random = random;
      this.most = most;
    }

    @Override
    public int read() {
      return next < bytes.length ? bytes[next++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] into, int off, int len) {
      if (next == bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, 1 + random.nextInt(most)), bytes.length - next);
      System.arraycopy(bytes, next, into, off, n);
      next += n;
      return n;
    }
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
    assertEquals("對俄制裁進入第三年\n\n他們面臨著壓力\r\nno Chinese here\n", out.toString());
  }

  @Test
  void writesTheStandardThatStandardChooses() {
    String in = "他们在东铁线里面看着软件\n";
    assertEquals(0, run(in, toTraditional()), err.toString());
    assertEquals(0, run(in, with(toTraditional(), "--standard", "hk")), err.toString());
    assertEquals(0, run(in, with(toTraditional(), "--standard", "opencc")), err.toString());
    assertEquals(0, run(in, with(toTraditional(), "--phrases")), err.toString());
    assertEquals(
        "他們在東鐵線裡面看著軟件\n" + "他們在東鐵綫裏面看着軟件\n" + "他們在東鐵線裏面看着軟件\n" + "他們在東鐵線裡面看著軟體\n", out.toString());
  }

  @Test
  void takesTheStandardFromTheSiteUnlessTheCommandLineGivesOne() throws IOException {
    Files.writeString(dir.resolve("site.yaml"), "conversion: {standard: hk}\n");
    assertEquals(0, run("里面\n", toTraditional()), err.toString());
    assertEquals(0, run("里面\n", with(toTraditional(), "--standard", "tw")), err.toString());
    assertEquals("裏面\n裡面\n", out.toString());
  }

  @Test
  void refusesAnUnknownStandardAndPhrasesWithoutTaiwan() {
    assertEquals(2, run("里面\n", with(toTraditional(), "--standard", "mo")));
    assertEquals(2, run("里面\n", with(toTraditional(), "--standard", "hk", "--phrases")));
    assertEquals("", out.toString());
    assertTrue(
        err.toString().contains("--standard must be tw, hk or opencc (got \"mo\")"),
        err.toString());
    assertTrue(
        err.toString().contains("--phrases: Taiwan phrases go only with the tw standard, not hk"),
        err.toString());
  }

  private static String[] with(String[] command, String... more) {
    String[] all = Arrays.copyOf(command, command.length + more.length);
    System.arraycopy(more, 0, all, command.length, more.length);
    return all;
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
    assertEquals("著名经济学家看着台湾", out.toString());
  }

  @Test
  void keepsEveryLineEndingAsItCame() {
    String in = "对俄\r\n制裁\r进入\n\r\n\r\r\n第三年\n\n\r他们";
    assertEquals(0, run(in, toTraditional()), err.toString());
    assertEquals("對俄\r\n制裁\r進入\n\r\n\r\r\n第三年\n\n\r他們", out.toString());
  }

  @Test
  void keepsLineEndingsWhenTheInputArrivesOneByteAtATime() {
    String in = "对俄\r\n制裁\r进入\n\r\n\r\r\n第三年\n\n\r他们\r";
    byte[] bytes = in.getBytes(StandardCharsets.UTF_8);
    assertEquals(0, run(new TrickleInputStream(bytes, new Random(1), 1), toTraditional()));
    assertEquals("對俄\r\n制裁\r進入\n\r\n\r\r\n第三年\n\n\r他們\r", out.toString());
  }

  @Test
  void keepsAByteOrderMarkAtTheStart() {
    assertEquals(0, run("\uFEFF他们面临着压力\r\n对俄\r\n", toTraditional()), err.toString());
    assertEquals("\uFEFF他們面臨著壓力\r\n對俄\r\n", out.toString());
  }

  @Test
  void writesNothingForEmptyInput() {
    assertEquals(0, run("", toTraditional()), err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void refusesInputThatIsNotUtf8WithItsLineColumnAndByteOffset() {
    byte[] in =
        bytes(
            "对俄\n".getBytes(StandardCharsets.UTF_8),
            "制裁".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xC3, 0x28},
            "\n进入第三年\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(1, run(new ByteArrayInputStream(in), toTraditional()));
    assertEquals(
        """
        <stdin>:2:3: error: the input is not valid UTF-8 at byte offset 13 (0xC3 is not a UTF-8 character)
          制裁\uFFFD
              ^
          hint: convert reads UTF-8 only; re-encode the text first (e.g. iconv -f GB18030 -t UTF-8, \
        or -f BIG5 for Big5); byte offsets count from 0, as xxd shows them
        convert: stopped at line 2; line 1 was converted and written
        """,
        err.toString());
    assertEquals("對俄\n", out.toString());
  }

  @Test
  void namesEveryByteOfABadSequenceAndWritesNothingWhenTheFirstLineIsBad() {
    byte[] in =
        bytes(
            "ab".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xE4, (byte) 0xB8, 0x41},
            "\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(1, run(new ByteArrayInputStream(in), toTraditional()));
    assertTrue(
        err.toString()
            .startsWith(
                "<stdin>:1:3: error: the input is not valid UTF-8 at byte offset 2"
                    + " (0xE4 0xB8 is not a UTF-8 character)\n"),
        err.toString());
    assertTrue(err.toString().endsWith("convert: stopped at line 1; nothing was written\n"));
    assertEquals("", out.toString());
  }

  @Test
  void refusesASequenceThatTheEndOfTheInputCutsShort() {
    byte[] in = bytes("对俄\r\n".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE8});
    assertEquals(1, run(new ByteArrayInputStream(in), toTraditional()));
    assertTrue(
        err.toString()
            .startsWith(
                "<stdin>:2:1: error: the input is not valid UTF-8 at byte offset 8"
                    + " (0xE8 is not a UTF-8 character)\n"),
        err.toString());
    assertEquals("對俄\r\n", out.toString());
  }

  @Test
  void quotesNoLineThatATerminalWouldNotShowAsItIs() {
    String[] lines = {"\u001B[2J", "abc\u202Edef", "对".repeat(121)};
    for (String line : lines) {
      err.getBuffer().setLength(0);
      byte[] in = bytes(line.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF});
      assertEquals(1, run(new ByteArrayInputStream(in), toTraditional()));
      assertTrue(
          err.toString()
              .startsWith(
                  "<stdin>:1:"
                      + (line.length() + 1)
                      + ": error: the input is not valid UTF-8 at byte offset "
                      + (in.length - 1)
                      + " (0xFF is not a UTF-8 character)\n  hint: "),
          err.toString());
    }
  }

  /**
   * Random text of many scripts and every line ending, larger than the reader's buffer, with one
   * bad sequence put in at a random place, arriving in random pieces: the text before the bad line
   * comes out byte for byte (nothing in it is Chinese), and the error names the exact offset.
   */
  @RepeatedTest(20)
  void refusesRandomTextAtItsFirstBadByteAndPassesTheLinesBeforeItThrough(
      RepetitionInfo repetition) {
    Random random = new Random(repetition.getCurrentRepetition());
    ByteArrayOutputStream good = new ByteArrayOutputStream();
    while (good.size() < 20_000) {
      int pick = random.nextInt(10);
      String piece =
          switch (pick) {
            case 0 -> "\n";
            case 1 -> "\r\n";
            case 2 -> "\r";
            case 3 -> "\uD83D\uDE00"; // outside the BMP: four bytes, two UTF-16 units
            case 4 -> String.valueOf((char) ('а' + random.nextInt(32)));
            case 5 -> "é";
            case 6 -> "\uFEFF";
            default -> String.valueOf((char) (' ' + random.nextInt(95)));
          };
      good.writeBytes(piece.getBytes(StandardCharsets.UTF_8));
    }
    byte[] text = good.toByteArray();
    byte[][] badOnes = {
      {(byte) 0xFF},
      {(byte) 0x80},
      {(byte) 0xC3, 0x28},
      {(byte) 0xC0, (byte) 0xAF},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      {(byte) 0xE4, (byte) 0xB8}
    };
    byte[] bad = badOnes[random.nextInt(badOnes.length)];
    int at = boundaryNear(text, random.nextInt(text.length));
    byte[] in =
        bytes(Arrays.copyOfRange(text, 0, at), bad, Arrays.copyOfRange(text, at, text.length));

    int code = run(new TrickleInputStream(in, random, 1 + random.nextInt(9000)), toTraditional());

    assertEquals(1, code);
    Matcher headline =
        Pattern.compile(
                "<stdin>:(\\d+):(\\d+): error: the input is not valid UTF-8 at byte offset (\\d+)"
                    + " \\(((?:0x[0-9A-F]{2} ?)+) is not a UTF-8 character\\)\n(?s).*")
            .matcher(err.toString());
    assertTrue(headline.matches(), err.toString());
    assertEquals(at, Integer.parseInt(headline.group(3)));
    String before = new String(text, 0, at, StandardCharsets.UTF_8);
    int lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    long lineNumber =
        1
            + before
                .substring(0, lineStart)
                .replace("\r\n", "\n")
                .chars()
                .filter(c -> c == '\n' || c == '\r')
                .count();
    assertEquals(lineNumber, Long.parseLong(headline.group(1)));
    assertEquals(before.length() - lineStart + 1, Integer.parseInt(headline.group(2)));
    assertTrue(hex(bad).startsWith(headline.group(4).strip()), headline.group(4));
    assertEquals(before.substring(0, lineStart), out.toString());
  }

  @Test
  void writesEachLineAsSoonAsItsEndingArrives() throws Exception {
    PipedOutputStream feed = new PipedOutputStream();
    PipedInputStream stdin = new PipedInputStream(feed);
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> code = thread.submit(() -> run(stdin, toTraditional()));
      feed.write("对俄\n".getBytes(StandardCharsets.UTF_8));
      feed.flush();
      awaitOutput("對俄\n");
      // A CR that ends what has arrived is written at once, not held back to see if LF follows.
      feed.write("制裁\r".getBytes(StandardCharsets.UTF_8));
      feed.flush();
      awaitOutput("對俄\n制裁\r");
      feed.write("\n进入".getBytes(StandardCharsets.UTF_8));
      feed.close();
      assertEquals(0, code.get(20, TimeUnit.SECONDS), err.toString());
      assertEquals("對俄\n制裁\r\n進入", out.toString());
    } finally {
      thread.shutdownNow();
    }
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
