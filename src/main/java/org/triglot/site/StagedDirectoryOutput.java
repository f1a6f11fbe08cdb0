package org.triglot.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.triglot.render.SiteOutput;

/**
 * Writes the site into a fresh staging folder beside the target and moves it into place only
 * when the build succeeded ({@link #commit}); a failed build {@link #discard}s it, so the previous
 * site stays untouched. The swap renames the old folder away, renames the new one in, then
 * deletes the old one. Beside the target, the {@link CompletionMark} says that the folder is the
 * complete output of the last build: it is removed before the swap and written last, and a build
 * that fails removes it too, so a deploy cannot publish a site that the last build did not finish.
 */
public final class StagedDirectoryOutput implements SiteOutput, AutoCloseable {
  private final Path target;
  private final Path staging;
  private final Map<String, String> sha256ByPath = new ConcurrentHashMap<>();
  private boolean committed;

  public StagedDirectoryOutput(Path target) {
    this.target = target.toAbsolutePath().normalize();
    try {
      Path parent = this.target.getParent();
      Files.createDirectories(parent);
      this.staging = Files.createTempDirectory(parent, "." + this.target.getFileName() + ".staging-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a staging folder beside " + this.target, e);
    }
  }

  public Path target() {
    return target;
  }

  @Override
  public void write(String path, byte[] content) {
    Path file = staging.resolve(path).normalize();
    if (!file.startsWith(staging)) {
      throw new IllegalArgumentException("output path escapes the site folder: " + path);
    }
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
    sha256ByPath.put(staging.relativize(file).toString().replace('\\', '/'), CompletionMark.sha256(content));
  }

  /** Puts the staged site in place of the target, then marks it complete. */
  public void commit() {
    CompletionMark.withdraw(target);
    try {
      Path old = null;
      if (Files.exists(target)) {
        old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        move(target, old);
      }
      move(staging, target);
      committed = true;
      if (old != null) {
        deleteTree(old);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the built site into " + target, e);
    }
    CompletionMark.write(target, sha256ByPath);
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
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + root, e);
    }
  }
}
