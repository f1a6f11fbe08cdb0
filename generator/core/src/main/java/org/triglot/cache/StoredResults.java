package org.triglot.cache;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Results kept in a {@link CacheFile} from one build to the next: each filed under the digest of
 * everything it was computed from ({@link ResultCodec#key}, after a context the build gives, such
 * as the glossary a conversion used), in a file whose header names the generator that wrote it. A
 * build reads what it needs as it goes and, when it computed anything new or left anything unused,
 * writes the file again with exactly the results it used.
 */
final class StoredResults<K, V> {
  private static final ThreadLocal<MessageDigest> SHA = ThreadLocal.withInitial(Digest::start);

  private final ResultCodec<K, V> codec;
  private final ConcurrentHashMap<Digest, V> used = new ConcurrentHashMap<>();
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();
  private final AtomicInteger unreadable = new AtomicInteger();
  private Path path;
  private byte[] context = new byte[0];
  private CacheFile file;
  private Consumer<String> problems = problem -> {};

  StoredResults(ResultCodec<K, V> codec) {
    this.codec = codec;
  }

  /** Starts a build that reads and will write {@code path}; problems with it go to problems. */
  void open(Path path, byte[] context, Consumer<String> problems) {
    this.path = path;
    this.context = context.clone();
    used.clear();
    hits.set(0);
    misses.set(0);
    unreadable.set(0);
    this.problems = problems;
    this.file =
        CacheFile.open(
            path,
            GeneratorFingerprint.get(),
            problem -> {
              unreadable.incrementAndGet();
              problems.accept(problem);
            });
  }

  V get(K key, Function<K, V> compute) {
    return getAll(List.of(key), keys -> List.of(compute.apply(keys.get(0)))).get(0);
  }

  /** The results for {@code keys}, in order; those not stored are computed together. */
  List<V> getAll(List<K> keys, Function<List<K>, List<V>> compute) {
    List<Digest> digests = new ArrayList<>(keys.size());
    List<V> found = new ArrayList<>(keys.size());
    for (K key : keys) {
      MessageDigest sha = SHA.get();
      sha.update(context);
      codec.key(key, sha);
      Digest digest = Digest.of(sha);
      digests.add(digest);
      found.add(find(digest));
    }
    return Memo.completed(
        keys,
        found,
        compute,
        (at, value) -> {
          misses.incrementAndGet();
          V raced = used.putIfAbsent(digests.get(at), value);
          return raced == null ? value : raced;
        });
  }

  /** The result filed under {@code digest} in this build or in the file, or null. */
  private V find(Digest digest) {
    V value = used.get(digest);
    if (value != null) {
      hits.incrementAndGet();
      return value;
    }
    byte[] bytes = file == null ? null : file.read(digest);
    if (bytes == null) {
      return null;
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      value = codec.read(in);
      if (in.available() != 0) {
        throw new IOException("bytes left over");
      }
    } catch (IOException | RuntimeException e) {
      // Damage its checksum missed: the entry is computed again, like any other unusable one.
      unreadable.incrementAndGet();
      problems.accept(path.getFileName() + ": an entry cannot be read (" + e.getMessage() + ")");
      return null;
    }
    hits.incrementAndGet();
    V raced = used.putIfAbsent(digest, value);
    return raced == null ? value : raced;
  }

  /**
   * Ends a build. With {@code keep}, writes the file again when it is not exactly what this build
   * used; either way, closes it.
   */
  void close(boolean keep) throws IOException {
    CacheFile read = file;
    file = null;
    try {
      if (keep
          && path != null
          && (misses.get() > 0 || unreadable.get() > 0 || !used.keySet().equals(read.keys()))) {
        Map<Digest, CacheFile.EntryWriter> entries = new TreeMap<>(StoredResults::compare);
        used.forEach((digest, value) -> entries.put(digest, out -> codec.write(value, out)));
        CacheFile.write(path, GeneratorFingerprint.get(), entries);
      }
    } finally {
      used.clear();
      if (read != null) {
        read.close();
      }
    }
  }

  int hits() {
    return hits.get();
  }

  int misses() {
    return misses.get();
  }

  private static int compare(Digest x, Digest y) {
    int c = Long.compareUnsigned(x.a(), y.a());
    if (c == 0) {
      c = Long.compareUnsigned(x.b(), y.b());
    }
    if (c == 0) {
      c = Long.compareUnsigned(x.c(), y.c());
    }
    return c != 0 ? c : Long.compareUnsigned(x.d(), y.d());
  }
}
