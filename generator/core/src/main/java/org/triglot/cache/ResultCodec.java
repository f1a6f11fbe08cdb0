package org.triglot.cache;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** How results of one kind are filed (by what they depend on) and stored (as bytes). */
public interface ResultCodec<K, V> {
  /** Feeds everything the result for {@code key} depends on into {@code sha}. */
  void key(K key, MessageDigest sha);

  void write(V value, DataOutputStream out) throws IOException;

  /** Reads what {@link #write} wrote; throws on anything else. */
  V read(DataInputStream in) throws IOException;

  /** Feeds {@code text} into {@code sha} so that no two sequences of texts feed the same bytes. */
  static void key(MessageDigest sha, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    sha.update(
        new byte[] {
          (byte) (bytes.length >>> 24),
          (byte) (bytes.length >>> 16),
          (byte) (bytes.length >>> 8),
          (byte) bytes.length
        });
    sha.update(bytes);
  }

  /**
   * Feeds a reference to the {@code n}th text fed before (from 0) into {@code sha}, instead of the
   * text again; no text feeds the same bytes.
   */
  static void keyReference(MessageDigest sha, int n) {
    int mark = -1 - n;
    sha.update(
        new byte[] {(byte) (mark >>> 24), (byte) (mark >>> 16), (byte) (mark >>> 8), (byte) mark});
  }

  /** Writes {@code text} of any length (DataOutputStream's own writeUTF stops at 64 KB). */
  static void writeString(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > in.available()) {
      throw new IOException("a text longer than what is left");
    }
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  /** Reads a count of items, each at least one byte long. */
  static int readCount(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > in.available()) {
      throw new IOException("a count larger than what is left");
    }
    return count;
  }
}
