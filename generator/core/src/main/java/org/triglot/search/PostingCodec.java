package org.triglot.search;

/**
 * The text form of a posting list in an index shard, read by {@code assets/search.js}: for each
 * document in increasing id order, the gap from the previous id (the first from -1) as base-32
 * digits, most significant first, each but the last written from the upper half of the alphabet,
 * then one character for the document's score of the term (0–63). A list of dense ids costs about
 * two characters a document.
 *
 * <p>A word pair's positions, in a position shard, follow its posting list's documents in the same
 * order: for each, how many times the pair stands in it, then each position (that of the pair's
 * first word among the document's terms) as the gap from the previous one (the first from 0), all
 * numbers in the same base-32 digits.
 */
final class PostingCodec {
  static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

  private PostingCodec() {}

  /** Appends one posting; {@code gap} is at least 1, {@code score} 0 to 63. */
  static void append(StringBuilder out, int gap, int score) {
    appendNumber(out, gap);
    out.append(ALPHABET.charAt(score));
  }

  /** Appends one document's positions of a pair ({@code positions}: increasing, from 0). */
  static void appendPositions(StringBuilder out, SearchIndex.IntList positions) {
    appendNumber(out, positions.length());
    int previous = 0;
    for (int i = 0; i < positions.length(); i++) {
      appendNumber(out, positions.get(i) - previous);
      previous = positions.get(i);
    }
  }

  /** Appends a number (0 or more) as base-32 digits, all but the last from the upper half. */
  private static void appendNumber(StringBuilder out, int value) {
    int digits = 1;
    for (int rest = value >>> 5; rest != 0; rest >>>= 5) {
      digits++;
    }
    for (int d = digits - 1; d > 0; d--) {
      out.append(ALPHABET.charAt(32 + ((value >>> (5 * d)) & 31)));
    }
    out.append(ALPHABET.charAt(value & 31));
  }

  /** The ids and scores of a list, for tests: {@code [id, score, id, score, ...]}. */
  static int[] decode(String list) {
    int[] out = new int[list.length()];
    int n = 0;
    int id = -1;
    int[] at = {0};
    while (at[0] < list.length()) {
      id += readNumber(list, at);
      out[n++] = id;
      out[n++] = ALPHABET.indexOf(list.charAt(at[0]++));
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /**
   * The positions of a pair, for tests: one array per document of its posting list, in order, each
   * holding that document's positions.
   */
  static int[][] decodePositions(String list) {
    java.util.List<int[]> documents = new java.util.ArrayList<>();
    int[] at = {0};
    while (at[0] < list.length()) {
      int[] positions = new int[readNumber(list, at)];
      int previous = 0;
      for (int i = 0; i < positions.length; i++) {
        previous += readNumber(list, at);
        positions[i] = previous;
      }
      documents.add(positions);
    }
    return documents.toArray(new int[0][]);
  }

  /** Reads one number (see {@link #appendNumber}) at {@code at[0]}, moving it on. */
  private static int readNumber(String list, int[] at) {
    int value = 0;
    int v;
    while ((v = ALPHABET.indexOf(list.charAt(at[0]++))) >= 32) {
      value = value * 32 + (v - 32);
    }
    return value * 32 + v;
  }
}
