package org.triglot.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The file beside a built site folder that says the folder is the complete output of the last
 * build: {@code target/site.complete} for {@code target/site}. It lists every file of the site with
 * its size in bytes, one {@code <size> <path>} line each in path order, so a copy can be checked
 * for missing or truncated files. (Sizes rather than hashes: hashing every file cost as much CPU as
 * rendering the pages.) The build writes it as the last step of a successful commit and removes it
 * when a build into the same folder fails; the Maven deploy refuses to run while it is missing.
 */
public final class CompletionMark {
  /** The suffix of the mark's name: {@code site} is marked by {@code site.complete}. */
  public static final String SUFFIX = ".complete";

  private CompletionMark() {}

  /** The mark of a site folder: a sibling file named after it. */
  public static Path of(Path siteFolder) {
    Path absolute = siteFolder.toAbsolutePath().normalize();
    return absolute.resolveSibling(absolute.getFileName() + SUFFIX);
  }

  /** The mark's text for site-relative paths and their sizes (sorted by path). */
  public static String format(Map<String, Long> sizeByPath) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(sizeByPath)
        .forEach((path, size) -> text.append(size).append("  ").append(path).append('\n'));
    return text.toString();
  }

  /**
   * Writes the mark of {@code siteFolder} through a temporary file, so it appears whole or not at
   * all.
   */
  static void write(Path siteFolder, Map<String, Long> sizeByPath) {
    Path mark = of(siteFolder);
    try {
      Path temporary = Files.createTempFile(mark.getParent(), "." + mark.getFileName(), ".tmp");
      Files.writeString(temporary, format(sizeByPath), StandardCharsets.UTF_8);
      try {
        Files.move(
            temporary, mark, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, mark, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + mark, e);
    }
  }

  /** Removes the mark of {@code siteFolder}, if there is one. */
  static void withdraw(Path siteFolder) {
    Path mark = of(siteFolder);
    try {
      Files.deleteIfExists(mark);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + mark, e);
    }
  }

  /** Reads a mark back: site-relative path to size in bytes, in path order. */
  public static Map<String, Long> read(Path mark) throws IOException {
    Map<String, Long> files = new LinkedHashMap<>();
    for (String line : Files.readAllLines(mark, StandardCharsets.UTF_8)) {
      int gap = line.indexOf("  ");
      if (gap < 1 || !line.substring(0, gap).chars().allMatch(Character::isDigit)) {
        throw new IOException(mark + ": not a completion mark line: " + line);
      }
      files.put(line.substring(gap + 2), Long.parseLong(line.substring(0, gap)));
    }
    return files;
  }
}
