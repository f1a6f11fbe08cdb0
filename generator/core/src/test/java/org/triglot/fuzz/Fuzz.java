package org.triglot.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a fuzzing property: generated inputs, each handed to a check that throws when the input
 * makes the code under test misbehave. In a plain {@code mvn verify} a property runs a fixed number
 * of inputs from a fixed seed, the same every time. With {@code -Dtriglot.fuzz.seconds=N} (the
 * {@code fuzz} profile sets 300) it runs for N seconds with a fresh seed ({@code triglot.fuzz.seed}
 * fixes one) and prints how many inputs it tried. Each input has its own seed, printed on failure
 * with the input made smaller (lines, then runs of characters, taken out while it still fails);
 * {@code -Dtriglot.fuzz.replay=SEED} runs that one input again.
 */
public final class Fuzz {
  /** How long a failing input is made smaller for, at most. */
  private static final Duration SHRINKING = Duration.ofSeconds(30);

  private Fuzz() {}

  /** The time each property runs for when fuzzing for a set time. */
  public static Optional<Duration> duration() {
    String seconds = System.getProperty("triglot.fuzz.seconds", "").strip();
    return seconds.isEmpty()
        ? Optional.empty()
        : Optional.of(Duration.ofSeconds(Long.parseLong(seconds)));
  }

  /** A property over text. */
  public static void text(
      String name, long seed, int tries, Gen<String> gen, Consumer<String> check) {
    run(name, seed, tries, gen, check, Shrink::text, Shrink::show);
  }

  /** A property over bytes. */
  public static void bytes(
      String name, long seed, int tries, Gen<byte[]> gen, Consumer<byte[]> check) {
    run(
        name,
        seed,
        tries,
        gen,
        check,
        Shrink::bytes,
        b -> Shrink.show(new String(b, StandardCharsets.ISO_8859_1)) + " (bytes as Latin-1)");
  }

  private static <T> void run(
      String name,
      long seed,
      int tries,
      Gen<T> gen,
      Consumer<T> check,
      Function<T, Iterable<T>> smaller,
      Function<T, String> show) {
    String replay = System.getProperty("triglot.fuzz.replay", "").strip();
    if (!replay.isEmpty()) {
      long inputSeed = Long.parseLong(replay);
      tryOne(name, inputSeed, gen.next(new SplittableRandom(inputSeed)), check, smaller, show);
      return;
    }
    Optional<Duration> duration = duration();
    long base = duration.isPresent() ? Long.getLong("triglot.fuzz.seed", System.nanoTime()) : seed;
    long deadline = duration.map(d -> System.nanoTime() + d.toNanos()).orElse(Long.MAX_VALUE);
    SplittableRandom seeds = new SplittableRandom(base);
    long started = System.nanoTime();
    int ran = 0;
    while (duration.isPresent() ? System.nanoTime() < deadline : ran < tries) {
      long inputSeed = seeds.nextLong();
      tryOne(name, inputSeed, gen.next(new SplittableRandom(inputSeed)), check, smaller, show);
      ran++;
    }
    if (duration.isPresent()) {
      System.out.printf(
          "fuzz %s: %d inputs in %.0f s from seed %d, no failure%n",
          name, ran, (System.nanoTime() - started) / 1e9, base);
    }
  }

  private static <T> void tryOne(
      String name,
      long inputSeed,
      T input,
      Consumer<T> check,
      Function<T, Iterable<T>> smaller,
      Function<T, String> show) {
    Throwable failure = failureOf(check, input);
    if (failure == null) {
      return;
    }
    Throwable first = failure;
    T smallest = input;
    long stop = System.nanoTime() + SHRINKING.toNanos();
    boolean progress = true;
    while (progress && System.nanoTime() < stop) {
      progress = false;
      for (T candidate : smaller.apply(smallest)) {
        if (System.nanoTime() > stop) {
          break;
        }
        Throwable again = failureOf(check, candidate);
        if (again != null && again.getClass() == failure.getClass()) {
          smallest = candidate;
          failure = again;
          progress = true;
          break;
        }
      }
    }
    AssertionError error =
        new AssertionError(
            "fuzz "
                + name
                + " failed on the input of seed "
                + inputSeed
                + " (-Dtriglot.fuzz.replay="
                + inputSeed
                + "), made smaller: "
                + show.apply(smallest)
                + "\n"
                + failure
                + (smallest == input ? "" : "\nbefore it was made smaller: " + first),
            failure);
    throw error;
  }

  private static <T> Throwable failureOf(Consumer<T> check, T input) {
    try {
      check.accept(input);
      return null;
    } catch (Throwable t) {
      return t; // a stack overflow or an out-of-memory is a finding like any other
    }
  }

  /** Smaller versions of a failing input, tried in order. */
  static final class Shrink {
    private Shrink() {}

    static Iterable<String> text(String s) {
      java.util.List<String> out = new java.util.ArrayList<>();
      for (int chunk = Math.max(1, s.length() / 2); chunk >= 1; chunk /= 2) {
        for (int at = 0; at + chunk <= s.length() && out.size() < 4000; at += chunk) {
          out.add(s.substring(0, at) + s.substring(at + chunk));
        }
        if (chunk == 1) {
          break;
        }
      }
      return out;
    }

    static Iterable<byte[]> bytes(byte[] b) {
      java.util.List<byte[]> out = new java.util.ArrayList<>();
      for (int chunk = Math.max(1, b.length / 2); chunk >= 1; chunk /= 2) {
        for (int at = 0; at + chunk <= b.length && out.size() < 4000; at += chunk) {
          byte[] smaller = new byte[b.length - chunk];
          System.arraycopy(b, 0, smaller, 0, at);
          System.arraycopy(b, at + chunk, smaller, at, b.length - at - chunk);
          out.add(smaller);
        }
        if (chunk == 1) {
          break;
        }
      }
      return out;
    }

    /** The input as a Java string literal, cut when long. */
    static String show(String s) {
      StringBuilder out = new StringBuilder("\"");
      int shown = 0;
      for (char c : s.toCharArray()) {
        if (shown++ > 2000) {
          out.append("…(").append(s.length()).append(" chars)");
          break;
        }
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c == '\n') {
          out.append("\\n");
        } else if (c < 0x20
            || c == 0x7F
            || (c >= 0x80 && c < 0xA0)
            || Character.isSurrogate(c)
            || c == 0x2028
            || c == 0x2029
            || c == 0x202E) {
          out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
        } else {
          out.append(c);
        }
      }
      return s.length() > 2000 ? out.toString() : out.append('"').toString();
    }
  }
}
