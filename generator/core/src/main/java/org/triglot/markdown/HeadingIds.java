package org.triglot.markdown;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockPreVisitor;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Heading ids: flexmark's (made from the heading's text, duplicates numbered), and for a heading
 * whose text gives no id ({@code #} alone, {@code ## ——}) {@code section}, {@code section-1}, … in
 * document order, never one that another heading has. An element with {@code id=""} is not valid
 * HTML, and a table of contents could not link to it. A heading whose id would be a footnote's
 * ({@code # fn-1} next to {@code [^1]}) gets {@code fn-1-section} instead, so no id repeats.
 */
final class HeadingIds implements HtmlIdGenerator {
  /** The id of a heading whose text gives none. */
  static final String FALLBACK = "section";

  /** The ids the footnote extension gives its notes and their references. */
  private static final Pattern FOOTNOTE = Pattern.compile("fn(ref)?-\\d+(-\\d+)*");

  private final HtmlIdGenerator generated;

  private HeadingIds(HtmlIdGenerator generated) {
    this.generated = generated;
  }

  static HeaderIdGeneratorFactory factory() {
    HeaderIdGenerator.Factory flexmark = new HeaderIdGenerator.Factory();
    return new HeaderIdGeneratorFactory() {
      @Override
      public HtmlIdGenerator create(LinkResolverContext context) {
        return new HeadingIds(flexmark.create(context));
      }

      @Override
      public HtmlIdGenerator create() {
        return new HeadingIds(flexmark.create());
      }
    };
  }

  @Override
  public void generateIds(Document document) {
    generated.generateIds(document);
    fillEmpty(document);
  }

  @Override
  public void generateIds(Document document, AnchorRefTargetBlockPreVisitor preVisitor) {
    generated.generateIds(document, preVisitor);
    fillEmpty(document);
  }

  private static void fillEmpty(Document document) {
    Set<String> used = new HashSet<>();
    List<AnchorRefTarget> renamed = new ArrayList<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof AnchorRefTarget target
          && node instanceof com.vladsch.flexmark.ast.Heading) {
        String id = target.getAnchorRefId();
        if (id == null || id.isEmpty() || FOOTNOTE.matcher(id).matches()) {
          renamed.add(target);
        } else {
          used.add(id);
        }
      }
    }
    for (AnchorRefTarget target : renamed) {
      String id = target.getAnchorRefId();
      String base = id == null || id.isEmpty() ? FALLBACK : id + "-" + FALLBACK;
      String free = base;
      for (int n = 1; used.contains(free); n++) {
        free = base + "-" + n;
      }
      used.add(free);
      target.setAnchorRefId(free);
    }
  }

  @Override
  public String getId(Node node) {
    return node instanceof AnchorRefTarget target ? target.getAnchorRefId() : generated.getId(node);
  }

  @Override
  public String getId(CharSequence text) {
    return generated.getId(text);
  }
}
