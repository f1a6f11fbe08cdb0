package org.triglot.relate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.triglot.content.Article;

/**
 * The topics (or authors) of every article as numbers, in ascending order, numbered in the
 * alphabetical order of their ids; and the weight of each, {@code ln((N + 1) / df)} with N and df
 * counted over the articles that can be recommended, so that a topic few articles have weighs more
 * than one many have (a topic no candidate has weighs as if one had it).
 */
final class KeySets {
  final int count;
  final int[][] keys;
  final double[] idf;

  /** Per article, the length of its weighted key vector. */
  final double[] norm;

  /**
   * The keys of all articles in one array, article a's from {@code start[a]} to {@code start[a +
   * 1]}: fewer cache misses.
   */
  private final int[] start;

  private final int[] flat;

  private KeySets(int count, int[][] keys, double[] idf, double[] norm) {
    this.count = count;
    this.keys = keys;
    this.idf = idf;
    this.norm = norm;
    this.start = new int[keys.length + 1];
    for (int a = 0; a < keys.length; a++) {
      start[a + 1] = start[a] + keys[a].length;
    }
    this.flat = new int[start[keys.length]];
    for (int a = 0; a < keys.length; a++) {
      System.arraycopy(keys[a], 0, flat, start[a], keys[a].length);
    }
  }

  static KeySets of(
      Article[] articles, Function<Article, List<String>> keysOf, boolean[] candidate) {
    TreeSet<String> all = new TreeSet<>();
    for (Article a : articles) {
      all.addAll(keysOf.apply(a));
    }
    Map<String, Integer> ids = new HashMap<>();
    for (String key : all) {
      ids.put(key, ids.size());
    }
    int[][] keys = new int[articles.length][];
    int[] df = new int[ids.size()];
    int candidates = 0;
    for (int i = 0; i < articles.length; i++) {
      List<String> own = keysOf.apply(articles[i]);
      int[] numbers = new int[own.size()];
      for (int j = 0; j < numbers.length; j++) {
        numbers[j] = ids.get(own.get(j));
      }
      Arrays.sort(numbers);
      int distinct = 0;
      for (int j = 0; j < numbers.length; j++) {
        if (j == 0 || numbers[j] != numbers[j - 1]) {
          numbers[distinct++] = numbers[j];
        }
      }
      keys[i] = distinct == numbers.length ? numbers : Arrays.copyOf(numbers, distinct);
      if (candidate[i]) {
        candidates++;
        for (int key : keys[i]) {
          df[key]++;
        }
      }
    }
    double[] idf = new double[ids.size()];
    for (int k = 0; k < idf.length; k++) {
      idf[k] = Math.log((double) (candidates + 1) / Math.max(df[k], 1));
    }
    double[] norm = new double[articles.length];
    for (int i = 0; i < articles.length; i++) {
      double sum = 0;
      for (int key : keys[i]) {
        sum += idf[key] * idf[key];
      }
      norm[i] = Math.sqrt(sum);
    }
    return new KeySets(ids.size(), keys, idf, norm);
  }

  /** The cosine of the weighted key sets of {@code a} and {@code b}; 0 when either has none. */
  double cosine(int a, int b) {
    double shared = 0;
    for (int i = start[a], j = start[b], ie = start[a + 1], je = start[b + 1]; i < ie && j < je; ) {
      int ka = flat[i];
      int kb = flat[j];
      if (ka < kb) {
        i++;
      } else if (ka > kb) {
        j++;
      } else {
        shared += idf[ka] * idf[ka];
        i++;
        j++;
      }
    }
    return shared == 0 ? 0 : Math.min(1, shared / (norm[a] * norm[b]));
  }

  /**
   * Keys shared by {@code a} and {@code b} over the geometric mean of their counts (all keys weigh
   * the same).
   */
  double overlap(int a, int b) {
    int shared = 0;
    int ie = start[a + 1];
    int je = start[b + 1];
    for (int i = start[a], j = start[b]; i < ie && j < je; ) {
      int ka = flat[i];
      int kb = flat[j];
      if (ka < kb) {
        i++;
      } else if (ka > kb) {
        j++;
      } else {
        shared++;
        i++;
        j++;
      }
    }
    return shared == 0 ? 0 : shared / Math.sqrt((double) (ie - start[a]) * (je - start[b]));
  }

  long bytes() {
    long bytes = 8L * idf.length + 8L * norm.length + 4L * start.length + 4L * flat.length;
    for (int[] k : keys) {
      bytes += 16 + 4L * k.length;
    }
    return bytes;
  }
}
