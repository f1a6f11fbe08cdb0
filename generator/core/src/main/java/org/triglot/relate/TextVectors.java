package org.triglot.relate;

import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.triglot.lang.Language;
import org.triglot.lang.LengthUnit;

/**
 * The text of each article as a short TF-IDF vector: its terms weighted by {@code (1 + ln tf) ·
 * ln(N / df)}, cut to the heaviest few (equal weights: by term text) and scaled to length 1, so
 * that the dot product of two vectors is their cosine similarity; and the term index over them. N
 * and df are counted over the articles that can be recommended, separately for the English and the
 * Chinese vocabulary, so that the few Chinese-only articles of a mostly English site do not make
 * every Chinese word look rare. Left out: terms used only once in the article ({@value
 * #MIN_TERM_FREQUENCY} uses at least; the title counts twice), terms no other article has (they
 * cannot make a pair), and, once a vocabulary has {@value #MIN_ARTICLES_FOR_SHARE} articles, terms
 * in more than a {@value #MAX_DOCUMENT_SHARE} share of them (they cannot tell related articles
 * apart). Only the opening of a long body is read ({@link Tuning}).
 */
final class TextVectors {
  static final double MAX_DOCUMENT_SHARE = 0.2;
  static final int MIN_ARTICLES_FOR_SHARE = 100;
  static final int MIN_TERM_FREQUENCY = 2;

  /**
   * One article's text: the title (counted twice) and the body, in {@code language}, whose text is
   * cut into words by dictionary segmentation when it is written without spaces.
   */
  record Source(String title, String body, Language language) {
    boolean segmented() {
      return language.lengthUnit() == LengthUnit.CHARACTERS;
    }
  }

  final Vocabulary vocabulary;

  /**
   * All vectors in one array (term number in the high half, weight bits in the low), by term
   * number; article a's from {@code start[a]}.
   */
  private final long[] entries;

  private final int[] start;

  /**
   * Per article, the weight of its k-th heaviest term, k = {@link Tuning#queryTerms()} (0 if it has
   * fewer).
   */
  private final float[] gatherFloor;

  /** For each term, the articles it weighs most in, heaviest first. */
  final Postings champions;

  private TextVectors(
      Vocabulary vocabulary, int[][] terms, float[][] weights, Postings champions, int queryTerms) {
    this.vocabulary = vocabulary;
    this.champions = champions;
    this.start = new int[terms.length + 1];
    for (int a = 0; a < terms.length; a++) {
      start[a + 1] = start[a] + terms[a].length;
    }
    this.entries = new long[start[terms.length]];
    this.gatherFloor = new float[terms.length];
    for (int a = 0; a < terms.length; a++) {
      for (int j = 0; j < terms[a].length; j++) {
        entries[start[a] + j] =
            (long) terms[a][j] << 32 | Float.floatToRawIntBits(weights[a][j]) & 0xffffffffL;
      }
      if (weights[a].length > queryTerms) {
        float[] sorted = weights[a].clone();
        Arrays.sort(sorted);
        gatherFloor[a] = sorted[sorted.length - queryTerms];
      }
    }
  }

