package org.triglot.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DiagnosticTest {
  @Test
  void printsPathLineColumnSourceLineCaretAndHint() {
    SourceText text =
        new SourceText("content/articles/x/en.md", "---\ntitle: X\ntopics: [arms-contrl]\n---\n");
    Diagnostic d =
        Diagnostic.error(text.at(3, 10), "unknown topic \"arms-contrl\"")
            .withHint("did you mean \"arms-control\"?");
    assertEquals(
        """
        content/articles/x/en.md:3:10: error: unknown topic "arms-contrl"
          topics: [arms-contrl]
                   ^
          hint: did you mean "arms-control"?
        """,
        d.format());
  }

  @Test
  void countsWideCharactersTwiceWhenPlacingTheCaret() {
    SourceText text = new SourceText("a.md", "标题: 值\n");
    assertEquals(
        "  标题: 值\n        ^\n",
        Diagnostic.error(text.at(1, 5), "m").format().substring("a.md:1:5: error: m\n".length()));
  }

  @Test
  void quotesAtMostTwoHundredCharactersAroundTheColumnOfALongLine() {
    String line = "x".repeat(5000) + "!" + "y".repeat(5000);
    SourceText text = new SourceText("a.md", line + "\n");
    String[] printed = Diagnostic.error(text.at(1, 5001), "m").format().split("\n");
    assertEquals("  …" + "x".repeat(66) + "!" + "y".repeat(131) + "…", printed[1]);
    assertEquals("   " + " ".repeat(66) + "^", printed[2]);
  }

  @Test
  void escapesControlCharactersAndKeepsTheCaretUnderTheColumn() {
    SourceText text = new SourceText("a.md", "a\u001B[2Jb\u202Ec\td: x\n");
    String[] printed = Diagnostic.error(text.at(1, 10), "bad \u0007 bell").format().split("\n");
    assertEquals("a.md:1:10: error: bad \\u0007 bell", printed[0]);
    assertEquals("  a\\u001B[2Jb\\u202Ec\td: x", printed[1]);
    assertEquals("  " + " ".repeat(1 + 6 + 3 + 1 + 6 + 1) + "\t^", printed[2]);
  }

  @Test
  void cutsALongQuotedValueInTheMessage() {
    Diagnostic d =
        Diagnostic.error(
            SourcePosition.file("a.yaml"), "\"" + "k".repeat(5000) + "\" is not a valid id");
    assertEquals("a.yaml: error: \"" + "k".repeat(199) + "…\" is not a valid id", d.headline());
  }

  @Test
  void countsColumnsInCharactersBeyondTheBasicPlane() {
    SourceText text = new SourceText("a.glossary", "𠮷𠮷 x\n");
    assertEquals(
        "  𠮷𠮷 x\n       ^\n",
        Diagnostic.error(text.at(1, 4), "m")
            .format()
            .substring("a.glossary:1:4: error: m\n".length()));
  }
}
