package org.triglot.relate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextVectorsTest {
  @Test
  void onlyTheOpeningOfALongBodyIsRead() {
    String body = "word ".repeat(3000);
    // 6002 falls inside a word ("wo|rd"), so cutting at the limit itself would split it.
    int end = TextVectors.openingLength(body, 6002);
    assertTrue(end <= 6002 && end > 5990, () -> "end " + end);
    assertTrue(
        body.charAt(end - 1) == ' ' || body.charAt(end) == ' ', "the cut falls between words");
  }
}
