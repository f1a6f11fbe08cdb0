package org.triglot.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which link targets a Markdown body may have: relative URLs, fragments and the schemes {@code
 * http}, {@code https}, {@code mailto} and {@code tel}, in any case. A link or image whose target
 * has another scheme ({@code javascript:}, {@code data:}, {@code vbscript:}, also written {@code
 * JaVaScRiPt:} or with tabs and controls inside, as browsers read them) is taken out of the
 * document before it is rendered: its text stays, the link goes, and the removal is one of the
 * facts the renderer reports.
 */
final class LinkPolicy {
  private static final Set<String> ALLOWED = Set.of("http", "https", "mailto", "tel");
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

  /** What browsers drop from a URL before reading its scheme: ASCII controls and spaces. */
  private static final Pattern IGNORED = Pattern.compile("[\\x00-\\x20\\x7F]");

  private LinkPolicy() {}

  static boolean allows(String url) {
    String decoded = Escaping.unescapeString(url);
    Matcher scheme = SCHEME.matcher(IGNORED.matcher(decoded).replaceAll(""));
    return !scheme.find() || ALLOWED.contains(scheme.group(1).toLowerCase(Locale.ROOT));
  }

  /** Takes every link of {@code document} whose target is not allowed out, and says which. */
  static List<RemovedLink> apply(Document document) {
    List<Node> refused = new ArrayList<>();
    List<RemovedLink> removed = new ArrayList<>();
    for (Node node : document.getDescendants()) {
      String url = target(node, document);
      if (url != null && !allows(url)) {
        refused.add(node);
        removed.add(
            new RemovedLink(
                url, node.getLineNumber() + 1, node.getStartOffset() - lineStart(node) + 1));
      }
    }
    for (Node node : refused) {
      if (node instanceof AutoLink link) {
        node.insertBefore(new Text(link.getUrl()));
      } else {
        while (node.getFirstChild() != null) {
          Node child = node.getFirstChild();
          child.unlink();
          node.insertBefore(child);
        }
      }
      node.unlink();
    }
    return removed;
  }

  /** The target of a link or image node (a reference's, for reference links), else null. */
  private static String target(Node node, Document document) {
    if (node instanceof Link link) {
      return link.getUrl().toString();
    }
    if (node instanceof Image image) {
      return image.getUrl().toString();
    }
    if (node instanceof AutoLink link) {
      return link.getUrl().toString();
    }
    if (node instanceof LinkRef ref && ref.isDefined()) {
      Reference reference = ref.getReferenceNode(document);
      return reference == null ? null : reference.getUrl().toString();
    }
    if (node instanceof ImageRef ref && ref.isDefined()) {
      Reference reference = ref.getReferenceNode(document);
      return reference == null ? null : reference.getUrl().toString();
    }
    return null;
  }

  private static int lineStart(Node node) {
    BasedSequence base = node.getChars().getBaseSequence();
    int offset = node.getStartOffset();
    while (offset > 0 && base.charAt(offset - 1) != '\n') {
      offset--;
    }
    return offset;
  }
}
