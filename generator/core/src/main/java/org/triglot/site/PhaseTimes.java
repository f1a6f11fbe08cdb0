package org.triglot.site;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The wall time of each pipeline phase, in the order they ran. */
public final class PhaseTimes {
  private final Map<String, Long> nanos = new LinkedHashMap<>();
  private final Map<String, Long> parts = new LinkedHashMap<>();

  <T> T time(String phase, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      nanos.merge(phase, System.nanoTime() - start, Long::sum);
    }
  }

  /** Notes the time a named part of a phase took (shown beside it, not added to the total). */
  void part(String part, long partNanos) {
    parts.merge(part, partNanos, Long::sum);
  }

  /** Milliseconds per part of a phase, e.g. the search index within render. */
  public Map<String, Long> partMillis() {
    Map<String, Long> out = new LinkedHashMap<>();
    parts.forEach((part, n) -> out.put(part, n / 1_000_000));
    return Collections.unmodifiableMap(out);
  }

  /** Milliseconds per phase, in run order. */
  public Map<String, Long> millis() {
    Map<String, Long> out = new LinkedHashMap<>();
    nanos.forEach((phase, n) -> out.put(phase, n / 1_000_000));
    return Collections.unmodifiableMap(out);
  }

  public long totalMillis() {
    return nanos.values().stream().mapToLong(Long::longValue).sum() / 1_000_000;
  }
}
