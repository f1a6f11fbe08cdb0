package org.triglot.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The pages of a built site sorted by kind, as the templates make them: for each section (a
 * language's folder, or "" for the site-wide pages) the first page of every kind, and for articles
 * also the first one showing each variant (a derived edition, a stale translation, a language
 * missing from the switcher, footnotes, a table ...), so that a check of one page per kind sees
 * every piece of markup the site has. A page of no known kind is an error: a new template needs a
 * kind here before the checks that use this can say they cover the site.
 */
final class PageKinds {
  /** The kinds every language of the sample site must have. */
  static final List<String> LANGUAGE_KINDS =
      List.of(
          "home",
          "article",
          "topic index",
          "topic",
          "author index",
          "author",
          "archive",
          "archive year",
          "search",
          "404");

  /** The kinds of the site-wide pages. */
  static final List<String> SITE_WIDE_KINDS =
      List.of("language chooser", "site-wide 404", "translation status");

  /** A variant of the article page: its name and the markup that shows it. */
  private record Variant(String name, String selector) {}

  private static final List<Variant> ARTICLE_VARIANTS =
      List.of(
          new Variant("derived edition", ".notice.derived"),
          new Variant("stale translation", ".notice.stale"),
          new Variant("language unavailable", ".switcher .unavailable"),
          new Variant("updated date", "time.updated"),
          new Variant("footnotes", ".footnotes"),
          new Variant("table", ".article-body table"),
          new Variant("quotation", ".article-body blockquote"),
          new Variant("code", ".article-body code"),
          new Variant("image", ".article-body img"),
          new Variant("external link", ".article-body a[href^=http]"));

  /** Selector of the markup a template writes, and its page's kind; the first that matches wins. */
  private static final List<Map.Entry<String, String>> MARKED_KINDS =
      List.of(
          Map.entry("body.status-report", "translation status"),
          Map.entry("meta[http-equiv=refresh]", "redirect"),
          Map.entry("section.not-found", "404"),
          Map.entry("article.article", "article"),
          Map.entry("section.topic-index", "topic index"),
          Map.entry("section.author-index", "author index"),
          Map.entry("section.archive", "archive"),
          Map.entry("section.search", "search"));

  private PageKinds() {}

  /**
   * Section, then kind (or "article: variant"), then the page's path relative to {@code site};
   * sections and pages in path order.
   */
  static Map<String, Map<String, String>> chosen(Path site) {
    Map<String, Map<String, String>> sections = new TreeMap<>();
    List<String> unknown = new ArrayList<>();
    for (Path file : BuiltSite.pages(site)) {
      String path = site.relativize(file).toString().replace('\\', '/');
      Document page = parse(file);
      String section = path.contains("/") && !path.startsWith("status/") ? section(path) : "";
      Map<String, String> kinds = sections.computeIfAbsent(section, s -> new LinkedHashMap<>());
      String kind = kind(path, page);
      if (kind.isEmpty()) {
        unknown.add(path);
        continue;
      }
      kinds.putIfAbsent(kind, path);
      if (kind.equals("article")) {
        for (Variant variant : ARTICLE_VARIANTS) {
          if (!page.select(variant.selector()).isEmpty()) {
            kinds.putIfAbsent("article: " + variant.name(), path);
          }
        }
      }
    }
    if (!unknown.isEmpty()) {
      throw new AssertionError(
          "pages of no kind PageKinds knows (add their kind to it): " + String.join(", ", unknown));
    }
    return sections;
  }

  private static String section(String path) {
    return path.substring(0, path.indexOf('/'));
  }

  /** The page's kind by the markup its template writes; "" for none known. */
  static String kind(String path, Document page) {
    if (path.equals("index.html")) {
      return "language chooser";
    }
    if (path.equals("404.html")) {
      return "site-wide 404";
    }
    for (Map.Entry<String, String> marked : MARKED_KINDS) {
      if (!page.select(marked.getKey()).isEmpty()) {
        return marked.getValue();
      }
    }
    for (String listing : List.of("home", "topic", "author", "year")) {
      if (!page.select("section.listing-" + listing).isEmpty()) {
        String kind = listing.equals("year") ? "archive year" : listing;
        return page.select(".pager").isEmpty() ? kind : kind + " (paged)";
      }
    }
    return "";
  }

  private static Document parse(Path file) {
    try {
      return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
