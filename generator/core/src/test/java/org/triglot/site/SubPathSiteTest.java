package org.triglot.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/**
 * The whole site works when served from a sub-path ({@code https://example.org/commentary/}): every
 * link, asset, feed, sitemap entry and hreflang alternate of every page honours the base URL and
 * names a file of the site; stylesheets and scripts are fingerprinted; no page loads anything from
 * another host.
 */
class SubPathSiteTest {
  static final URI SUB_PATH = URI.create("https://example.org/commentary/");

  @TempDir Path dir;

  @Test
  void everyReferenceOfTheSampleSiteResolvesUnderASubPath() {
    MemoryOutput output = new MemoryOutput();
    SiteBuild.standard()
        .build(BuildRequest.of(Path.of(".").toAbsolutePath()).withBaseUrl(SUB_PATH), output);
    Map<String, byte[]> files = output.files();
    assertTrue(
        files.size() > 100, "expected the whole sample site, got " + files.size() + " files");
    List<String> problems = SiteLinks.check(files, SUB_PATH);
    assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    assertTrue(
        new String(files.get("robots.txt"), StandardCharsets.UTF_8)
            .contains("Sitemap: https://example.org/commentary/sitemap.xml"));
  }

  @Test
  void everyReferenceOfTheSampleSiteResolvesAtTheRootOfItsHost() {
    MemoryOutput output = new MemoryOutput();
    URI root = URI.create("https://longitude.example.org/");
    SiteBuild.standard()
        .build(BuildRequest.of(Path.of(".").toAbsolutePath()).withBaseUrl(root), output);
    List<String> problems = SiteLinks.check(output.files(), root);
    assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
  }

  @Test
  void imagesCrossLinksAndFootnotesOfAnArticleResolveUnderASubPath() {
    TestSite site =
        TestSite.build(
            dir,
            """
        -- content/articles/tea/en.md --
        ---
        title: Tea
        date: 2024-03-01
        author: ann
        topics: [tea, trade]
        ---
        About tea, with a map: ![Tea routes](routes.svg) and [the trade piece](../trade/)[^1].

        [^1]: A footnote.
        -- content/articles/tea/routes.svg --
        <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>
        -- content/articles/trade/en.md --
        ---
        title: Trade
        date: 2024-02-01
        author: bo
        topics: [trade]
        ---
        About trade.
        -- content/articles/trade/zh-Hans.md --
        ---
        title: 贸易
        ---
        关于贸易。
        """
                + TestSite.articles(25),
            request -> request.withBaseUrl(SUB_PATH));
    List<String> problems = SiteLinks.check(site.files(), SUB_PATH);
    assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    site.assertFile(
        "en/articles/tea/index.html",
        """
        href="/commentary/assets/style.
        <link rel="alternate" hreflang="en" href="https://example.org/commentary/en/articles/tea/">
        """);
    assertEquals(
        1,
        site.files().keySet().stream()
            .filter(p -> p.matches("assets/style\\.[0-9a-f]{10}\\.css"))
            .count());
    // A feed reader resolves relative URLs against the feed: entries carry absolute ones.
    site.assertFile(
        "en/feed.xml",
        """
        src=&quot;https://example.org/commentary/en/articles/tea/routes.svg&quot;
        href=&quot;https://example.org/commentary/en/articles/trade/&quot;
        href=&quot;https://example.org/commentary/en/articles/tea/#fn-1&quot;
        ! src=&quot;routes.svg&quot;
        """);
  }
}
