package org.triglot.markdown;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.AttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Writes the alignment of a table column as a class ({@code align-right}) instead of the {@code
 * align} attribute, which HTML5 made obsolete and the Nu Html Checker rejects.
 */
final class TableAlignment implements AttributeProvider {
  static AttributeProviderFactory factory() {
    return new IndependentAttributeProviderFactory() {
      @Override
      public AttributeProvider apply(LinkResolverContext context) {
        return new TableAlignment();
      }
    };
  }

  @Override
  public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
    if (node instanceof TableCell && attributes.contains("align")) {
      String align = attributes.getValue("align");
      attributes.remove("align");
      attributes.addValue("class", "align-" + align);
    }
  }
}
