package org.triglot.config;

import org.triglot.lang.ChineseConversion;
import org.triglot.lang.Language;

/**
 * The URL layout of the built site, in one place. Every method returns a site-relative path without
 * a leading slash ({@code en/articles/tea/}); {@link #href} makes it a root-relative link under the
 * base path, {@link #absolute} a full URL, {@link #file} the file that serves it; {@link #lang} is
 * how pages, feeds and hreflang links name each language.
 */
public final class SitePaths {
  private final String basePath;
  private final String baseUrl;
  private final ChineseConversion conversion;

  public SitePaths(SiteConfig config) {
    this.basePath = config.basePath();
    this.baseUrl = config.baseUrl().toString();
    this.conversion = config.conversion();
  }

  /**
   * The {@code lang}, {@code xml:lang} and {@code hreflang} of pages in {@code language}: its tag,
   * or {@code zh-Hant-HK} for zh-Hant on a site that writes Hong Kong's forms ({@link
   * ChineseConversion#htmlLang}).
   */
  public String lang(Language language) {
    return conversion.htmlLang(language);
  }

  public String home(Language language, int page) {
    return paged(language.urlSegment() + "/", page);
  }

  public String article(Language language, String slug) {
    return language.urlSegment() + "/articles/" + slug + "/";
  }

  public String topicIndex(Language language) {
    return language.urlSegment() + "/topics/";
  }

  public String topic(Language language, String topicId, int page) {
    return paged(language.urlSegment() + "/topics/" + topicId + "/", page);
  }

  public String authorIndex(Language language) {
    return language.urlSegment() + "/authors/";
  }

  public String author(Language language, String authorId, int page) {
    return paged(language.urlSegment() + "/authors/" + authorId + "/", page);
  }

  public String archive(Language language) {
    return language.urlSegment() + "/archive/";
  }

  public String archiveYear(Language language, int year) {
    return language.urlSegment() + "/archive/" + year + "/";
  }

  /** The search page of a language; a query is its {@code ?q=}. */
  public String search(Language language) {
    return language.urlSegment() + "/search/";
  }

  /**
   * The folder of a language's search index files, named by the index's digest so that a host may
   * cache them for ever.
   */
  public String searchIndex(Language language, String version) {
    return language.urlSegment() + "/search/" + version + "/";
  }

  public String feed(Language language) {
    return language.urlSegment() + "/feed.xml";
  }

  public String notFound(Language language) {
    return language.urlSegment() + "/404.html";
  }

  public String root() {
    return "";
  }

  public String rootNotFound() {
    return "404.html";
  }

  public String sitemap() {
    return "sitemap.xml";
  }

  /** Redirect rules for hosts that read them (Netlify, Cloudflare Pages): one line a move. */
  public String redirects() {
    return "_redirects";
  }

  public String robots() {
    return "robots.txt";
  }

  public String asset(String fingerprintedName) {
    return "assets/" + fingerprintedName;
  }

  /** The link to a path from any page of the site: {@code /commentary/en/}. */
  public String href(String path) {
    return basePath + path;
  }

  /** The full URL of a path: {@code https://example.org/commentary/en/}. */
  public String absolute(String path) {
    return baseUrl + path;
  }

  /** The output file serving a path: directories get {@code index.html}. */
  public static String file(String path) {
    return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
  }

  private static String paged(String first, int page) {
    if (page < 1) {
      throw new IllegalArgumentException("pages count from 1: " + page);
    }
    return page == 1 ? first : first + "page/" + page + "/";
  }
}
