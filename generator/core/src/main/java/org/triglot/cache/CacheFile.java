package org.triglot.cache;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * One file of stored results, read entry by entry as a build asks for them:
 *
 * <pre>
 * header  "TRGLCACH", format (int), the generator's fingerprint (32 bytes)
 * values  the entries' bytes, one after another
 * index   per entry: its digest (32 bytes), offset (long), length (int), CRC-32 (int)
 * footer  index offset (long), entry count (int), the index's CRC-32 (int), "TRGLDONE"
 * </pre>
 *
 * A file is written whole under a temporary name and renamed into place, so a reader sees an old
 * file or a new one, never half of one; builds that share the folder each write their own. A file
 * that is cut short, damaged, of another format or written by another generator is reported to the
 * {@code problems} consumer in a few words and read as empty; an entry whose bytes fail their CRC
 * is reported and read as absent.
 */
final class CacheFile implements Closeable {
  private static final byte[] MAGIC = "TRGLCACH".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "TRGLDONE".getBytes(StandardCharsets.US_ASCII);
  private static final int FORMAT = 1;
  private static final int HEADER = MAGIC.length + 4 + Digest.BYTES;
  private static final int FOOTER = 8 + 4 + 4 + END.length;
  private static final int INDEX_ENTRY = Digest.BYTES + 8 + 4 + 4;

  private record Slot(long offset, int length, int crc) {}

  private final Path path;
  private final FileChannel channel;
  private final Map<Digest, Slot> slots;
  private final Consumer<String> problems;

  private CacheFile(
      Path path, FileChannel channel, Map<Digest, Slot> slots, Consumer<String> problems) {
    this.path = path;
    this.channel = channel;
    this.slots = slots;
    this.problems = problems;
  }

  /** The entries of {@code path}, or none when it is missing or unusable (told to problems). */
  static CacheFile open(Path path, Digest generator, Consumer<String> problems) {
    FileChannel channel;
    try {
      channel = FileChannel.open(path, StandardOpenOption.READ);
    } catch (NoSuchFileException e) {
      return new CacheFile(path, null, Map.of(), problems);
    } catch (IOException e) {
      problems.accept(path.getFileName() + ": cannot be read (" + e.getMessage() + ")");
      return new CacheFile(path, null, Map.of(), problems);
    }
    try {
      String unusable = null;
      Map<Digest, Slot> slots = Map.of();
      long size = channel.size();
      if (size < HEADER + FOOTER) {
        unusable = "cut short";
      } else {
        ByteBuffer header = readFully(channel, 0, HEADER);
        byte[] magic = new byte[MAGIC.length];
        header.get(magic);
        int format = header.getInt();
        Digest writer = Digest.read(header);
        ByteBuffer footer = readFully(channel, size - FOOTER, FOOTER);
        long indexAt = footer.getLong();
        int count = footer.getInt();
        int indexCrc = footer.getInt();
        byte[] end = new byte[END.length];
        footer.get(end);
        if (!Arrays.equals(magic, MAGIC)) {
          unusable = "not a Triglot cache file";
        } else if (format != FORMAT) {
          unusable = "written in another format (" + format + ")";
        } else if (!writer.equals(generator)) {
          unusable = "written by another version of Triglot";
        } else if (!Arrays.equals(end, END)) {
          unusable = "cut short";
        } else if (count < 0
            || indexAt < HEADER
            || indexAt + (long) count * INDEX_ENTRY != size - FOOTER) {
          unusable = "damaged (its index does not fit the file)";
        } else {
          ByteBuffer index = readFully(channel, indexAt, count * INDEX_ENTRY);
          if (crc(index.array(), 0, index.capacity()) != indexCrc) {
            unusable = "damaged (its index fails its checksum)";
          } else {
            slots = new HashMap<>(count * 2);
            for (int i = 0; i < count && unusable == null; i++) {
              Digest key = Digest.read(index);
              Slot slot = new Slot(index.getLong(), index.getInt(), index.getInt());
              if (slot.offset() < HEADER
                  || slot.length() < 0
                  || slot.offset() + slot.length() > indexAt) {
                unusable = "damaged (an entry lies outside the file)";
              }
              slots.put(key, slot);
            }
          }
        }
      }
      if (unusable != null) {
        problems.accept(path.getFileName() + ": " + unusable);
        channel.close();
        return new CacheFile(path, null, Map.of(), problems);
      }
      return new CacheFile(path, channel, slots, problems);
    } catch (IOException e) {
      problems.accept(path.getFileName() + ": cannot be read (" + e.getMessage() + ")");
      try {
        channel.close();
      } catch (IOException ignored) {
        // Already unusable; nothing more to report.
      }
      return new CacheFile(path, null, Map.of(), problems);
    }
  }

