package org.triglot.relate;

/**
 * What scoring reads about each article, packed into four longs (32 bytes) so that a candidate
 * costs one memory access besides its text vector: a 64-bit set of its topics (topic number mod 64;
 * exact while a site has at most 64 topics, otherwise the exact score falls back to the topic
 * lists), the inverse length of its topic vector, its day, whether it can be listed, its first two
 * authors, and where its text vector starts.
 */
final class Cards {
  private static final long CANDIDATE = 1L << 31;
  private static final long MANY_AUTHORS = 1L << 28;
  private static final long DAY = (1L << 28) - 1;
  private static final int NO_AUTHOR = -1;

  private final long[] cards;
  private final KeySets topics;
  private final KeySets authors;
  private final boolean exactTopicBits;
  private final long firstDay;
  private final long lastDay;

  Cards(RelatedIndex.Data data) {
    int n = data.articles().length;
    this.topics = data.topics();
    this.authors = data.authors();
    this.exactTopicBits = topics.count <= 64;
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (long d : data.day()) {
      first = Math.min(first, d);
      last = Math.max(last, d);
    }
    this.firstDay = n == 0 ? 0 : first;
    this.lastDay = n == 0 ? 0 : last;
    this.cards = new long[4 * n];
    for (int a = 0; a < n; a++) {
      long mask = 0;
      for (int key : topics.keys[a]) {
        mask |= 1L << (key & 63);
      }
      float inverseNorm = topics.norm[a] == 0 ? 0f : (float) (1 / topics.norm[a]);
      int[] own = authors.keys[a];
      long flags = (data.candidate()[a] ? CANDIDATE : 0) | (own.length > 2 ? MANY_AUTHORS : 0);
      int first1 = own.length > 0 ? own[0] : NO_AUTHOR;
      int second = own.length > 1 ? own[1] : NO_AUTHOR;
      cards[4 * a] = mask;
      cards[4 * a + 1] =
          (long) Float.floatToRawIntBits(inverseNorm) << 32
              | flags
              | Math.min(DAY, data.day()[a] - firstDay);
      cards[4 * a + 2] = (long) first1 << 32 | second & 0xffffffffL;
      cards[4 * a + 3] = (long) data.text().start(a) << 32 | data.text().length(a);
    }
  }

  long daySpan() {
    return lastDay - firstDay;
  }

  /** The query article's side, worked out once per query. */
  static final class Query {
    final int article;
    final long card;
    final long authorCard;
    final int authorCount;
    final int[] bits;
    final double[] sharedWeights;
    final double inverseNorm;

    Query(
        int article,
        long card,
        long authorCard,
        int authorCount,
        int[] bits,
        double[] sharedWeights,
        double inverseNorm) {
      this.article = article;
      this.card = card;
      this.authorCard = authorCard;
      this.authorCount = authorCount;
      this.bits = bits;
      this.sharedWeights = sharedWeights;
      this.inverseNorm = inverseNorm;
    }
  }

  Query query(int q) {
    int[] keys = topics.keys[q];
    int[] bits = new int[keys.length];
    double[] shared = new double[keys.length];
    for (int j = 0; j < keys.length; j++) {
      bits[j] = keys[j] & 63;
      shared[j] = topics.idf[keys[j]] * topics.idf[keys[j]];
    }
    return new Query(
        q,
        cards[4 * q + 1],
        cards[4 * q + 2],
        authors.keys[q].length,
        bits,
        shared,
        topics.norm[q] == 0 ? 0 : 1 / topics.norm[q]);
  }

  /**
   * Whether {@code c} may be listed for the query: published, and not newer unless newer are
   * allowed.
   */
  boolean eligible(int c, Query q, boolean includeNewer) {
    long card = cards[4 * c + 1];
    return c != q.article
        && (card & CANDIDATE) != 0
        && (includeNewer || (card & DAY) <= (q.card & DAY));
  }

  long daysApart(int c, Query q) {
    return Math.abs((cards[4 * c + 1] & DAY) - (q.card & DAY));
  }

  /**
   * The topic cosine of the query and {@code c}: exact while topic bits are, otherwise at least the
   * exact value.
   */
  double topicEstimate(int c, Query q) {
    long mask = cards[4 * c];
    double shared = 0;
    for (int j = 0; j < q.bits.length; j++) {
      if ((mask >>> q.bits[j] & 1) != 0) {
        shared += q.sharedWeights[j];
      }
    }
    return shared == 0
        ? 0
        : Math.min(
            1, shared * q.inverseNorm * Float.intBitsToFloat((int) (cards[4 * c + 1] >>> 32)));
  }

  /** The exact topic cosine. */
  double topics(int c, Query q) {
    return exactTopicBits ? topicEstimate(c, q) : topics.cosine(q.article, c);
  }

  /** The exact author overlap: shared authors over the geometric mean of the two counts. */
  double authors(int c, Query q) {
    long card = cards[4 * c + 2];
    if (q.authorCount > 2 || (cards[4 * c + 1] & MANY_AUTHORS) != 0) {
      return authors.overlap(q.article, c);
    }
    int c1 = (int) (card >>> 32);
    int c2 = (int) card;
    int q1 = (int) (q.authorCard >>> 32);
    int q2 = (int) q.authorCard;
    int shared =
        (q1 != NO_AUTHOR && (q1 == c1 || q1 == c2) ? 1 : 0)
            + (q2 != NO_AUTHOR && (q2 == c1 || q2 == c2) ? 1 : 0);
    int count = (c1 != NO_AUTHOR ? 1 : 0) + (c2 != NO_AUTHOR ? 1 : 0);
    return shared == 0 ? 0 : shared / Math.sqrt((double) q.authorCount * count);
  }

  /** Where the text vector of {@code c} starts, and its length. */
  int textStart(int c) {
    return (int) (cards[4 * c + 3] >>> 32);
  }

  int textLength(int c) {
    return (int) cards[4 * c + 3];
  }

  long bytes() {
    return 8L * cards.length;
  }
}
