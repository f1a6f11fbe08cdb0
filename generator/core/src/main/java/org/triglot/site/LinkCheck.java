package org.triglot.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.triglot.diag.Diagnostic;
import org.triglot.diag.SourcePosition;

/**
 * Checks every link of a built site without leaving it: each internal {@code href} and {@code src}
 * (pages, feeds and the sitemap) must name a file of the site, and each {@code #fragment} an id on
 * the target page. External links are counted and listed, never fetched.
 */
public final class LinkCheck {
  private static final Pattern ARTICLE_PAGE =
      Pattern.compile("([a-z-]+)/articles/([a-z0-9-]+)/index\\.html");

  /** The problems found, and every external link with how many pages use it. */
  public record Result(
      List<Diagnostic> problems, SortedMap<String, Integer> externalLinks, int linksChecked) {
    public Result {
      problems = List.copyOf(problems);
      externalLinks = Collections.unmodifiableSortedMap(new TreeMap<>(externalLinks));
    }
  }

  private record Link(String file, String target, int line, int column) {}

  private final Map<String, byte[]> files;
  private final URI base;
  private final String basePath;

  private LinkCheck(Map<String, byte[]> files, URI base) {
    this.files = files;
    this.base = base;
    String path =
        base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
    this.basePath = path.endsWith("/") ? path : path + "/";
  }

  /** Checks {@code files} (site path to bytes), a site served from {@code baseUrl}. */
  public static Result check(Map<String, byte[]> files, URI baseUrl) {
    return new LinkCheck(files, baseUrl).run();
  }

  private Result run() {
    Map<String, Set<String>> ids = new ConcurrentHashMap<>();
    List<Link> links = Collections.synchronizedList(new ArrayList<>());
    files.entrySet().parallelStream()
        .forEach(
            entry -> {
              String file = entry.getKey();
              if (file.endsWith(".html")) {
                Document page =
                    Jsoup.parse(
                        new String(entry.getValue(), StandardCharsets.UTF_8),
                        "",
                        Parser.htmlParser().setTrackPosition(true));
                Set<String> found = new HashSet<>();
                for (Element e : page.select("[id]")) {
                  found.add(e.id());
                }
                for (Element e : page.select("a[name]")) {
                  found.add(e.attr("name"));
                }
                ids.put(file, found);
                for (Element e : page.select("[href], [src]")) {
                  String target = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                  links.add(
                      new Link(
                          file,
                          target,
                          e.sourceRange().start().lineNumber(),
                          e.sourceRange().start().columnNumber()));
                }
              } else if (file.endsWith(".xml")) {
                Document xml =
                    Jsoup.parse(
                        new String(entry.getValue(), StandardCharsets.UTF_8),
                        "",
                        Parser.xmlParser().setTrackPosition(true));
                for (Element e : xml.select("loc")) {
                  links.add(
                      new Link(
                          file,
                          e.text(),
                          e.sourceRange().start().lineNumber(),
                          e.sourceRange().start().columnNumber()));
                }
                for (Element e : xml.select("link[href]")) {
                  links.add(
                      new Link(
                          file,
                          e.attr("href"),
                          e.sourceRange().start().lineNumber(),
                          e.sourceRange().start().columnNumber()));
                }
              }
            });
    List<Diagnostic> problems = new ArrayList<>();
    SortedMap<String, Integer> external = new TreeMap<>();
    List<Link> sorted = new ArrayList<>(links);
    sorted.sort(
        Comparator.comparing(Link::file)
            .thenComparingInt(Link::line)
            .thenComparingInt(Link::column)
            .thenComparing(Link::target));
    for (Link link : sorted) {
      check(link, ids, problems, external);
    }
    return new Result(problems, external, sorted.size());
  }

  private void check(
      Link link,
      Map<String, Set<String>> ids,
      List<Diagnostic> problems,
      Map<String, Integer> external) {
    String target = link.target().strip();
    String lower = target.toLowerCase(Locale.ROOT);
    if (target.isEmpty()
        || lower.startsWith("mailto:")
        || lower.startsWith("tel:")
        || lower.startsWith("data:")) {
      return;
    }
    URI uri;
    try {
      uri = new URI(target.replace(" ", "%20"));
    } catch (URISyntaxException e) {
      problems.add(
          problem(
              link, "malformed link \"" + target + "\"", "check the address for stray characters"));
      return;
    }
    if (uri.getScheme() != null
        && !uri.getScheme().equals("http")
        && !uri.getScheme().equals("https")) {
      external.merge(target, 1, Integer::sum);
      return;
    }
    String path;
    if (uri.getHost() != null) {
      boolean sameSite =
          uri.getHost().equalsIgnoreCase(base.getHost())
              && uri.getPort() == base.getPort()
              && uri.getRawPath() != null
              && (uri.getRawPath() + "/").startsWith(basePath);
      if (!sameSite) {
        external.merge(target, 1, Integer::sum);
        return;
      }
      path = uri.getRawPath();
    } else if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
      path = basePath + pageUrlPath(link.file());
    } else if (uri.getRawPath().startsWith("/")) {
      path = uri.getRawPath();
      if (!(path + "/").startsWith(basePath)) {
        problems.add(
            problem(
                link,
                "link \"" + target + "\" leaves the site's base path " + basePath,
                "links must start with " + basePath + " (the path of baseUrl)"));
        return;
      }
    } else {
      path = URI.create(basePath + pageUrlPath(link.file())).resolve(uri.getRawPath()).getRawPath();
    }
    String file =
        fileFor(
            URLDecoder.decode(
                path.substring(basePath.length() - 1).replace("+", "%2B"), StandardCharsets.UTF_8));
    if (file == null) {
      problems.add(
          problem(link, "broken link \"" + target + "\": no such file in the site", hint(link)));
      return;
    }
    String fragment = uri.getRawFragment();
    if (fragment != null && !fragment.isEmpty() && file.endsWith(".html")) {
      String id = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
      if (!ids.getOrDefault(file, Set.of()).contains(id)) {
        problems.add(
            problem(
                link,
                "broken link \"" + target + "\": no element with id \"" + id + "\" on " + file,
                hint(link)));
      }
    }
  }

  /** The site file a site-relative path ("/en/x/") is served from, or null. */
  private String fileFor(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    if (relative.isEmpty() || relative.endsWith("/")) {
      relative = relative + "index.html";
    }
    if (files.containsKey(relative)) {
      return relative;
    }
    if (files.containsKey(relative + "/index.html")) {
      return relative + "/index.html";
    }
    return null;
  }

  /** The URL path (below the base) of the page a file serves: "en/x/index.html" is "en/x/". */
  private static String pageUrlPath(String file) {
    return file.endsWith("index.html")
        ? file.substring(0, file.length() - "index.html".length())
        : file;
  }

  private static String hint(Link link) {
    Matcher article = ARTICLE_PAGE.matcher(link.file());
    if (article.matches()) {
      return "the page is built from content/articles/"
          + article.group(2)
          + "/ (or from a template)";
    }
    return "the link comes from a template or a generated page";
  }

  private static Diagnostic problem(Link link, String message, String hint) {
    return Diagnostic.error(
            new SourcePosition(link.file(), link.line(), link.column(), ""), message)
        .withHint(hint);
  }
}
