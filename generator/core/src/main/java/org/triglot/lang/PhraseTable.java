package org.triglot.lang;

import java.util.Arrays;

/**
 * An immutable replacement table for longest-match conversion: every key, of one character or many,
 * in a trie. Built once and shared by all threads.
 *
 * <p>Laid out for speed: a lookup allocates nothing. The trie's first level is an array indexed by
 * the character (so a character that starts no phrase costs one array read), deeper edges live in
 * one open-addressing hash table keyed by (node, character), and all replacement texts are slices
 * of one {@code char[]}. Keys are matched on UTF-16 units; since keys are whole code points, a
 * match never ends inside a surrogate pair.
 */
final class PhraseTable {
  private static final int NONE = -1;
  private static final long EMPTY = -1L;

  private final int[] rootChild;
  private final long[] edgeKeys;
  private final int[] edgeChildren;
  private final int edgeShift;
  private final int[] nodeValues;
  private final char[] values;
  private final int[] valueStarts;
  private final int longestPhrase;
  private final int phraseCount;

  private PhraseTable(Builder b) {
    this.rootChild = b.rootChild;
    this.edgeKeys = b.edgeKeys;
    this.edgeChildren = b.edgeChildren;
    this.edgeShift = b.edgeShift;
    this.nodeValues = Arrays.copyOf(b.nodeValues, b.nodeCount);
    this.values = Arrays.copyOf(b.values, b.valueLength);
    int[] starts = Arrays.copyOf(b.valueStarts, b.valueCount + 1);
    starts[b.valueCount] = b.valueLength;
    this.valueStarts = starts;
    this.longestPhrase = b.longestPhrase;
    this.phraseCount = b.phraseCount;
  }

  static Builder builder() {
    return new Builder(16);
  }

  /** A builder sized for about {@code keyCharacters} characters of keys, so it never regrows. */
  static Builder builder(int keyCharacters) {
    return new Builder(keyCharacters);
  }

  /** The longest key of the trie, in UTF-16 units; 0 when it holds none. */
  int longestPhrase() {
    return longestPhrase;
  }

  int phraseCount() {
    return phraseCount;
  }

  boolean isEmpty() {
    return phraseCount == 0;
  }

  /** Whether some trie key starts with {@code c}: the first-character filter. */
  boolean startsPhrase(char c) {
    return rootChild[c] != NONE;
  }

  /**
   * The longest trie key that {@code text} holds at {@code from} without passing {@code limit},
   * encoded as {@code (length << 32) | valueIndex}, or -1 when none does.
   */
  long longestMatch(CharSequence text, int from, int limit) {
    int node = rootChild[text.charAt(from)];
    if (node == NONE) {
      return -1L;
    }
    long best = -1L;
    int end = Math.min(limit, from + longestPhrase);
    int i = from;
    while (true) {
      int value = nodeValues[node];
      i++;
      if (value != NONE) {
        best = ((long) (i - from) << 32) | value;
      }
      if (i >= end) {
        return best;
      }
      node = child(node, text.charAt(i));
      if (node == NONE) {
        return best;
      }
    }
  }

  /** Appends the replacement of a match found by {@link #longestMatch}. */
  void appendValue(long match, StringBuilder out) {
    int value = (int) match;
    int start = valueStarts[value];
    out.append(values, start, valueStarts[value + 1] - start);
  }

