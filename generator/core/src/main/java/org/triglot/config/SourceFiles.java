package org.triglot.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourcePosition;
import org.triglot.diag.SourceText;

/**
 * Reads a site file (content, settings, strings, glossary) as text: strict UTF-8 (a bad byte is a
 * diagnostic, not a replacement character), without a byte-order mark, normalised to Unicode NFC so
 * that the same word typed on two systems compares equal.
 */
public final class SourceFiles {
  private SourceFiles() {}

  /**
   * Whether a file is an editor's or a desktop's leftover, never published: a backup ({@code
   * *.bak}, {@code *~}), a lock or swap file ({@code .#*}, {@code *.swp}) or {@code .DS_Store}.
   */
  public static boolean isEditorLeftover(String name) {
    return name.endsWith(".bak")
        || name.endsWith("~")
        || name.startsWith(".#")
        || name.endsWith(".swp")
        || name.equals(".DS_Store");
  }

  /** The warning for a leftover that the build passes over. */
  public static void warnLeftover(String displayPath, Diagnostics diagnostics) {
    diagnostics.warning(
        SourcePosition.file(displayPath),
        "\"" + displayPath.substring(displayPath.lastIndexOf('/') + 1) + "\" is not published",
        "an editor's backup, lock or swap file; delete it or move it out of the site folder");
  }

  /**
   * The text of {@code file}, or empty with a diagnostic: at most {@link
   * SourceDecoder#MAX_FILE_BYTES} bytes are read, and {@link SourceDecoder} judges and decodes
   * them.
   */
  public static Optional<SourceText> read(Path file, String displayPath, Diagnostics diagnostics) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(SourceDecoder.MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + displayPath, e);
    }
    return SourceDecoder.decode(bytes, displayPath, diagnostics);
  }
}