  /**
   * The vectors of {@code sources} and their term index, in which only articles with {@code
   * candidate[a]} are posted, equal weights in {@code rank} order.
   */
  static TextVectors build(List<Source> sources, boolean[] candidate, int[] rank, Tuning tuning) {
    int n = sources.size();
    Vocabulary vocabulary = new Vocabulary();
    Counts counts = Counts.of(sources, vocabulary, tuning);
    int[] df = new int[vocabulary.size()];
    int[] collection = new int[2];
    for (int i = 0; i < n; i++) {
      if (candidate[i]) {
        collection[sources.get(i).segmented() ? 1 : 0]++;
        for (int term : counts.terms[i]) {
          df[term]++;
        }
      }
    }
    int[][] terms = new int[n][];
    float[][] weights = new float[n][];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              int articles = collection[sources.get(i).segmented() ? 1 : 0];
              int maxDf =
                  articles < MIN_ARTICLES_FOR_SHARE
                      ? Integer.MAX_VALUE
                      : (int) (MAX_DOCUMENT_SHARE * articles);
              vector(
                  i,
                  counts,
                  df,
                  articles,
                  maxDf,
                  candidate[i],
                  vocabulary,
                  tuning.termsPerArticle(),
                  terms,
                  weights);
            });
    Postings champions =
        Postings.heaviestFirst(
            vocabulary.size(), terms, weights, candidate, rank, tuning.termChampions());
    return new TextVectors(vocabulary, terms, weights, champions, tuning.queryTerms());
  }

  int start(int a) {
    return start[a];
  }

  int length(int a) {
    return start[a + 1] - start[a];
  }

  int term(int at) {
    return (int) (entries[at] >>> 32);
  }

  float weight(int at) {
    return Float.intBitsToFloat((int) entries[at]);
  }

  float gatherFloor(int a) {
    return gatherFloor[a];
  }

  /**
   * The length of the start of {@code text} that is read: at most {@code limit} characters, not
   * cutting a word.
   */
  static int openingLength(String text, int limit) {
    if (text.length() <= limit) {
      return text.length();
    }
    int end = limit;
    while (end > limit / 2
        && Character.isLetterOrDigit(text.charAt(end - 1))
        && Character.isLetterOrDigit(text.charAt(end))) {
      end--;
    }
    return end;
  }

  /** The term counts of every article, tokenized in one pass over all texts with one vocabulary. */
  private static final class Counts implements IntConsumer {
    final int[][] terms;
    final int[][] frequencies;
    private int[] tally = new int[1 << 12];
    private int[] seen = new int[1 << 10];
    private int seenCount;

    private Counts(int n) {
      terms = new int[n][];
      frequencies = new int[n][];
    }

    static Counts of(List<Source> sources, Vocabulary vocabulary, Tuning tuning) {
      Counts counts = new Counts(sources.size());
      Tokenizer tokenizer = new Tokenizer(vocabulary);
      for (int i = 0; i < sources.size(); i++) {
        Source source = sources.get(i);
        if (source.segmented()) {
          ULocale locale = source.language().segmentation();
          tokenizer.segmented(source.title(), locale, counts);
          tokenizer.segmented(source.title(), locale, counts);
          tokenizer.segmented(
              source.body().substring(0, openingLength(source.body(), tuning.chineseTextLimit())),
              locale,
              counts);
        } else {
          tokenizer.english(source.title(), source.title().length(), counts);
          tokenizer.english(source.title(), source.title().length(), counts);
          tokenizer.english(
              source.body(), openingLength(source.body(), tuning.englishTextLimit()), counts);
        }
        counts.finish(i);
      }
      counts.tally = null;
      counts.seen = null;
      return counts;
    }

    @Override
    public void accept(int term) {
      if (term >= tally.length) {
        tally = Arrays.copyOf(tally, Math.max(term + 1, tally.length * 2));
      }
      if (tally[term]++ == 0) {
        if (seenCount == seen.length) {
          seen = Arrays.copyOf(seen, seen.length * 2);
        }
        seen[seenCount++] = term;
      }
    }

    private void finish(int article) {
      int[] ids = Arrays.copyOf(seen, seenCount);
      Arrays.sort(ids);
      int[] tf = new int[ids.length];
      for (int j = 0; j < ids.length; j++) {
        tf[j] = tally[ids[j]];
        tally[ids[j]] = 0;
      }
      terms[article] = ids;
      frequencies[article] = tf;
      seenCount = 0;
    }
  }

  private static void vector(
      int i,
      Counts counts,
      int[] df,
      int articles,
      int maxDf,
      boolean isCandidate,
      Vocabulary vocabulary,
      int termsPerArticle,
      int[][] termsOut,
      float[][] weightsOut) {
    int[] ids = counts.terms[i];
    int[] tf = counts.frequencies[i];
    double[] weight = new double[ids.length];
    int kept = 0;
    for (int j = 0; j < ids.length; j++) {
      int d = df[ids[j]];
      int others = d - (isCandidate ? 1 : 0);
      double w =
          others < 1 || d > maxDf || tf[j] < MIN_TERM_FREQUENCY
              ? 0
              : (1 + Math.log(tf[j])) * Math.log((double) articles / d);
      weight[j] = w;
      kept += w > 0 ? 1 : 0;
    }
    // The K-th heaviest weight; terms above it are in, terms equal to it are taken by term text.
    int k = Math.min(termsPerArticle, kept);
    double threshold = k == 0 ? Double.POSITIVE_INFINITY : kthLargest(weight, k);
    int above = 0;
    for (double w : weight) {
      above += w > threshold ? 1 : 0;
    }
    int tiedCount = 0;
    for (double w : weight) {
      tiedCount += w == threshold && threshold > 0 ? 1 : 0;
    }
    int[] tied = new int[tiedCount];
    for (int j = 0, t = 0; j < ids.length; j++) {
      if (weight[j] == threshold && threshold > 0) {
        tied[t++] = j;
      }
    }
    if (above + tied.length > k) {
      // Too many at the threshold: the ones first in alphabetical order, so the choice does not
      // depend on numbering.
      Integer[] byText = new Integer[tied.length];
      for (int t = 0; t < tied.length; t++) {
        byText[t] = tied[t];
      }
      Arrays.sort(byText, (x, y) -> vocabulary.term(ids[x]).compareTo(vocabulary.term(ids[y])));
      tied = new int[k - above];
      for (int t = 0; t < tied.length; t++) {
        tied[t] = byText[t];
      }
      Arrays.sort(tied);
    }
    int[] terms = new int[k];
    float[] weights = new float[k];
    double norm = 0;
    int at = 0;
    int t = 0;
    for (int j = 0; j < ids.length && at < k; j++) {
      boolean in = weight[j] > threshold;
      if (!in && t < tied.length && tied[t] == j) {
        in = true;
        t++;
      }
      if (in) {
        terms[at] = ids[j];
        weights[at] = (float) weight[j];
        norm += weight[j] * weight[j];
        at++;
      }
    }
    float scale = k == 0 ? 0 : (float) (1 / Math.sqrt(norm));
    for (int j = 0; j < k; j++) {
      weights[j] *= scale;
    }
    termsOut[i] = terms;
    weightsOut[i] = weights;
  }

  /** The k-th largest of {@code values} (k ≥ 1), without changing them. */
  private static double kthLargest(double[] values, int k) {
    double[] copy = values.clone();
    int target = copy.length - k;
    int lo = 0;
    int hi = copy.length - 1;
    while (lo < hi) {
      double pivot = copy[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (copy[i] < pivot) {
          i++;
        }
        while (copy[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double swap = copy[i];
          copy[i] = copy[j];
          copy[j] = swap;
          i++;
          j--;
        }
      }
      if (target <= j) {
        hi = j;
      } else if (target >= i) {
        lo = i;
      } else {
        break;
      }
    }
    return copy[target];
  }

  /** The cosine similarity of articles {@code a} and {@code b}: a merge of their sorted terms. */
  double cosine(int a, int b) {
    return cosine(a, start[b], start[b + 1] - start[b]);
  }

  /** The cosine of article {@code a} and the vector at {@code from}, of {@code length} terms. */
  double cosine(int a, int from, int length) {
    double sum = 0;
    int i = start[a];
    int j = from;
    int ie = start[a + 1];
    int je = from + length;
    while (i < ie && j < je) {
      long x = entries[i];
      long y = entries[j];
      int tx = (int) (x >>> 32);
      int ty = (int) (y >>> 32);
      if (tx < ty) {
        i++;
      } else if (tx > ty) {
        j++;
      } else {
        sum += (double) Float.intBitsToFloat((int) x) * Float.intBitsToFloat((int) y);
        i++;
        j++;
      }
    }
    return Math.min(1, sum);
  }

  /** Bytes held, for the benchmark's memory figures. */
  long bytes() {
    return vocabulary.bytes()
        + 8L * entries.length
        + 4L * start.length
        + 4L * gatherFloor.length
        + champions.bytes();
  }
}
