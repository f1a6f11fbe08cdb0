package org.triglot.relate;

import java.util.Arrays;

/**
 * An inverted index in compressed form: for each key (a term, a topic or a pair of topics, numbered
 * from 0), the articles that have it, with the weight the key has in each. Two orders serve the two
 * uses: a term's list holds its heaviest articles first and is cut after {@code cap} of them (a
 * "champion list"), so that however common a term is, a query reads a bounded number of postings; a
 * topic's list is in date order and unweighted, so that a query can read the part nearest to its
 * own date.
 */
final class Postings {
  private final int[] start;
  private final int[] articles;
  private final float[] weights;

  private Postings(int[] start, int[] articles, float[] weights) {
    this.start = start;
    this.articles = articles;
    this.weights = weights;
  }

  /**
   * Lists in which the heaviest come first (equal weights: lower {@code rank} first), each cut to
   * {@code cap}. Article {@code a} has keys {@code keys[a]} with weights {@code weights[a]}; only
   * articles with {@code included[a]} are posted.
   */
  static Postings heaviestFirst(
      int keyCount, int[][] keys, float[][] weights, boolean[] included, int[] rank, int cap) {
    return build(keyCount, keys, weights, included, rank, cap, null);
  }

  /** Lists in date order ({@code day[a]}; equal days: lower {@code rank} first), not cut. */
  static Postings byDay(int keyCount, int[][] keys, boolean[] included, int[] rank, long[] day) {
    return build(keyCount, keys, null, included, rank, Integer.MAX_VALUE, day);
  }

  private static Postings build(
      int keyCount,
      int[][] keys,
      float[][] weights,
      boolean[] included,
      int[] rank,
      int cap,
      long[] day) {
    int n = keys.length;
    int[] length = new int[keyCount];
    for (int a = 0; a < n; a++) {
      if (included[a]) {
        for (int key : keys[a]) {
          length[key]++;
        }
      }
    }
    // Each list as sort keys: order in the high 32 bits, the article's rank in the low 32.
    long[][] lists = new long[keyCount][];
    for (int k = 0; k < keyCount; k++) {
      lists[k] = new long[length[k]];
    }
    int[] fill = new int[keyCount];
    long minDay = Long.MAX_VALUE;
    if (day != null) {
      for (long d : day) {
        minDay = Math.min(minDay, d);
      }
    }
    for (int a = 0; a < n; a++) {
      if (included[a]) {
        for (int j = 0; j < keys[a].length; j++) {
          long order =
              day != null
                  ? day[a] - minDay
                  : Integer.MAX_VALUE - Float.floatToIntBits(weights[a][j]);
          lists[keys[a][j]][fill[keys[a][j]]++] = order << 32 | rank[a];
        }
      }
    }
    int[] byRank = new int[n];
    for (int a = 0; a < n; a++) {
      byRank[rank[a]] = a;
    }
    int[] start = new int[keyCount + 1];
    for (int k = 0; k < keyCount; k++) {
      start[k + 1] = start[k] + Math.min(cap, length[k]);
    }
    int[] articles = new int[start[keyCount]];
    float[] w = weights == null ? null : new float[start[keyCount]];
    for (int k = 0; k < keyCount; k++) {
      long[] list = lists[k];
      Arrays.sort(list);
      for (int i = 0; i < start[k + 1] - start[k]; i++) {
        int a = byRank[(int) list[i]];
        articles[start[k] + i] = a;
        if (w != null) {
          w[start[k] + i] = weightOfKey(keys[a], weights[a], k);
        }
      }
      lists[k] = null;
    }
    return new Postings(start, articles, w);
  }

  private static float weightOfKey(int[] keys, float[] weights, int key) {
    for (int j = 0; j < keys.length; j++) {
      if (keys[j] == key) {
        return weights[j];
      }
    }
    throw new IllegalStateException("key " + key + " not in article");
  }

  int start(int key) {
    return start[key];
  }

  int end(int key) {
    return start[key + 1];
  }

  int article(int at) {
    return articles[at];
  }

  /** The weight of posting {@code at}; 1 in unweighted lists. */
  float weight(int at) {
    return weights == null ? 1f : weights[at];
  }

  /** Bytes held, for the benchmark's memory figures. */
  long bytes() {
    return 4L * start.length + 4L * articles.length + (weights == null ? 0 : 4L * weights.length);
  }
}
