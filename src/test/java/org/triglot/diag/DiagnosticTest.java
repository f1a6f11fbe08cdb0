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
}
