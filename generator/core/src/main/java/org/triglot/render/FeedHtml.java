package org.triglot.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * An article body as a feed entry carries it: every link and image URL made absolute against the
 * article's own URL. A feed reader resolves a relative URL against the feed, not the article, so
 * {@code ![map](map.png)}, {@code [the other piece](../other/)} and footnote anchors would
 * otherwise point nowhere; absolute URLs also keep the base URL's sub-path. Pure: text in, text
 * out.
 */
final class FeedHtml {
  private FeedHtml() {}

  static String withAbsoluteUrls(String html, String articleUrl) {
    Document body = Jsoup.parseBodyFragment(html, articleUrl);
    body.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.xhtml);
    boolean changed = false;
    for (Element element : body.select("[href], [src], [poster]")) {
      for (String attribute : new String[] {"href", "src", "poster"}) {
        String value = element.attr(attribute);
        if (element.hasAttr(attribute) && !value.isEmpty() && !hasScheme(value)) {
          String absolute = element.absUrl(attribute);
          if (!absolute.isEmpty()) {
            element.attr(attribute, absolute);
            changed = true;
          }
        }
      }
    }
    return changed ? body.body().html() : html;
  }

  private static boolean hasScheme(String url) {
    return url.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*");
  }
}
