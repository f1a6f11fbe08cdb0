package org.triglot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads strict UTF-8 text from a stream one line at a time and keeps each line's own ending: LF,
 * CRLF, a lone CR, or none for a last line that has none. It decodes what the stream has delivered
 * as it arrives and never waits for more than the line it is reading, so a line is returned as soon
 * as its ending has been read; a program can hold a conversation with {@code convert} through a
 * pipe. The first byte sequence that is not UTF-8 stops the reading with {@link InvalidUtf8}, which
 * says where it is. A byte-order mark is text like any other (U+FEFF) and is returned as such.
 *
 * <p>CR and LF are single bytes that never occur inside a multi-byte UTF-8 sequence, so lines are
 * found in the bytes before decoding; a sequence that a line ending cuts short is malformed.
 */
final class Utf8LineReader {
  /** A line's text and the characters that ended it: "\n", "\r\n", "\r", or "" at the end. */
  record Line(String text, String ending) {
    Line {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(ending, "ending");
    }
  }

  /**
   * The input is not UTF-8 here: the first bad sequence, its place and the line's text before it.
   */
  static final class InvalidUtf8 extends Exception {
    private static final long serialVersionUID = 1L;

    private final long byteOffset;
    private final long line;
    private final int column;
    private final byte[] bytes;
    private final String textBefore;

    InvalidUtf8(long byteOffset, long line, int column, byte[] bytes, String textBefore) {
      super("not valid UTF-8 at byte offset " + byteOffset);
      this.byteOffset = byteOffset;
      this.line = line;
      this.column = column;
      this.bytes = bytes.clone();
      this.textBefore = textBefore;
    }

    /** The offset of the sequence's first byte in the stream, counted from 0. */
    long byteOffset() {
      return byteOffset;
    }

    /** The 1-based number of the line it is on (CR, LF and CRLF each end a line). */
    long line() {
      return line;
    }

    /** The 1-based column on that line, in UTF-16 code units, as in every diagnostic. */
    int column() {
      return column;
    }

    /** The bytes that are not UTF-8 (one to four). */
    byte[] bytes() {
      return bytes.clone();
    }

    /** The text of the line before the bad sequence. */
    String textBefore() {
      return textBefore;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] buffer = new byte[8192];
  private final CharBuffer chars = CharBuffer.allocate(buffer.length);
  private final StringBuilder text = new StringBuilder();

  /** The stream offset of {@code buffer[0]}. */
  private long bufferOffset;

  /** The first byte of the buffer not yet decoded or consumed. */
  private int start;

  /** The end of what the buffer holds. */
  private int limit;

  private boolean ended;

  /** The number of the line being read. */
  private long lineNumber = 1;

  /**
   * The last line ended with a CR that was the last byte read; if the next byte is LF, the two were
   * a CRLF, and the LF is returned on its own (an empty line text) without starting a new line.
   */
  private boolean afterLoneCr;

  Utf8LineReader(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  /** Whether bytes are read but not yet returned, so that a next line may need no waiting. */
  boolean hasBufferedInput() {
    return start < limit;
  }

  /** The next line, or empty at the end of the stream. Blocks until the line's ending arrives. */
  Optional<Line> read() throws IOException, InvalidUtf8 {
    if (afterLoneCr) {
      afterLoneCr = false;
      if ((start < limit || fill()) && buffer[start] == '\n') {
        start++;
        return Optional.of(new Line("", "\n"));
      }
    }
    text.setLength(0);
    decoder.reset();
    int scanned = start;
    while (true) {
      for (int i = scanned; i < limit; i++) {
        byte b = buffer[i];
        if (b == '\n' || b == '\r') {
          decode(i, true);
          String ending;
          if (b == '\n') {
            ending = "\n";
          } else if (i + 1 == limit) {
            ending = "\r";
            afterLoneCr = true;
          } else {
            ending = buffer[i + 1] == '\n' ? "\r\n" : "\r";
          }
          start = i + ending.length();
          lineNumber++;
          return Optional.of(new Line(text.toString(), ending));
        }
      }
      decode(limit, false);
      int cutShort = limit - start;
      if (!fill()) {
        if (text.length() == 0 && cutShort == 0) {
          return Optional.empty();
        }
        decode(limit, true);
        return Optional.of(new Line(text.toString(), ""));
      }
      scanned = start + cutShort;
    }
  }

  /**
   * Decodes {@code buffer[start, end)} onto {@link #text}. Unless {@code lineEnds}, a sequence that
   * the end cuts short stays in the buffer for the next read.
   */
  private void decode(int end, boolean lineEnds) throws InvalidUtf8 {
    ByteBuffer bytes = ByteBuffer.wrap(buffer, start, end - start);
    chars.clear();
    CoderResult result = decoder.decode(bytes, chars, lineEnds);
    chars.flip();
    text.append(chars);
    if (result.isError()) {
      int at = bytes.position();
      throw new InvalidUtf8(
          bufferOffset + at,
          lineNumber,
          text.length() + 1,
          Arrays.copyOfRange(buffer, at, at + result.length()),
          text.toString());
    }
    start = bytes.position();
  }

  /**
   * Moves the bytes not yet consumed to the front of the buffer and reads more after them; false at
   * the end of the stream.
   */
  private boolean fill() throws IOException {
    if (ended) {
      return false;
    }
    System.arraycopy(buffer, start, buffer, 0, limit - start);
    bufferOffset += start;
    limit -= start;
    start = 0;
    int n;
    do {
      n = in.read(buffer, limit, buffer.length - limit);
    } while (n == 0);
    if (n < 0) {
      ended = true;
      return false;
    }
    limit += n;
    return true;
  }
}
