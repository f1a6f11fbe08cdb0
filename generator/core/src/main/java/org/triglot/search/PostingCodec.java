package org.triglot.search;

/**
 * The text form of a posting list in an index shard, read by {@code assets/search.js}: for each
 * document in increasing id order, the gap from the previous id (the first from -1) as base-32
 * digits, most significant first, each but the last written from the upper half of the alphabet,
 * then one character for the document's score of the term (0–63). A list of dense ids costs about
 * two characters a document.
 */
final class PostingCodec {
  static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

  private PostingCodec() {}

  /** Appends one posting; {@code gap} is at least 1, {@code score} 0 to 63. */
  static void append(StringBuilder out, int gap, int score) {
    int digits = 1;
    for (int rest = gap >>> 5; rest != 0; rest >>>= 5) {
      digits++;
    }
    for (int d = digits - 1; d > 0; d--) {
      out.append(ALPHABET.charAt(32 + ((gap >>> (5 * d)) & 31)));
    }
    out.append(ALPHABET.charAt(gap & 31));
    out.append(ALPHABET.charAt(score));
  }

  /** The ids and scores of a list, for tests: {@code [id, score, id, score, ...]}. */
  static int[] decode(String list) {
    int[] out = new int[list.length()];
    int n = 0;
    int id = -1;
    int i = 0;
    while (i < list.length()) {
      int gap = 0;
      int v;
      while ((v = ALPHABET.indexOf(list.charAt(i++))) >= 32) {
        gap = gap * 32 + (v - 32);
      }
      gap = gap * 32 + v;
      id += gap;
      out[n++] = id;
      out[n++] = ALPHABET.indexOf(list.charAt(i++));
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
