package org.triglot.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a translation's {@code source} stamp into its front matter, changing nothing else: an
 * existing {@code source:} line is replaced, otherwise one is added before the closing {@code ---}.
 * Line endings are kept, and the file is replaced atomically, so an interrupted write never leaves
 * half a file.
 */
public final class SourceStampWriter {
  private static final Pattern SOURCE_LINE = Pattern.compile("(?m)^source:[^\\r\\n]*");

  private SourceStampWriter() {}

  public static void write(Path file, String stamp) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String newline = text.contains("\r\n") ? "\r\n" : "\n";
    boolean bom = text.startsWith("\uFEFF");
    String body = bom ? text.substring(1) : text;
    if (!body.startsWith("---")) {
      throw new IOException(file + " has no front matter");
    }
    int firstBreak = body.indexOf('\n');
    Matcher closing = Pattern.compile("(?m)^---[ \\t]*\\r?$").matcher(body);
    if (firstBreak < 0 || !closing.find(firstBreak + 1)) {
      throw new IOException(file + " has no closing '---' after its front matter");
    }
    String frontMatter = body.substring(0, closing.start());
    String rest = body.substring(closing.start());
    Matcher existing = SOURCE_LINE.matcher(frontMatter);
    String updated =
        existing.find()
            ? frontMatter.substring(0, existing.start())
                + "source: "
                + stamp
                + frontMatter.substring(existing.end())
            : frontMatter + "source: " + stamp + newline;
    String result = (bom ? "\uFEFF" : "") + updated + rest;
    Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
    try {
      Files.writeString(temp, result, StandardCharsets.UTF_8);
      keepPermissions(file, temp);
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The replacement gets the file's own permissions (a temporary file is made private). */
  private static void keepPermissions(Path file, Path replacement) throws IOException {
    if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(file));
    }
  }
}
