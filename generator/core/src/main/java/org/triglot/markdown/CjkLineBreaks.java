package org.triglot.markdown;

import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes out of a parsed document the soft line breaks that a reader of CJK text should not see: a
 * break with an unspaced CJK character ({@link CjkCharacters#isUnspacedCjk}) on both sides, as in
 * {@code 北极\n例外}, which CommonMark would render as a space. Punctuation of ambiguous width ({@code
 * “ ” … —}) next to a break counts as CJK in a language written without spaces, and elsewhere when
 * the character beyond it is CJK. The text on each side is read through emphasis, strikethrough and
 * link text; a code span, raw HTML, an image or the edge of the paragraph keeps the break, so
 * nothing changes inside code and HTML (docs/cjk-markdown.md).
 */
final class CjkLineBreaks {
  private CjkLineBreaks() {}

  /** Removes the breaks between CJK text; {@code unspaced}: the language has no word spaces. */
  static void join(Document document, boolean unspaced) {
    List<Node> joined = new ArrayList<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof SoftLineBreak
          && joins(sideOf(node, false), unspaced)
          && joins(sideOf(node, true), unspaced)) {
        joined.add(node);
      }
    }
    joined.forEach(Node::unlink);
  }

  /**
   * The character next to a break on one side and the first character beyond it that is not
   * ambiguous punctuation, or -1 where there is none in text.
   */
  private record Side(int next, int beyond) {}

  private static boolean joins(Side side, boolean unspaced) {
    if (side.next() < 0) {
      return false;
    }
    if (CjkCharacters.isUnspacedCjk(side.next())) {
      return true;
    }
    return CjkCharacters.isAmbiguousPunctuation(side.next())
        && (unspaced || (side.beyond() >= 0 && CjkCharacters.isUnspacedCjk(side.beyond())));
  }

  /** The text of the paragraph on one side of {@code lineBreak}, read away from it. */
  private static Side sideOf(Node lineBreak, boolean forward) {
    int next = -1;
    for (Node leaf = leafBeside(lineBreak, forward);
        leaf instanceof Text text;
        leaf = leafBeside(leaf, forward)) {
      String chars = text.getChars().unescape();
      int at = forward ? 0 : chars.length();
      while (forward ? at < chars.length() : at > 0) {
        int codePoint = forward ? chars.codePointAt(at) : chars.codePointBefore(at);
        at += forward ? Character.charCount(codePoint) : -Character.charCount(codePoint);
        if (CjkCharacters.isGeneralVariationSelector(codePoint)
            || CjkCharacters.isIdeographicVariationSelector(codePoint)) {
          continue; // read as the character it modifies
        }
        if (next < 0) {
          next = codePoint;
          if (!CjkCharacters.isAmbiguousPunctuation(codePoint)) {
            return new Side(next, -1);
          }
        } else if (!CjkCharacters.isAmbiguousPunctuation(codePoint)) {
          return new Side(next, codePoint);
        }
      }
    }
    return new Side(next, -1);
  }

  /**
   * The innermost node beside {@code node} in reading order, going into and out of the inline nodes
   * whose text is read as the paragraph's; null at the edge of the paragraph.
   */
  private static Node leafBeside(Node node, boolean forward) {
    Node current = node;
    while ((forward ? current.getNext() : current.getPrevious()) == null) {
      current = current.getParent();
      if (current == null || !isReadThrough(current)) {
        return null;
      }
    }
    Node leaf = forward ? current.getNext() : current.getPrevious();
    while (isReadThrough(leaf)) {
      Node inner = forward ? leaf.getFirstChild() : leaf.getLastChild();
      if (inner == null) {
        return leafBeside(leaf, forward);
      }
      leaf = inner;
    }
    return leaf;
  }

  /** Inline nodes whose children are text shown as it is written. */
  private static boolean isReadThrough(Node node) {
    return node instanceof Emphasis
        || node instanceof StrongEmphasis
        || node instanceof Strikethrough
        || node instanceof Link
        || node instanceof TextBase
        || (node instanceof LinkRef ref && ref.isDefined());
  }
}
