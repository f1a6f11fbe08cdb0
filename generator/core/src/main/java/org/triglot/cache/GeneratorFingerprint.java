package org.triglot.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;

/**
 * A digest of the generator's own code and data: the bytes of the jar (or class folder) Triglot
 * runs from. A stored result is only used by the generator that computed it, whatever its version
 * number says: a snapshot build changes its code without changing its version, and the jar holds
 * the pom that names its libraries' versions.
 */
final class GeneratorFingerprint {
  private static volatile Digest cached;

  private GeneratorFingerprint() {}

  static Digest get() {
    Digest digest = cached;
    if (digest == null) {
      digest = compute();
      cached = digest;
    }
    return digest;
  }

  private static Digest compute() {
    MessageDigest sha = Digest.start();
    CodeSource source = GeneratorFingerprint.class.getProtectionDomain().getCodeSource();
    try {
      Path where = source == null ? null : Path.of(source.getLocation().toURI());
      if (where == null || !Files.exists(where)) {
        // Nowhere to read the code from: no result is ever shared with another run.
        sha.update(Long.toString(System.nanoTime()).getBytes(StandardCharsets.UTF_8));
      } else if (Files.isDirectory(where)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(where)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
          sha.update(where.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
          sha.update((byte) 0);
          update(sha, file);
        }
      } else {
        update(sha, where);
      }
    } catch (URISyntaxException | IllegalArgumentException e) {
      sha.update(Long.toString(System.nanoTime()).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Digest.of(sha);
  }

  private static void update(MessageDigest sha, Path file) throws IOException {
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
      }
    }
  }
}
