package org.triglot.config;

import com.ibm.icu.text.Normalizer2;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourcePosition;
import org.triglot.diag.SourceText;

/**
 * Turns the bytes of a site file into its text, refusing what no site file should be, each as a
 * diagnostic at a line and column: more than {@link #MAX_FILE_BYTES} bytes, a line of more than
 * {@link #MAX_LINE_BYTES} bytes (both judged on the bytes, before anything is decoded or parsed),
 * and bytes that are not UTF-8 (at the first bad byte; the column counts the characters of its line
 * before it). A byte-order mark is dropped and the text normalised to Unicode NFC.
 */
public final class SourceDecoder {
  /** The most bytes a site file (article, YAML, strings, glossary) may have: 4 MiB. */
  public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;

  /**
   * The most bytes one line of a site file may have: 1 MiB. YAML lines have a lower limit of their
   * own ({@link YamlParser#MAX_LINE_BYTES}).
   */
  public static final int MAX_LINE_BYTES = 1024 * 1024;

  /** How much of a line after the place a diagnostic points at is kept for its quote. */
  private static final int QUOTED_BYTES_AFTER = 1024;

  private static final Charset UTF_8 = StandardCharsets.UTF_8;

  private SourceDecoder() {}

  /**
   * The text of {@code bytes}, named {@code displayPath} in diagnostics; empty, with one error
   * added, when the bytes break a limit or are not UTF-8. {@code bytes} may hold one byte more than
   * {@link #MAX_FILE_BYTES}: a reader need not read further to know the file is too large.
   */
  public static Optional<SourceText> decode(
      byte[] bytes, String displayPath, Diagnostics diagnostics) {
    if (refusedBySize(bytes, displayPath, diagnostics)) {
      return Optional.empty();
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      reportMalformed(bytes, in.position(), result.length(), displayPath, diagnostics);
      return Optional.empty();
    }
    out.flip();
    String text = out.toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return Optional.of(new SourceText(displayPath, Normalizer2.getNFCInstance().normalize(text)));
  }

  /** Whether the file or one of its lines is too long; reports the first such place. */
  private static boolean refusedBySize(byte[] bytes, String displayPath, Diagnostics diagnostics) {
    int limit = Math.min(bytes.length, MAX_FILE_BYTES);
    int lineStart = 0;
    int line = 1;
    for (int i = 0; i < limit; i++) {
      byte b = bytes[i];
      if (b == '\n') {
        lineStart = i + 1;
        line++;
      } else if (i - lineStart >= MAX_LINE_BYTES && b != '\r') {
        diagnostics.error(
            position(bytes, displayPath, line, lineStart, lineStart),
            "this line has more than " + MAX_LINE_BYTES + " bytes, the most a line may have",
            "break the text into paragraphs; put images and other media beside the article as files");
        return true;
      }
    }
    if (bytes.length > MAX_FILE_BYTES) {
      diagnostics.error(
          position(bytes, displayPath, line, lineStart, MAX_FILE_BYTES),
          "the file has more than "
              + MAX_FILE_BYTES
              + " bytes (4 MiB), the most a site file may have",
          "split it into several files; put images and other media beside the article as files");
      return true;
    }
    return false;
  }

  private static void reportMalformed(
      byte[] bytes, int badByte, int badLength, String displayPath, Diagnostics diagnostics) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < badByte; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    StringBuilder shown = new StringBuilder();
    for (int i = badByte; i < Math.min(badByte + Math.max(badLength, 1), bytes.length); i++) {
      shown
          .append(shown.length() == 0 ? "" : " ")
          .append(String.format(Locale.ROOT, "0x%02X", bytes[i] & 0xFF));
    }
    String what = badLength > 1 ? "bytes " + shown : "byte " + shown;
    diagnostics.error(
        position(bytes, displayPath, line, lineStart, badByte),
        "the file is not valid UTF-8 (" + what + " here)",
        "save it as UTF-8 (without BOM); it may have been saved as GBK, Big5 or Latin-1");
  }

  /**
   * The position of byte {@code at} of line {@code line} (which starts at byte {@code lineStart}):
   * the column counts the characters before it, and the quoted line is the line decoded leniently
   * (a bad byte shows as U+FFFD) up to a little after that byte.
   */
  private static SourcePosition position(
      byte[] bytes, String displayPath, int line, int lineStart, int at) {
    int lineEnd = lineStart;
    int end =
        (int) Math.min(Math.min(bytes.length, MAX_FILE_BYTES), (long) at + QUOTED_BYTES_AFTER);
    while (lineEnd < end && bytes[lineEnd] != '\n') {
      lineEnd++;
    }
    if (lineEnd > lineStart && bytes[lineEnd - 1] == '\r') {
      lineEnd--;
    }
    String before =
        new String(bytes, lineStart, Math.max(0, Math.min(at, lineEnd) - lineStart), UTF_8);
    String whole = new String(bytes, lineStart, lineEnd - lineStart, UTF_8);
    if (line == 1 && whole.startsWith("\uFEFF")) {
      before = before.substring(1);
      whole = whole.substring(1);
    }
    int column = before.codePointCount(0, before.length()) + 1;
    return new SourcePosition(displayPath, line, column, whole);
  }
}
