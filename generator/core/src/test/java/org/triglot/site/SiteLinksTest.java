package org.triglot.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The reference checker that {@link SubPathSiteTest} relies on reports what it looks for. */
class SiteLinksTest {
  private static final URI SUB_PATH = URI.create("https://example.org/commentary/");

  @Test
  void theCheckerFindsWhatItLooksFor() {
    Map<String, byte[]> broken = new TreeMap<>();
    broken.put(
        "en/index.html",
        """
        <!DOCTYPE html><html><head><link rel="stylesheet" href="/commentary/assets/style.css">
        <link rel="stylesheet" href="https://fonts.example.net/font.css"><script src="https://cdn.example.net/a.js"></script>
        </head><body><a href="/en/">outside the base path</a><a href="/commentary/zh-hans/">missing</a>
        <a href="#nowhere">fragment</a><img src="//cdn.example.net/x.png" alt=""><a href="https://other.example.net/">fine</a></body></html>
        """
            .getBytes(StandardCharsets.UTF_8));
    broken.put(
        "assets/style.0123456789.css",
        "@import 'https://fonts.example.net/a.css'; body { background: url(/commentary/missing.png) }"
            .getBytes(StandardCharsets.UTF_8));
    broken.put(
        "robots.txt",
        "Sitemap: https://example.org/sitemap.xml\n".getBytes(StandardCharsets.UTF_8));
    String problems = String.join("\n", SiteLinks.check(broken, SUB_PATH));
    for (String expected :
        List.of(
            "link href> /commentary/assets/style.css resolves to assets/style.css",
            "link https://example.org/commentary/assets/style.css is not a fingerprinted asset",
            "<link href> loads a resource from another host: https://fonts.example.net/font.css",
            "<script src> loads a resource from another host: https://cdn.example.net/a.js",
            "<a href> /en/ is outside the base path /commentary/",
            "/commentary/zh-hans/ resolves to zh-hans/index.html, which the site does not have",
            "#nowhere names no element of the page",
            "<img src> loads a resource from another host: //cdn.example.net/x.png",
            "@import https://fonts.example.net/a.css",
            "url() in CSS /commentary/missing.png resolves to missing.png",
            "robots.txt: Sitemap: is not under https://example.org/commentary/")) {
      assertTrue(
          problems.contains(expected), "missing: " + expected + "\n--- found ---\n" + problems);
    }
    assertTrue(!problems.contains("other.example.net"), problems);
  }
}
