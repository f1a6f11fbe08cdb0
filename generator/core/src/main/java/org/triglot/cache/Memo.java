package org.triglot.cache;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Remembers results between builds of the preview server, so that a change rebuilds only what it
 * affects: a Markdown body that did not change is not rendered again, a page whose view model is
 * equal to last time is not run through its template again. Results are keyed by their complete
 * inputs, so a hit is always correct. After each build, entries that build did not use are dropped
 * ({@link #sweep}), so the memo never holds more than one site's worth. A {@link #disabled()} memo
 * computes every time and holds nothing, for one-shot builds.
 */
public final class Memo<K, V> {
  private final boolean enabled;
  private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();
  private volatile int generation;

  private record Entry<V>(V value, int generation) {}

  private Memo(boolean enabled) {
    this.enabled = enabled;
  }

  public static <K, V> Memo<K, V> enabled() {
    return new Memo<>(true);
  }

  public static <K, V> Memo<K, V> disabled() {
    return new Memo<>(false);
  }

  /**
   * The remembered value for {@code key}, or {@code compute}'s result, remembered for next time.
   */
  public V get(K key, Function<K, V> compute) {
    if (!enabled) {
      misses.incrementAndGet();
      return compute.apply(key);
    }
    int current = generation;
    Entry<V> entry = entries.get(key);
    if (entry != null) {
      hits.incrementAndGet();
      if (entry.generation() != current) {
        entries.put(key, new Entry<>(entry.value(), current));
      }
      return entry.value();
    }
    misses.incrementAndGet();
    V value = compute.apply(key);
    entries.put(key, new Entry<>(value, current));
    return value;
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
    return hits.get();
  }

  public int misses() {
    return misses.get();
  }
}
