package org.triglot.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.triglot.render.SiteOutput;

/**
 * Writes the site into a staging folder beside the target and moves it into place only when the
 * build succeeded ({@link #commit}); a failed build {@link #discard}s the staging folder, so the
 * previous site stays untouched.
 *
 * <p>The staging folder is the site of the build before last, kept as {@code .NAME.previous} beside
 * the target: writing over files that are mostly there already costs far less than creating
 * thousands of folders and files anew and deleting the old ones (on an ext4 disk, a third of a
 * build's time). Files the new build did not write are removed before the swap, so the result is
 * exactly this build's output. The swap renames the target to a temporary name, the staging folder
 * to the target, and the old target to {@code .NAME.previous}, for next time; an interrupted swap
 * is repaired by the next build. Beside the target, the {@link CompletionMark} says that the folder
 * is the complete output of the last build: it is removed before the swap and written last, and a
 * build that fails removes it too.
 */
public final class StagedDirectoryOutput implements SiteOutput, AutoCloseable {
  private final Path target;
  private final Path staging;
  private final Path swap;
  private final Map<String, Long> sizeByPath = new ConcurrentHashMap<>();

  /** Folders made so far; a thread writing into one waits until the thread making it is done. */
  private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();

  private boolean committed;

  public StagedDirectoryOutput(Path target) {
    this(target, notice -> {});
  }

  /**
   * Prepares the staging folder beside {@code target}; {@code notices} is told when a staging
   * folder this build cannot reuse (another user's, or one it may not write) is set aside.
   */
  public StagedDirectoryOutput(Path target, Consumer<String> notices) {
    this.target = target.toAbsolutePath().normalize();
    Path parent = this.target.getParent();
    this.staging = stagingOf(this.target);
    this.swap = parent.resolve("." + this.target.getFileName() + ".swap");
    try {
      Files.createDirectories(parent);
      if (!Files.exists(this.target) && Files.isDirectory(swap)) {
        move(swap, this.target);
      }
      deleteTree(swap);
      if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(staging)) {
        Files.delete(staging);
      }
      setAsideIfUnusable(notices);
      Files.createDirectories(staging);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a staging folder beside " + this.target, e);
    }
  }

  /** The staging folder of a site folder: {@code .NAME.previous} beside it. */
  static Path stagingOf(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    return absolute.resolveSibling("." + absolute.getFileName() + ".previous");
  }

  /**
   * Moves a staging folder aside when this build could not empty it: one owned by another user (a
   * build run by someone else, or with sudo) or one it may not write. Its files are kept, under a
   * name that says why, and the build starts a new staging folder.
   */
  private void setAsideIfUnusable(Consumer<String> notices) throws IOException {
    if (!Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    UserPrincipal owner = Files.getOwner(staging, LinkOption.NOFOLLOW_LINKS);
    UserPrincipal us = currentUser(staging.getParent());
    boolean foreign = !owner.equals(us);
    if (!foreign && Files.isWritable(staging)) {
      return;
    }
    Path aside = staging;
    for (int n = 1; Files.exists(aside, LinkOption.NOFOLLOW_LINKS); n++) {
      aside = staging.resolveSibling(staging.getFileName() + ".unusable-" + n);
    }
    try {
      Files.move(staging, aside);
    } catch (IOException e) {
      throw new OutputRefused(
          "the staging folder "
              + staging
              + (foreign ? " belongs to " + owner.getName() : " cannot be written")
              + " and cannot be moved aside ("
              + e.getMessage()
              + "); remove it, or ask its owner to");
    }
    notices.accept(
        "the staging folder "
            + staging.getFileName()
            + (foreign
                ? " belongs to " + owner.getName() + ", not " + us.getName()
                : " cannot be written")
            + ", so this build cannot reuse it; it was moved to "
            + aside
            + " (delete it when you no longer need it)");
  }

  /** The user this process writes files as: the owner of a file it creates. */
  private static UserPrincipal currentUser(Path folder) throws IOException {
    Path probe = Files.createTempFile(folder, ".triglot-owner", ".tmp");
    try {
      return Files.getOwner(probe);
    } finally {
      Files.delete(probe);
    }
  }

  public Path target() {
    return target;
  }

  @Override
  public void write(String path, byte[] content) {
    Path file = staging.resolve(path).normalize();
    if (!file.startsWith(staging) || file.equals(staging)) {
      throw new IllegalArgumentException("output path escapes the site folder: " + path);
    }
    try {
      Path folder = file.getParent();
      folders.computeIfAbsent(
          folder,
          f -> {
            try {
              makeFolder(f);
            } catch (IOException e) {
              throw new UncheckedIOException("cannot make the folder for " + path, e);
            }
            return Boolean.TRUE;
          });
      BasicFileAttributes existing = attributesOrNull(file);
      if (existing != null && existing.isDirectory()) {
        deleteTree(file);
      } else if (existing != null && !existing.isRegularFile()) {
        Files.delete(file);
      }
      // A file the build before last wrote alike is left as it is, so its time stamp says when it
      // last changed.
      boolean alike =
          existing != null
              && existing.isRegularFile()
              && existing.size() == content.length
              && Arrays.equals(Files.readAllBytes(file), content);
      if (!alike) {
        Files.write(file, content);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
    sizeByPath.put(staging.relativize(file).toString().replace('\\', '/'), (long) content.length);
  }

  private static BasicFileAttributes attributesOrNull(Path file) throws IOException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** Creates a folder, replacing a file of the previous site that stands where it must go. */
  private void makeFolder(Path folder) throws IOException {
    try {
      Files.createDirectories(folder);
    } catch (FileAlreadyExistsException fileInTheWay) {
      for (Path p = folder; p.startsWith(staging) && !p.equals(staging); p = p.getParent()) {
        if (Files.isRegularFile(p)) {
          Files.delete(p);
          break;
        }
      }
      Files.createDirectories(folder);
    }
  }

  /**
   * Removes what this build did not write, puts the staged site in place, then marks it complete.
   */
  public void commit() {
    CompletionMark.withdraw(target);
    try {
      removeUnwritten();
      if (Files.exists(target)) {
        move(target, swap);
        move(staging, target);
        move(swap, staging);
      } else {
        move(staging, target);
      }
      committed = true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the built site into " + target, e);
    }
    CompletionMark.write(target, sizeByPath);
  }

  /**
   * Throws the staged files away after a failed build. The previous site stays where it was, but
   * loses its completion mark: it is no longer what the last build produced.
   */
  public void discard() {
    if (!committed) {
      deleteTree(staging);
      CompletionMark.withdraw(target);
    }
  }

  @Override
  public void close() {
    discard();
  }

  /** Deletes the files of the previous site that this build did not write, and emptied folders. */
  private void removeUnwritten() throws IOException {
    Files.walkFileTree(
        staging,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            if (!sizeByPath.containsKey(staging.relativize(file).toString().replace('\\', '/'))) {
              Files.delete(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            if (exc != null) {
              throw exc;
            }
            if (!dir.equals(staging)) {
              try (var entries = Files.list(dir)) {
                if (entries.findAny().isEmpty()) {
                  Files.delete(dir);
                }
              }
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc)
                throws IOException {
              Files.delete(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + root, e);
    }
  }
}
