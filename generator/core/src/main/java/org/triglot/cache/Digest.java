package org.triglot.cache;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A SHA-256 digest, as a value: what a stored result is filed under. */
public record Digest(long a, long b, long c, long d) {
  static final int BYTES = 32;

  /** A fresh SHA-256 computation. */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  /** The digest {@code sha256} has computed (which it then starts again). */
  public static Digest of(MessageDigest sha256) {
    return read(ByteBuffer.wrap(sha256.digest()));
  }

  static Digest read(ByteBuffer bytes) {
    return new Digest(bytes.getLong(), bytes.getLong(), bytes.getLong(), bytes.getLong());
  }

  void write(ByteBuffer bytes) {
    bytes.putLong(a).putLong(b).putLong(c).putLong(d);
  }
}
