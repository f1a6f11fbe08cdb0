package org.triglot.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Assertions;
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

  /** Found by MarkdownFuzzTest: "#" alone gave a heading id="" (twice), which is not valid HTML. */
  @Test
  void givesHeadingsWhoseTextMakesNoIdIdsOfTheirOwn() {
    RenderedMarkdown r = renderer.render("#\n\n## !!!\n\n# Section\n");
    assertEquals(
        List.of("section-1", "section-2", "section"),
        r.headings().stream().map(Heading::id).toList());
    assertTrue(r.html().contains("<h1 id=\"section-1\"></h1>"), r.html());
    assertTrue(r.html().contains("<h2 id=\"section-2\">!!!</h2>"), r.html());
  }

  /** Found by MarkdownFuzzTest: each of these overflowed the stack or took minutes. */
  @Test
  void refusesBodiesThatWouldOverflowTheStackOrTakeQuadraticTime() {
    assertEquals(
        List.of(
            new Refusal(
                3,
                1,
                "this line starts with more than 300 list, quote or rule marks (-, *, +, _ or >)",
                "a rule or a heading underline needs three (---); nest lists and quotes a few"
                    + " levels")),
        renderer.render("Text.\n\n" + "- ".repeat(3000) + "\n").refusals());
    assertEquals(
        "the text nests lists, quotes, emphasis or links more than 100 levels deep",
        renderer.render("- ".repeat(200) + "x\n").refusals().get(0).message());
    // Found in a longer run: the list marks before the text overflowed the stack while parsing.
    assertEquals(
        "this line starts with more than 300 list, quote or rule marks (-, *, +, _ or >)",
        renderer.render("- ".repeat(2600) + "x\n").refusals().get(0).message());
    assertEquals(
        "this paragraph (with those before it) holds too many links, tags, entities or code spans"
            + " for its length",
        renderer
            .render("Intro.\n\n" + "[a](b) ".repeat(20_000) + "\n")
            .refusals()
            .get(0)
            .message());
    assertEquals(
        3,
        renderer.render("Intro.\n\n" + "[a](b) ".repeat(20_000) + "\n").refusals().get(0).line());
    assertEquals(
        "this heading has more than 1000 characters",
        renderer.render("\\\\".repeat(35_000) + "\n===\n").refusals().get(0).message());
    assertEquals("", renderer.render("- ".repeat(500) + "x\n").html());
  }

  @Test
  void keepsLongPlainParagraphsAndCodeBlocksFullOfMarkup() {
    String code = "```\n" + "<td>&amp;</td>\n".repeat(20_000) + "```\n";
    assertEquals(List.of(), renderer.render(code).refusals());
    assertEquals(List.of(), renderer.render("word ".repeat(200_000) + "\n").refusals());
  }

  @Test
  void resolvesReferenceLinksAndDropsTheirDefinitions() {
    assertEquals(
        "<p>See <a href=\"https://example.org/\">the report</a> and <a href=\"https://example.org/\">报告</a>.</p>\n",
        renderer
            .render("See [the report][r] and [报告][r].\n\n[r]: https://example.org/\n", ENGLISH)
            .html());
  }

  /** Found by MarkdownFuzzTest in a longer run: the heading and the footnote both had id="fn-1". */
  @Test
  void givesAHeadingNamedLikeAFootnoteAnIdNoFootnoteHas() {
    RenderedMarkdown r = renderer.render("# fn-1\n\nA claim[^1].\n\n[^1]: The source.\n");
    assertEquals(List.of("fn-1-section"), r.headings().stream().map(Heading::id).toList());
    assertTrue(r.html().contains("<h1 id=\"fn-1-section\">fn-1</h1>"), r.html());
    assertTrue(r.html().contains("<li id=\"fn-1\">"), r.html());
  }

  /** Found by MarkdownFuzzTest in a longer run: twenty escaped backslashes after "[" took 30 s. */
  @Test
  void refusesManyEscapesAfterAnUnclosedBracketInsteadOfBacktrackingForMinutes() {
    RenderedMarkdown r =
        Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(5),
            () -> renderer.render("Intro.\n\n[" + "\\\\".repeat(40) + "\n"));
    assertEquals(
        List.of(
            new Refusal(
                3,
                1,
                "this paragraph has more than 16 backslash escapes after a \"[\" that is not closed",
                "close the bracket with \"]\", or write the bracket as \\[")),
        r.refusals());
    assertEquals(List.of(), renderer.render("[" + "\\\\".repeat(40) + "]\n").refusals());
  }

  /** Found by MarkdownFuzzTest in a longer run: 70,000 tabs after "### a" took half a minute. */
  @Test
  void refusesALongHeadingLineBeforeParsingIt() {
    RenderedMarkdown r =
        Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(5),
            () -> renderer.render("Intro.\n\n> ### a " + "\t".repeat(70_000) + "\n"));
    assertEquals(
        List.of(
            new Refusal(
                3,
                1,
                "this heading has more than 1000 characters",
                "a heading is a line or two; the text belongs in a paragraph under it")),
        r.refusals());
  }

  /** Found by MarkdownFuzzTest in a longer run: both overflowed the stack while parsing. */
  @Test
  void refusesALongCommentInAParagraphAndSeesLinesEndedByACarriageReturn() {
    assertEquals(
        List.of(
            new Refusal(
                1,
                1,
                "an HTML comment inside a paragraph runs on for more than 1000 characters",
                "close it with -->, or start it on a line of its own")),
        renderer.render("\u2028<!--\n " + "*a ".repeat(20_000) + "\n").refusals());
    assertEquals(2, renderer.render("\\\r" + "- ".repeat(2600) + "x\n").refusals().get(0).line());
    assertEquals(List.of(), renderer.render("<!--\n" + "a ".repeat(20_000) + "\n-->\n").refusals());
  }
}
