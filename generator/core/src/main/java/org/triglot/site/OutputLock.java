package org.triglot.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * The lock that makes one build at a time write a site folder: an operating-system lock on {@code
 * NAME.lock} beside it ({@code target/site.lock} for {@code target/site}), whose text names the
 * holder (process id and start time) so that a waiting or refused build can say who it waits for.
 * The operating system releases the lock when its process ends, however it ends, so the lock of a
 * dead build is simply taken over. The file stays after the build: its presence also tells {@link
 * OutputFolder} that Triglot wrote the folder beside it.
 */
public final class OutputLock implements AutoCloseable {
  /** The suffix of the lock's name: {@code site} is locked through {@code site.lock}. */
  public static final String SUFFIX = ".lock";

  private static final long POLL_MILLIS = 100;

  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock file of a site folder: a sibling file named after it. */
  public static Path of(Path siteFolder) {
    Path absolute = siteFolder.toAbsolutePath().normalize();
    return absolute.resolveSibling(absolute.getFileName() + SUFFIX);
  }

  /**
   * Takes the lock of {@code siteFolder}, waiting while another build holds it; {@code waiting} is
   * told once, with the holder, when the build has to wait.
   */
  public static OutputLock acquire(Path siteFolder, Consumer<String> waiting) {
    return take(siteFolder, waiting, true);
  }

  /**
   * Takes the lock of {@code siteFolder} if it is free.
   *
   * @throws OutputRefused naming the holder when another build holds it
   */
  public static OutputLock acquireNow(Path siteFolder) {
    return take(siteFolder, holder -> {}, false);
  }

  private static OutputLock take(Path siteFolder, Consumer<String> waiting, boolean wait) {
    Path file = of(siteFolder);
    FileChannel channel = null;
    try {
      Files.createDirectories(file.getParent());
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      boolean told = false;
      while (true) {
        FileLock lock = tryLock(channel);
        if (lock != null) {
          OutputLock taken = new OutputLock(channel, lock);
          taken.recordHolder();
          return taken;
        }
        String holder = holder(file);
        if (!wait) {
          throw new OutputRefused(
              siteFolder.toAbsolutePath().normalize()
                  + " is being built by another build ("
                  + holder
                  + "); run again when it has finished, or without --no-wait to wait for it");
        }
        if (!told) {
          waiting.accept(
              "waiting for another build ("
                  + holder
                  + ") to finish writing "
                  + siteFolder.toAbsolutePath().normalize());
          told = true;
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("cannot lock " + file, e);
    } catch (InterruptedException e) {
      closeQuietly(channel);
      Thread.currentThread().interrupt();
      throw new OutputRefused("interrupted while waiting for the lock " + file);
    } catch (RuntimeException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  /** The lock, or null while another process or another build in this process holds it. */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException heldInThisProcess) {
      return null;
    }
  }

  private void recordHolder() throws IOException {
    String text =
        "process "
            + ProcessHandle.current().pid()
            + ", started "
            + Instant.now(Clock.systemUTC()).truncatedTo(ChronoUnit.SECONDS)
            + "\n";
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
    channel.force(false);
  }

  /** Who holds the lock, as its file says; the text is the holder's, so it is kept short. */
  private static String holder(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (text.startsWith("process ") && text.length() < 200 && text.lines().count() == 1) {
        return text;
      }
    } catch (IOException | UncheckedIOException e) {
      // the holder is between truncating and writing its name; say what is known
    }
    return "holder unknown, see " + file.getFileName();
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // closing the channel below releases it as well
    }
    closeQuietly(channel);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // nothing was written through it that could be lost
      }
    }
  }
}
