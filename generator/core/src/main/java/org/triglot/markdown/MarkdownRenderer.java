package org.triglot.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.triglot.lang.Language;

/**
 * Renders article bodies with flexmark-java: CommonMark plus tables, footnotes and strikethrough,
 * with an id on every heading (Chinese headings keep their characters, so {@code ## 历史} gets {@code
 * id="历史"}). Chinese and Japanese text follows docs/cjk-markdown.md: emphasis by the CommonMark
 * CJK-friendly amendment ({@link CjkEmphasis}), no space where a line break falls between CJK
 * characters ({@link CjkLineBreaks}). Link targets follow {@link LinkPolicy}. Raw HTML is kept:
 * editors are trusted. One parser and one renderer are built for the whole build and shared by its
 * threads; {@link #render} is a pure function.
 */
public final class MarkdownRenderer {
  private final Parser parser;
  private final HtmlRenderer renderer;

  public MarkdownRenderer() {
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS,
        List.of(
            TablesExtension.create(),
            FootnoteExtension.create(),
            StrikethroughExtension.create(),
            CjkEmphasis.create()));
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    options.set(HtmlRenderer.INDENT_SIZE, 0);
    options.set(TablesExtension.WITH_CAPTION, false);
    options.set(TablesExtension.CLASS_NAME, "");
    options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
    this.parser = Parser.builder(options).build();
    this.renderer =
        HtmlRenderer.builder(options)
            .attributeProviderFactory(TableAlignment.factory())
            .htmlIdGeneratorFactory(HeadingIds.factory())
            .build();
  }

  /**
   * The HTML and the facts of {@code markdown}, a body written in {@code language}: whether the
   * language is written without spaces decides which line breaks next to CJK text disappear. A body
   * that breaks a {@link MarkdownLimits} limit is refused (no HTML, one {@link Refusal}) rather
   * than overflowing the stack.
   */
  public RenderedMarkdown render(String markdown, Language language) {
    return render(markdown, language.isWrittenWithoutSpaces());
  }

  /** As {@link #render(String, Language)} for a language written with spaces between words. */
  RenderedMarkdown render(String markdown) {
    return render(markdown, false);
  }

  private RenderedMarkdown render(String markdown, boolean withoutSpaces) {
    Optional<Refusal> refused = MarkdownLimits.beforeParsing(markdown);
    if (refused.isPresent()) {
      return RenderedMarkdown.refused(refused.get());
    }
    try {
      Document document = parser.parse(markdown);
      refused = MarkdownLimits.afterParsing(document);
      if (refused.isPresent()) {
        return RenderedMarkdown.refused(refused.get());
      }
      CjkLineBreaks.join(document, withoutSpaces);
      return render(markdown, document);
    } catch (StackOverflowError e) {
      // The last resort for a recursion inside flexmark that the limits do not foresee: the
      // parser and renderer keep no state between calls, so the build can go on and report it.
      return RenderedMarkdown.refused(new Refusal(1, 1, TOO_DEEP, "nest fewer levels"));
    }
  }

  /** The message of a body whose rendering overflowed the stack after all. */
  static final String TOO_DEEP = "the text nests too deeply to be rendered";

  private RenderedMarkdown render(String markdown, Document document) {
    List<RemovedLink> removedLinks = LinkPolicy.apply(document);
    String html = renderer.render(document);
    List<Heading> headings = new ArrayList<>();
    String firstParagraph = "";
    StringBuilder plain = new StringBuilder(markdown.length());
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (firstParagraph.isEmpty() && block instanceof Paragraph paragraph) {
        firstParagraph = textOf(paragraph).strip();
      }
    }
    for (Node node : document.getDescendants()) {
      if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
        headings.add(
            new Heading(heading.getLevel(), heading.getAnchorRefId(), textOf(heading).strip()));
      }
    }
    appendProse(document, plain);
    return new RenderedMarkdown(
        html, headings, firstParagraph, plain.toString().strip(), removedLinks, List.of());
  }

  /** The visible text of a node, code spans included, line breaks as spaces. */
  private static String textOf(Node node) {
    StringBuilder out = new StringBuilder();
    appendText(node, out, true);
    return out.toString().replaceAll("\\s+", " ");
  }

  /** The prose of the document for word counts and similarity: no code, no raw HTML tags. */
  private static void appendProse(Node node, StringBuilder out) {
    appendText(node, out, false);
  }

  private static void appendText(Node node, StringBuilder out, boolean withCode) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text text) {
        out.append(text.getChars());
      } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
        out.append(' ');
      } else if (child instanceof Code code) {
        if (withCode) {
          out.append(code.getText());
        }
      } else if (child instanceof FencedCodeBlock
          || child instanceof IndentedCodeBlock
          || child instanceof HtmlBlock
          || child instanceof HtmlInline) {
        out.append(' ');
      } else {
        appendText(child, out, withCode);
        if (child.isOrDescendantOfType(Block.class)
            && !(child instanceof Paragraph && child.getParent() instanceof ListItem)) {
          out.append('\n');
        }
      }
    }
  }
}
