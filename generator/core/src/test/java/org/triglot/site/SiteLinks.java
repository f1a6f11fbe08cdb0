package org.triglot.site;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.dom.NodeList;

/**
 * Checks every reference in a built site (HTML pages, feeds, sitemap, robots.txt, stylesheets)
 * against its files and its base URL: every internal link, asset, feed entry, sitemap entry and
 * hreflang alternate lies under the base URL and names a file of the site (and a fragment names an
 * element of its page); stylesheets and scripts carry a content hash in their names; nothing a page
 * needs to render (stylesheets, scripts, images, frames, fonts) comes from another host. Links to
 * other sites in article text are fine. Returns problems instead of failing, so a test shows all of
 * them at once.
 */
final class SiteLinks {
  private static final Pattern FINGERPRINTED =
      Pattern.compile("assets/(.+/)?[^/]+\\.[0-9a-f]{10}\\.(css|js)");
  private static final Pattern CSS_URL =
      Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)|@import\\s+['\"]([^'\"]+)['\"]");

  /** Elements whose URL the browser loads to render the page, with that attribute. */
  private static final Map<String, List<String>> LOADED =
      Map.of(
          "script",
          List.of("src"),
          "img",
          List.of("src", "srcset"),
          "source",
          List.of("src", "srcset"),
          "iframe",
          List.of("src"),
          "video",
          List.of("src", "poster"),
          "audio",
          List.of("src"),
          "embed",
          List.of("src"),
          "object",
          List.of("data"),
          "track",
          List.of("src"),
          "input",
          List.of("src"));

  private final Map<String, byte[]> files;
  private final URI base;
  private final String basePath;
  private final List<String> problems = new ArrayList<>();
  private int checked;

  private SiteLinks(Map<String, byte[]> files, URI base) {
    this.files = files;
    this.base = base;
    this.basePath = base.getRawPath();
  }

  /** Every problem of the site; an empty list when every reference is sound. */
  static List<String> check(Map<String, byte[]> files, URI base) {
    SiteLinks links = new SiteLinks(files, base);
    for (String path : files.keySet()) {
      if (path.endsWith(".html")) {
        links.page(path);
      } else if (path.endsWith(".css")) {
        links.stylesheet(path, text(files.get(path)));
      } else if (path.endsWith(".xml")) {
        links.xml(path);
      }
    }
    links.robots();
    if (links.checked < 100) {
      links.problems.add("only " + links.checked + " references checked: is this the whole site?");
    }
    return links.problems;
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The URL a file is served at. */
  private URI urlOf(String file) {
    String path =
        file.endsWith("index.html")
            ? file.substring(0, file.length() - "index.html".length())
            : file;
    return base.resolve(path);
  }

  private void page(String file) {
    Document page = Jsoup.parse(text(files.get(file)), urlOf(file).toString());
    for (Element element : page.select("[href], [src], [srcset], [poster], [data], [action]")) {
      String tag = element.normalName();
      for (var attribute : element.attributes()) {
        String name = attribute.getKey();
        if (!Set.of("href", "src", "srcset", "poster", "data", "action").contains(name)) {
          continue;
        }
        boolean loaded =
            LOADED.getOrDefault(tag, List.of()).contains(name)
                || tag.equals("link")
                    && !element
                        .attr("rel")
                        .matches(
                            "(?i).*\\b(alternate|canonical|author|license|help|next|prev|search|bookmark)\\b.*");
        List<String> values =
            name.equals("srcset") ? srcset(attribute.getValue()) : List.of(attribute.getValue());
        for (String value : values) {
          reference(file, "<" + tag + " " + name + ">", value, loaded, page);
        }
      }
      if (tag.equals("link") && element.attr("rel").equalsIgnoreCase("stylesheet")
          || tag.equals("script") && element.hasAttr("src")) {
        String target = element.absUrl(tag.equals("link") ? "href" : "src");
        if (!inside(target)
            || !FINGERPRINTED.matcher(target.substring(base.toString().length())).matches()) {
          problems.add(
              file + ": " + tag + " " + target + " is not a fingerprinted asset of the site");
        }
      }
    }
    for (Element styled : page.select("[style]")) {
      stylesheet(file + " (style attribute)", styled.attr("style"));
    }
    for (Element style : page.select("style")) {
      stylesheet(file + " (<style>)", style.data());
    }
    for (Element alternate : page.select("link[rel=alternate][hreflang]")) {
      if (!alternate.attr("href").startsWith(base.toString())) {
        problems.add(
            file
                + ": hreflang "
                + alternate.attr("hreflang")
                + " is not an absolute URL under "
                + base
                + ": "
                + alternate.attr("href"));
      }
    }
  }

  private static List<String> srcset(String value) {
    List<String> urls = new ArrayList<>();
    for (String candidate : value.split(",")) {
      String url = candidate.strip().split("\\s+")[0];
      if (!url.isEmpty()) {
        urls.add(url);
      }
    }
    return urls;
  }

  private boolean inside(String absolute) {
    return absolute.startsWith(base.toString());
  }

  /** One reference from a file; {@code loaded} when the browser fetches it to render the page. */
  private void reference(String file, String where, String value, boolean loaded, Document page) {
    checked++;
    String raw = value.strip();
    if (raw.isEmpty()) {
      problems.add(file + ": empty " + where);
      return;
    }
    if (raw.startsWith("#")) {
      String id = URLDecoder.decode(raw.substring(1), StandardCharsets.UTF_8);
      if (page != null && !id.isEmpty() && page.getElementById(id) == null) {
        problems.add(file + ": " + where + " " + raw + " names no element of the page");
      }
      return;
    }
    URI target;
    try {
      target = urlOf(file).resolve(raw.replace(" ", "%20"));
    } catch (IllegalArgumentException e) {
      problems.add(file + ": " + where + " is not a URL: " + raw);
      return;
    }
    String scheme = target.getScheme();
    if (scheme != null && !scheme.equals("http") && !scheme.equals("https")) {
      if (loaded && !scheme.equals("data")) {
        problems.add(file + ": " + where + " loads " + raw);
      }
      return;
    }
    boolean sameHost =
        base.getHost().equalsIgnoreCase(target.getHost()) && base.getPort() == target.getPort();
    if (!sameHost) {
      if (loaded) {
        problems.add(file + ": " + where + " loads a resource from another host: " + raw);
      }
      return;
    }
    if (!raw.startsWith("http")
        && !raw.startsWith("/")
        && (file.equals("404.html") || file.endsWith("/404.html"))) {
      problems.add(
          file + ": " + where + " " + raw + " is relative, but a 404 page is served at any path");
    }
    String path = target.getRawPath();
    if (!path.startsWith(basePath)) {
      // An absolute link that an author wrote to another part of the same host is theirs to make;
      // a root-relative or relative one that leaves the base path is a broken link of the site.
      if (loaded || !raw.matches("(?i)https?://.*")) {
        problems.add(file + ": " + where + " " + raw + " is outside the base path " + basePath);
      }
      return;
    }
    String inSite = URLDecoder.decode(path.substring(basePath.length()), StandardCharsets.UTF_8);
    String served = inSite.isEmpty() || inSite.endsWith("/") ? inSite + "index.html" : inSite;
    if (!files.containsKey(served)) {
      problems.add(
          file
              + ": "
              + where
              + " "
              + raw
              + " resolves to "
              + served
              + ", which the site does not have");
    } else if (target.getRawFragment() != null
        && served.endsWith(".html")
        && !served.equals(file)) {
      Document other = Jsoup.parse(text(files.get(served)));
      String id = URLDecoder.decode(target.getRawFragment(), StandardCharsets.UTF_8);
      if (other.getElementById(id) == null) {
        problems.add(file + ": " + where + " " + raw + " names no element of " + served);
      }
    }
  }

  private void stylesheet(String file, String css) {
    Matcher url = CSS_URL.matcher(css);
    while (url.find()) {
      String value = url.group(1) != null ? url.group(1) : url.group(2);
      if (url.group(2) != null) {
        problems.add(
            file + ": @import " + value + " (one request more per page; put it in the stylesheet)");
      }
      if (value.startsWith("data:")) {
        continue;
      }
      String owner = file.contains(" (") ? file.substring(0, file.indexOf(" (")) : file;
      reference(owner, "url() in CSS", value, true, null);
    }
  }

  private void xml(String file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      org.w3c.dom.Document xml =
          factory.newDocumentBuilder().parse(new ByteArrayInputStream(files.get(file)));
      NodeList all = xml.getElementsByTagNameNS("*", "*");
      for (int i = 0; i < all.getLength(); i++) {
        org.w3c.dom.Element element = (org.w3c.dom.Element) all.item(i);
        String name = element.getLocalName();
        if (element.hasAttribute("href")) {
          absoluteReference(file, "<" + name + " href>", element.getAttribute("href"));
        }
        if (name.equals("loc")
            || name.equals("id") && element.getTextContent().startsWith("http")) {
          absoluteReference(file, "<" + name + ">", element.getTextContent().strip());
        }
        if (name.equals("content") && "html".equals(element.getAttribute("type"))) {
          Document body = Jsoup.parseBodyFragment(element.getTextContent(), urlOf(file).toString());
          for (Element linked : body.select("[href], [src]")) {
            String attribute = linked.hasAttr("href") ? "href" : "src";
            String value = linked.attr(attribute);
            if (!value.startsWith("#")) {
              reference(
                  file,
                  "feed entry <" + linked.normalName() + " " + attribute + ">",
                  value,
                  false,
                  null);
            }
          }
        }
      }
    } catch (Exception e) {
      problems.add(file + ": not well-formed XML: " + e.getMessage());
    }
  }

  /** Feeds and the sitemap are read away from the site: their links must be absolute. */
  private void absoluteReference(String file, String where, String value) {
    if (!value.startsWith("http://") && !value.startsWith("https://")) {
      problems.add(file + ": " + where + " is not absolute: " + value);
      return;
    }
    if (!inside(value)) {
      problems.add(file + ": " + where + " is not under " + base + ": " + value);
      return;
    }
    reference(file, where, value, false, null);
  }

  private void robots() {
    byte[] robots = files.get("robots.txt");
    if (robots == null) {
      problems.add("no robots.txt");
      return;
    }
    Matcher sitemap = Pattern.compile("(?m)^Sitemap: (\\S+)$").matcher(text(robots));
    if (!sitemap.find()) {
      problems.add("robots.txt names no sitemap");
    } else {
      absoluteReference("robots.txt", "Sitemap:", sitemap.group(1));
    }
  }
}
