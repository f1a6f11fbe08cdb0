package org.triglot.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides whether a build may replace an output folder. A build deletes only what Triglot wrote: a
 * folder is Triglot's when its completion mark, its lock or its staging folder lies beside it. An
 * existing, non-empty folder with none of them holds someone else's files; it is refused, or, when
 * the editor insists ({@code --force}), moved aside whole to {@code NAME.backup-N}, which no build
 * ever deletes.
 */
public final class OutputFolder {
  private OutputFolder() {}

  /**
   * Makes {@code target} usable for a build: returns the backup it moved a foreign folder to, or
   * empty when there was nothing to move.
   *
   * @throws OutputRefused when the folder holds files Triglot did not write and {@code force} is
   *     false
   */
  public static Optional<Path> claim(Path target, boolean force) {
    Path folder = target.toAbsolutePath().normalize();
    if (!Files.isDirectory(folder) || isEmpty(folder) || writtenByTriglot(folder)) {
      return Optional.empty();
    }
    if (!force) {
      throw new OutputRefused(
          folder
              + " holds files that Triglot did not write (it has no "
              + CompletionMark.of(folder).getFileName()
              + " or "
              + OutputLock.of(folder).getFileName()
              + " beside it), so building there would delete them; choose an empty or new"
              + " folder with --out, or add --force to move its files to a backup first");
    }
    Path backup = freeBackupName(folder);
    try {
      Files.move(folder, backup);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move " + folder + " to " + backup, e);
    }
    return Optional.of(backup);
  }

  /** Whether a build of Triglot left its mark, lock or staging folder beside {@code folder}. */
  static boolean writtenByTriglot(Path folder) {
    return Files.exists(CompletionMark.of(folder))
        || Files.exists(OutputLock.of(folder))
        || Files.isDirectory(StagedDirectoryOutput.stagingOf(folder));
  }

  private static boolean isEmpty(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder, e);
    }
  }

  private static Path freeBackupName(Path folder) {
    for (int n = 1; ; n++) {
      Path candidate = folder.resolveSibling(folder.getFileName() + ".backup-" + n);
      if (!Files.exists(candidate)) {
        return candidate;
      }
    }
  }
}
