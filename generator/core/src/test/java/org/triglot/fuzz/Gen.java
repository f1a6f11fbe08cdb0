package org.triglot.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A generator of fuzzing inputs: a function of a seeded random source, so that the same seed gives
 * the same input on every machine. The few combinators here are all the fragments need.
 */
@FunctionalInterface
public interface Gen<T> {
  T next(SplittableRandom random);

  /** One of the values, equally likely. */
  @SafeVarargs
  static <T> Gen<T> of(T... values) {
    List<T> list = List.of(values);
    return r -> list.get(r.nextInt(list.size()));
  }

  /** One of the values, equally likely. */
  static <T> Gen<T> ofList(List<T> values) {
    List<T> list = List.copyOf(values);
    return r -> list.get(r.nextInt(list.size()));
  }

  /** Always {@code value}. */
  static <T> Gen<T> just(T value) {
    return r -> value;
  }

  /** A whole number in {@code [min, max]}. */
  static Gen<Integer> between(int min, int max) {
    return r -> r.nextInt(min, max + 1);
  }

  /** One of the generators, equally likely. */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Gen<? extends T>> list = List.of(gens);
    return r -> list.get(r.nextInt(list.size())).next(r);
  }

  /** One of the generators, chosen by weight: {@code weighted(5, a, 1, b)}. */
  static <T> Gen<T> weighted(Object... weightsAndGens) {
    List<Integer> weights = new ArrayList<>();
    List<Gen<? extends T>> gens = new ArrayList<>();
    int total = 0;
    for (int i = 0; i < weightsAndGens.length; i += 2) {
      total += (Integer) weightsAndGens[i];
      weights.add(total);
      @SuppressWarnings("unchecked")
      Gen<? extends T> gen = (Gen<? extends T>) weightsAndGens[i + 1];
      gens.add(gen);
    }
    int sum = total;
    return r -> {
      int pick = r.nextInt(sum);
      int i = 0;
      while (weights.get(i) <= pick) {
        i++;
      }
      return gens.get(i).next(r);
    };
  }

  /** A generator made when first asked for: for recursive structures. */
  static <T> Gen<T> lazy(Supplier<Gen<T>> gen) {
    return r -> gen.get().next(r);
  }

  default <U> Gen<U> map(Function<? super T, ? extends U> f) {
    return r -> f.apply(next(r));
  }

  /** This and {@code other} combined. */
  default <U, V> Gen<V> with(Gen<U> other, BiFunction<? super T, ? super U, ? extends V> f) {
    return r -> f.apply(next(r), other.next(r));
  }

  /** Up to {@code max} values. */
  default Gen<List<T>> list(int max) {
    return r -> {
      int n = r.nextInt(max + 1);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(next(r));
      }
      return out;
    };
  }

  /** Up to {@code max} strings joined with {@code separator}. */
  static Gen<String> joined(Gen<String> part, int max, String separator) {
    return part.list(max).map(parts -> String.join(separator, parts));
  }

  /** A string of up to {@code max} characters drawn from {@code chars}. */
  static Gen<String> chars(String chars, int min, int max) {
    return r -> {
      int n = r.nextInt(min, max + 1);
      StringBuilder out = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        out.append(chars.charAt(r.nextInt(chars.length())));
      }
      return out.toString();
    };
  }

  /** A string of up to {@code max} UTF-16 units of any value, lone surrogates included. */
  static Gen<String> anyChars(int max) {
    return r -> {
      int n = r.nextInt(max + 1);
      StringBuilder out = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        out.append((char) r.nextInt(0x10000));
      }
      return out.toString();
    };
  }
}
