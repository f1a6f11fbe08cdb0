package org.triglot.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Whether a single {@code *} or {@code _} can open or close emphasis between two characters, for
 * each class of neighbour the CommonMark CJK-friendly amendment distinguishes: whitespace (␣),
 * non-CJK punctuation ("), a non-CJK letter (a), CJK punctuation (。) and a CJK character (字). The
 * table is the amendment's own summary of its rules (implementers-tips.md), with 。 where it writes
 * ～: the fullwidth tilde is a symbol, which flexmark, and so Triglot, does not count as
 * punctuation.
 */
class DelimiterRunTest {
  private static final String TABLE =
      """
      ␣ * ␣  close no  open no
      ␣ * "  close no  open yes
      ␣ * a  close no  open yes
      ␣ * 。 close no  open yes
      ␣ * 字 close no  open yes
      ␣ _ ␣  close no  open no
      ␣ _ "  close no  open yes
      ␣ _ a  close no  open yes
      ␣ _ 。 close no  open yes
      ␣ _ 字 close no  open yes
      " * "  close yes open yes
      " * a  close no  open yes
      " * 字 close yes open yes
      。 * a close yes open yes
      " _ "  close yes open yes
      " _ a  close no  open yes
      " _ 字 close no  open yes
      。 _ a close no  open yes
      a * a  close yes open yes
      a _ a  close no  open no
      """;

  @Test
  void opensAndClosesAsTheAmendmentSummarisesIt() {
    for (String row : TABLE.strip().split("\n")) {
      String[] cells = row.strip().split("\\s+");
      String text = (cells[0] + cells[1] + cells[2]).replace('␣', ' ');
      char delimiter = cells[1].charAt(0);
      int at = cells[0].length();
      CjkEmphasis.Processor processor =
          new CjkEmphasis.Processor(delimiter, false).at(DelimiterRun.in(text, at, at + 1));
      String actual =
          "close "
              + (processor.canBeCloser("", "", false, false, false, false, false, false)
                  ? "yes"
                  : "no")
              + " open "
              + (processor.canBeOpener("", "", false, false, false, false, false, false)
                  ? "yes"
                  : "no");
      String expected = "close " + cells[4] + " open " + cells[6];
      assertEquals(expected, actual, row);
    }
  }

  @Test
  void aRunBetweenPunctuationAndCjkFlanksBothWays() {
    // CommonMark: a run after a letter and before punctuation is only right-flanking, one after
    // punctuation and before a letter only left-flanking. A CJK letter makes it both.
    assertFlanking("a*\"", false, true);
    assertFlanking("字*\"", true, true);
    assertFlanking("\"*a", true, false);
    assertFlanking("\"*字", true, true);
  }

  private static void assertFlanking(String text, boolean left, boolean right) {
    DelimiterRun run = DelimiterRun.in(text, 1, 2);
    assertEquals(left, run.leftFlanking(), text + " left-flanking");
    assertEquals(right, run.rightFlanking(), text + " right-flanking");
  }
}
