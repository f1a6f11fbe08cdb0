package org.triglot.markdown;

import java.util.List;
import java.util.Objects;

/**
 * The result of rendering an article body: the HTML, and facts taken from the document while it was
 * parsed: the section headings with their anchor ids, the text of the first paragraph (for
 * summaries), and the plain text of the prose without code (for reading time and related-article
 * scoring), and the links taken out because their scheme is not allowed. A body the renderer
 * refused ({@link MarkdownLimits}) has no HTML and one {@link Refusal}.
 */
public record RenderedMarkdown(
    String html,
    List<Heading> headings,
    String firstParagraph,
    String plainText,
    List<RemovedLink> removedLinks,
    List<Refusal> refusals) {
  public RenderedMarkdown {
    Objects.requireNonNull(html, "html");
    headings = List.copyOf(headings);
    Objects.requireNonNull(firstParagraph, "firstParagraph");
    Objects.requireNonNull(plainText, "plainText");
    removedLinks = List.copyOf(removedLinks);
    refusals = List.copyOf(refusals);
  }

  /** A body that was not rendered, and why. */
  static RenderedMarkdown refused(Refusal refusal) {
    return new RenderedMarkdown("", List.of(), "", "", List.of(), List.of(refusal));
  }
}
