package org.triglot.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches a site folder's {@code content/}, {@code templates/} and {@code i18n/} (every folder
 * inside them, new ones included) and {@code site.yaml}, and calls back once a burst of changes has
 * settled, so that an editor's save (often several file events) gives one rebuild.
 *
 * <p>The watching is io.methvin's directory-watcher: on macOS it listens to FSEvents (the JDK's
 * {@code WatchService} only polls there, every 10 s), elsewhere it runs the JDK's service (inotify
 * on Linux). Its tree visitor is ours, so that only the watched folders are registered and not the
 * site folder's {@code target/} or {@code .git/}, which can hold thousands of folders.
 */
final class SiteWatcher implements AutoCloseable {
  private static final List<String> WATCHED = List.of("content", "templates", "i18n");
  private static final long SETTLE_MILLIS = 120;

  private final Path root;
  private final Runnable onChange;
  private final PrintWriter log;
  private final DirectoryWatcher watcher;
  private final ScheduledExecutorService settle =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "triglot-watch-settle");
            thread.setDaemon(true);
            return thread;
          });
  private long lastChange;
  private boolean pending;

  SiteWatcher(Path root, Runnable onChange, PrintWriter log) throws IOException {
    this.root = root;
    this.onChange = onChange;
    this.log = log;
    this.watcher =
        DirectoryWatcher.builder()
            .path(root)
            .fileHashing(false)
            .fileTreeVisitor(new WatchedFolders())
            .logger(NOPLogger.NOP_LOGGER)
            .listener(this::onEvent)
            .build();
  }

  /** Visits the site folder itself and the watched folders under it, nothing else. */
  private final class WatchedFolders implements FileTreeVisitor {
    @Override
    public void recursiveVisitFiles(Path start, Callback onDirectory, Callback onFile)
        throws IOException {
      if (!isWatched(start) && !start.equals(root)) {
        return;
      }
      Files.walkFileTree(
          start,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                throws IOException {
              if (!dir.equals(root) && !isWatched(dir)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              onDirectory.call(dir);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              if (isRelevant(file)) {
                onFile.call(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
              return FileVisitResult.CONTINUE;
            }
          });
    }
  }

  /** Whether {@code path} lies in one of the watched folders (or is one). */
  private boolean isWatched(Path path) {
    if (!path.startsWith(root) || path.equals(root)) {
      return false;
    }
    Path relative = root.relativize(path);
    return WATCHED.contains(relative.getName(0).toString());
  }

  /** Whether a change to {@code path} touches what the site is built from. */
  private boolean isRelevant(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp")) {
      return false;
    }
    return path.equals(root.resolve("site.yaml")) || isWatched(path);
  }

  private void onEvent(DirectoryChangeEvent event) {
    if (event.eventType() != DirectoryChangeEvent.EventType.OVERFLOW
        && (event.path() == null || !isRelevant(event.path()))) {
      return;
    }
    synchronized (this) {
      lastChange = System.nanoTime();
      if (pending) {
        return;
      }
      pending = true;
    }
    if (event.path() != null) {
      Path folder = event.isDirectory() ? event.path() : event.path().getParent();
      log.println("change in " + (folder.equals(root) ? "." : root.relativize(folder)));
      log.flush();
    }
    settle.schedule(this::settled, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Runs the callback once no change has come for {@link #SETTLE_MILLIS}. */
  private void settled() {
    synchronized (this) {
      long quiet = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastChange);
      if (quiet < SETTLE_MILLIS) {
        settle.schedule(this::settled, SETTLE_MILLIS - quiet, TimeUnit.MILLISECONDS);
        return;
      }
      pending = false;
    }
    onChange.run();
  }

  /**
   * Registers the watched folders, then returns; events are handled on {@code executor} from then
   * on, so no change made after this returns is missed.
   */
  void start(Executor executor) {
    watcher.watchAsync(executor);
  }

  @Override
  public void close() {
    settle.shutdownNow();
    try {
      watcher.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
