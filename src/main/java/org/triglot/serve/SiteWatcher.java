package org.triglot.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a site folder's {@code content/}, {@code templates/} and {@code i18n/} (every folder
 * inside them, new ones included) and {@code site.yaml}, and calls back once a burst of changes has
 * settled, so that an editor's save (often several file events) gives one rebuild.
 */
final class SiteWatcher implements Runnable, AutoCloseable {
  private static final List<String> WATCHED = List.of("content", "templates", "i18n");
  private static final long SETTLE_MILLIS = 120;

  private final Path root;
  private final Runnable onChange;
  private final PrintWriter log;
  private final WatchService service;

  SiteWatcher(Path root, Runnable onChange, PrintWriter log) throws IOException {
    this.root = root;
    this.onChange = onChange;
    this.log = log;
    this.service = FileSystems.getDefault().newWatchService();
    root.register(
        service,
        StandardWatchEventKinds.ENTRY_CREATE,
        StandardWatchEventKinds.ENTRY_MODIFY,
        StandardWatchEventKinds.ENTRY_DELETE);
    for (String folder : WATCHED) {
      registerTree(root.resolve(folder));
    }
  }

  private void registerTree(Path folder) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path dir : walk.filter(Files::isDirectory).toList()) {
        dir.register(
            service,
            StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void run() {
    try {
      while (true) {
        WatchKey key = service.take();
        boolean relevant = handle(key);
        WatchKey more;
        while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          relevant |= handle(more);
        }
        if (relevant) {
          onChange.run();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ClosedWatchServiceException e) {
      // closed with the server
    }
  }

  /** Registers new folders; true when the events touch what the site is built from. */
  private boolean handle(WatchKey key) {
    Path dir = (Path) key.watchable();
    boolean relevant = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        relevant = true;
        continue;
      }
      Path changed = dir.resolve((Path) event.context());
      String name = changed.getFileName().toString();
      if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp")) {
        continue;
      }
      if (dir.equals(root)) {
        if (name.equals("site.yaml")) {
          relevant = true;
        } else if (WATCHED.contains(name) && event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
          registerTree(changed);
          relevant = true;
        }
        continue;
      }
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
        registerTree(changed);
      }
      relevant = true;
    }
    key.reset();
    if (relevant) {
      log.println("change in " + root.relativize(dir));
    }
    return relevant;
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
