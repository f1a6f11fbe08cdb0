package org.triglot.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triglot.lang.Language;

class MarkdownRendererTest {
  private static final Language ENGLISH = Language.of("en");
  private final MarkdownRenderer renderer = new MarkdownRenderer();

  @Test
  void givesChineseHeadingsIdsMadeOfTheirCharacters() {
    RenderedMarkdown r =
        renderer.render("## 美俄关系：2021\n\n## The U.S. View\n\n## The U.S. View\n", ENGLISH);
    assertEquals(
        List.of(
            new Heading(2, "美俄关系2021", "美俄关系：2021"),
            new Heading(2, "the-us-view", "The U.S. View"),
            new Heading(2, "the-us-view-1", "The U.S. View")),
        r.headings());
    assertTrue(r.html().contains("<h2 id=\"美俄关系2021\">美俄关系：2021</h2>"), r.html());
  }

  @Test
  void extractsTheFirstParagraphAndTheProseWithoutCode() {
    RenderedMarkdown r =
        renderer.render(
            """
        > A quote first.

        The *first* paragraph
        spans two lines with `code`.

        ```
        fenced code
        ```

        Last words.
        """,
            ENGLISH);
    assertEquals("The first paragraph spans two lines with code.", r.firstParagraph());
    assertTrue(r.plainText().contains("Last words."), r.plainText());
    assertTrue(!r.plainText().contains("fenced code"), r.plainText());
  }

  @Test
  void keepsRawHtmlOfTrustedEditors() {
    assertTrue(
        renderer
            .render("<figure><img src=\"map.png\" alt=\"Map\"></figure>\n", ENGLISH)
            .html()
            .contains("<figure><img src=\"map.png\" alt=\"Map\"></figure>"));
  }

  @Test
  void rendersTablesFootnotesAndStrikethrough() {
    String html =
        renderer
            .render(
                """
        | Year | Deals |
        |------|------:|
        | 2020 | 3 |

        A claim[^src] that was ~~wrong~~ right.

        [^src]: The source.
        """,
                ENGLISH)
            .html();
    for (String expected :
        List.of(
            "<th>Year</th>",
            "<td class=\"align-right\">3</td>",
            "<del>wrong</del>",
            "<a class=\"footnote-ref\" href=\"#fn-1\">1</a>",
            "<li id=\"fn-1\">",
            "<p>The source.</p>")) {
      assertTrue(html.contains(expected), () -> "missing " + expected + " in\n" + html);
    }
  }

  @Test
  void resolvesReferenceLinksAndDropsTheirDefinitions() {
    assertEquals(
        "<p>See <a href=\"https://example.org/\">the report</a> and <a href=\"https://example.org/\">报告</a>.</p>\n",
        renderer
            .render("See [the report][r] and [报告][r].\n\n[r]: https://example.org/\n", ENGLISH)
            .html());
  }
}