  /** The replacement text of {@code key} as a whole, for tests and tools; null when absent. */
  String lookup(String key) {
    long match = key.isEmpty() ? -1L : longestMatch(key, 0, key.length());
    if (match < 0 || (int) (match >>> 32) != key.length()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    appendValue(match, out);
    return out.toString();
  }

  private int child(int node, char c) {
    long key = ((long) node << 16) | c;
    int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> edgeShift);
    int mask = edgeKeys.length - 1;
    while (true) {
      long k = edgeKeys[slot];
      if (k == key) {
        return edgeChildren[slot];
      }
      if (k == EMPTY) {
        return NONE;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Collects entries; a later entry for the same key replaces the earlier one. Not thread-safe. */
  static final class Builder {
    private final int[] rootChild = new int[65536];
    private long[] edgeKeys;
    private int[] edgeChildren;
    private int edgeShift;
    private int edgeCount;
    private int[] nodeValues;
    private int nodeCount = 1;
    private char[] values;
    private int valueLength;
    private int[] valueStarts;
    private int valueCount;
    private int longestPhrase;
    private int phraseCount;

    private Builder(int keyCharacters) {
      int size = Math.max(16, keyCharacters);
      nodeValues = new int[size + 1];
      values = new char[size];
      valueStarts = new int[size / 2 + 1];
      Arrays.fill(rootChild, NONE);
      Arrays.fill(nodeValues, NONE);
      allocateEdges(Integer.highestOneBit(size * 2 - 1) * 2);
    }

    /** Adds an entry; a later entry for the same key replaces the earlier one. */
    Builder putPhrase(CharSequence key, CharSequence value) {
      return putPhrase(key, 0, key.length(), value, 0, value.length());
    }

    /**
     * Adds the entry whose key is {@code text[start, end)} and whose replacement is {@code
     * values[valueStart, valueEnd)}.
     */
    Builder putPhrase(
        CharSequence text, int start, int end, CharSequence values, int valueStart, int valueEnd) {
      if (end <= start) {
        throw new IllegalArgumentException("empty key");
      }
      int node = rootChild[text.charAt(start)];
      if (node == NONE) {
        node = newNode();
        rootChild[text.charAt(start)] = node;
      }
      for (int i = start + 1; i < end; i++) {
        node = childOrNew(node, text.charAt(i));
      }
      if (nodeValues[node] == NONE) {
        phraseCount++;
      }
      nodeValues[node] = addValue(values, valueStart, valueEnd);
      longestPhrase = Math.max(longestPhrase, end - start);
      return this;
    }

    PhraseTable build() {
      return new PhraseTable(this);
    }

    private int addValue(CharSequence text, int start, int end) {
      if (valueCount + 1 >= valueStarts.length) {
        valueStarts = Arrays.copyOf(valueStarts, valueStarts.length * 2);
      }
      while (valueLength + end - start > values.length) {
        values = Arrays.copyOf(values, values.length * 2);
      }
      valueStarts[valueCount] = valueLength;
      for (int i = start; i < end; i++) {
        values[valueLength++] = text.charAt(i);
      }
      return valueCount++;
    }

    private int newNode() {
      if (nodeCount == nodeValues.length) {
        int old = nodeValues.length;
        nodeValues = Arrays.copyOf(nodeValues, old * 2);
        Arrays.fill(nodeValues, old, nodeValues.length, NONE);
      }
      return nodeCount++;
    }

    private int childOrNew(int node, char c) {
      long key = ((long) node << 16) | c;
      int mask = edgeKeys.length - 1;
      int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> edgeShift);
      while (true) {
        long k = edgeKeys[slot];
        if (k == key) {
          return edgeChildren[slot];
        }
        if (k == EMPTY) {
          break;
        }
        slot = (slot + 1) & mask;
      }
      int child = newNode();
      edgeKeys[slot] = key;
      edgeChildren[slot] = child;
      if (++edgeCount * 2 > edgeKeys.length) {
        rehash();
      }
      return child;
    }

    private void allocateEdges(int capacity) {
      edgeKeys = new long[capacity];
      Arrays.fill(edgeKeys, EMPTY);
      edgeChildren = new int[capacity];
      edgeShift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    private void rehash() {
      long[] oldKeys = edgeKeys;
      int[] oldChildren = edgeChildren;
      allocateEdges(oldKeys.length * 2);
      int mask = edgeKeys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        long key = oldKeys[i];
        if (key != EMPTY) {
          int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> edgeShift);
          while (edgeKeys[slot] != EMPTY) {
            slot = (slot + 1) & mask;
          }
          edgeKeys[slot] = key;
          edgeChildren[slot] = oldChildren[i];
        }
      }
    }
  }
}
