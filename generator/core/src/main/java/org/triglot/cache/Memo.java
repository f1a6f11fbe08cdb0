package org.triglot.cache;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Remembers results between builds of the preview server, so that a change rebuilds only what it
 * affects: a Markdown body that did not change is not rendered again, a page whose view model is
 * equal to last time is not run through its template again. Results are keyed by their complete
 * inputs, so a hit is always correct. After each build, entries that build did not use are dropped
 * ({@link #sweep}), so the memo never holds more than one site's worth. A {@link #disabled()} memo
 * computes every time and holds nothing. A {@link #stored} memo keeps its results in a file from
 * one one-shot build to the next instead ({@link #open}, {@link #close}).
 */
public final class Memo<K, V> {
  private final boolean enabled;
  private final StoredResults<K, V> stored;
  private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();
  private volatile int generation;

  private record Entry<V>(V value, int generation) {}

  private Memo(boolean enabled, StoredResults<K, V> stored) {
    this.enabled = enabled;
    this.stored = stored;
  }

  public static <K, V> Memo<K, V> enabled() {
    return new Memo<>(true, null);
  }

  public static <K, V> Memo<K, V> disabled() {
    return new Memo<>(false, null);
  }

  /**
   * A memo whose results are kept in a file between builds, filed and stored by {@code codec}; it
   * holds in memory only what the build in progress used.
   */
  public static <K, V> Memo<K, V> stored(ResultCodec<K, V> codec) {
    return new Memo<>(false, new StoredResults<>(codec));
  }

  /**
   * Starts a build of a stored memo: its results are read from {@code file} as they are asked for,
   * filed under {@code context} (what every result depends on besides its key) and the key. A file
   * that cannot be used, in whole or in part, is reported to {@code problems} in a few words and
   * its results computed again.
   */
  public void open(Path file, byte[] context, Consumer<String> problems) {
    stored.open(file, context, problems);
  }

  /**
   * Ends a build of a stored memo; with {@code keep} (the build succeeded), the file is written
   * again if it does not hold exactly the results this build used.
   */
  public void close(boolean keep) throws IOException {
    stored.close(keep);
  }

  /**
   * The remembered value for {@code key}, or {@code compute}'s result, remembered for next time.
   */
  public V get(K key, Function<K, V> compute) {
    if (stored != null) {
      return stored.get(key, compute);
    }
    if (!enabled) {
      misses.incrementAndGet();
      return compute.apply(key);
    }
    int current = generation;
    V value = remembered(key, current);
    if (value != null) {
      return value;
    }
    misses.incrementAndGet();
    value = compute.apply(key);
    entries.put(key, new Entry<>(value, current));
    return value;
  }

  /** The value remembered for {@code key}, now marked used by build {@code current}; or null. */
  private V remembered(K key, int current) {
    Entry<V> entry = entries.get(key);
    if (entry == null) {
      return null;
    }
    hits.incrementAndGet();
    if (entry.generation() != current) {
      entries.put(key, new Entry<>(entry.value(), current));
    }
    return entry.value();
  }

  /**
   * The values for {@code keys}, in order: those remembered, and the others from one call of {@code
   * compute} (with the keys it lacks, in order; it returns their values in the same order), so that
   * work they share is done once.
   */
  public List<V> getAll(List<K> keys, Function<List<K>, List<V>> compute) {
    if (stored != null) {
      return stored.getAll(keys, compute);
    }
    int current = generation;
    List<V> found = new ArrayList<>(keys.size());
    for (K key : keys) {
      found.add(enabled ? remembered(key, current) : null);
    }
    return completed(
        keys,
        found,
        compute,
        (at, value) -> {
          misses.incrementAndGet();
          if (enabled) {
            entries.put(keys.get(at), new Entry<>(value, current));
          }
          return value;
        });
  }

  /** Keeps a value computed for the key at an index, and gives the value to answer with. */
  interface Keep<V> {
    V keep(int at, V computed);
  }

  /**
   * {@code found} (the values for {@code keys}, null where none was found) with every null filled
   * from one call of {@code compute} for the keys it lacks; each value computed goes through {@code
   * keep}.
   */
  static <K, V> List<V> completed(
      List<K> keys, List<V> found, Function<List<K>, List<V>> compute, Keep<V> keep) {
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      if (found.get(i) == null) {
        missing.add(i);
      }
    }
    if (!missing.isEmpty()) {
      List<V> computed = compute.apply(missing.stream().map(keys::get).toList());
      for (int m = 0; m < missing.size(); m++) {
        int at = missing.get(m);
        found.set(at, keep.keep(at, computed.get(m)));
      }
    }
    return found;
  }

  /** Starts counting a new build: hits and misses from zero. */
  public void begin() {
    generation++;
    hits.set(0);
    misses.set(0);
  }

  /** Drops what the build since {@link #begin} did not use. */
  public void sweep() {
    int current = generation;
    entries.values().removeIf(e -> e.generation() != current);
  }

  /** Drops everything (templates or strings changed, so no page result can be reused). */
  public void clear() {
    entries.clear();
  }

  public int hits() {
    return stored != null ? stored.hits() : hits.get();
  }

  public int misses() {
    return stored != null ? stored.misses() : misses.get();
  }
}