  /** The digests of the entries this file holds. */
  Set<Digest> keys() {
    return slots.keySet();
  }

  /** The bytes stored under {@code key}, or null when there are none (or they are damaged). */
  byte[] read(Digest key) {
    Slot slot = slots.get(key);
    if (slot == null) {
      return null;
    }
    try {
      byte[] bytes = readFully(channel, slot.offset(), slot.length()).array();
      if (crc(bytes, 0, bytes.length) != slot.crc()) {
        problems.accept(path.getFileName() + ": an entry fails its checksum");
        return null;
      }
      return bytes;
    } catch (IOException e) {
      problems.accept(path.getFileName() + ": an entry cannot be read (" + e.getMessage() + ")");
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    if (channel != null) {
      channel.close();
    }
  }

  /** Writes one entry's bytes. */
  interface EntryWriter {
    void write(DataOutputStream out) throws IOException;
  }

  /**
   * Writes {@code entries} (in the map's order) as the new {@code path}: into a temporary file
   * beside it, renamed over it once complete.
   */
  static void write(Path path, Digest generator, Map<Digest, EntryWriter> entries)
      throws IOException {
    Files.createDirectories(path.getParent());
    Path temporary =
        path.resolveSibling(
            path.getFileName()
                + "."
                + ProcessHandle.current().pid()
                + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".tmp");
    try {
      ByteBuffer index = ByteBuffer.allocate(entries.size() * INDEX_ENTRY);
      long offset;
      try (Counting counting =
              new Counting(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16));
          DataOutputStream out = new DataOutputStream(counting)) {
        out.write(MAGIC);
        out.writeInt(FORMAT);
        ByteBuffer fingerprint = ByteBuffer.allocate(Digest.BYTES);
        generator.write(fingerprint);
        out.write(fingerprint.array());
        for (Map.Entry<Digest, EntryWriter> e : entries.entrySet()) {
          long start = counting.count;
          counting.crc.reset();
          e.getValue().write(out);
          e.getKey().write(index);
          index.putLong(start).putInt((int) (counting.count - start));
          index.putInt((int) counting.crc.getValue());
        }
        offset = counting.count;
        out.write(index.array());
        out.writeLong(offset);
        out.writeInt(entries.size());
        out.writeInt(crc(index.array(), 0, index.capacity()));
        out.write(END);
      }
      try {
        Files.move(
            temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static ByteBuffer readFully(FileChannel channel, long at, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, at + buffer.position());
      if (n < 0) {
        throw new IOException("the file ends early");
      }
    }
    buffer.flip();
    return buffer;
  }

  private static int crc(byte[] bytes, int from, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, from, length);
    return (int) crc.getValue();
  }

  /** Counts the bytes written through it, and their CRC-32 since the last reset. */
  private static final class Counting extends OutputStream {
    private final OutputStream out;
    final CRC32 crc = new CRC32();
    long count;

    Counting(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      crc.update(b);
      count++;
    }

    @Override
    public void write(byte[] bytes, int from, int length) throws IOException {
      out.write(bytes, from, length);
      crc.update(bytes, from, length);
      count += length;
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
