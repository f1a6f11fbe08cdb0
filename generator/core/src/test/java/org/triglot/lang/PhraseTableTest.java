package org.triglot.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhraseTableTest {
  private final PhraseTable table =
      PhraseTable.builder()
          .putPhrase("发", "發")
          .putPhrase("头发", "頭髮")
          .putPhrase("头发花白", "頭髮花白")
          .putPhrase("𠀀", "x")
          .putPhrase("复", "復")
          .putPhrase("复", "複")
          .build();

  @Test
  void findsTheLongestPhraseAtAPosition() {
    assertEquals(4, length(table.longestMatch("头发花白了", 0, 5)));
    assertEquals(2, length(table.longestMatch("头发乱了", 0, 4)));
    assertEquals(-1L, table.longestMatch("乱发", 0, 2));
  }

  @Test
  void neverMatchesPastTheLimit() {
    assertEquals(2, length(table.longestMatch("头发花白", 0, 3)));
    assertEquals(-1L, table.longestMatch("头发", 0, 1));
  }

  @Test
  void matchesSingleCharactersAsKeys() {
    assertEquals(1, length(table.longestMatch("发现", 0, 2)));
    assertEquals("發", table.lookup("发"));
    assertTrue(table.startsPhrase('头'));
    assertTrue(table.startsPhrase('发'));
    assertFalse(table.startsPhrase('乱'));
    assertEquals(-1L, table.longestMatch("乱", 0, 1));
  }

  @Test
  void laterEntryReplacesAnEarlierOne() {
    assertEquals("複", table.lookup("复"));
  }

  @Test
  void matchesSupplementaryCharactersAsWholeCodePoints() {
    assertEquals("x", table.lookup("𠀀"));
    assertNull(table.lookup("\uD840"));
  }

  private static int length(long match) {
    return (int) (match >>> 32);
  }
}
