package org.triglot.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.content.Slugs;

/**
 * JBake itself as the oracle for {@code import-jbake} ({@code mvn verify -Pjbake-oracle}; not in
 * the default build, since JBake 2.7.0 brings OrientDB): the English JBake site in {@code
 * org/triglot/jbake/oracle} is baked by JBake 2.7.0, and imported and built by Triglot, and the two
 * sites must agree per article on the body text (white space normalised), on which articles carry
 * each tag, on the newest-first order, on the feed's entries and on the articles the sitemap lists.
 * What differs by design (URLs, dates shown, pages, the page around the body) is printed.
 */
class JBakeOracleIT {
  @TempDir Path dir;

  @Test
  void triglotPublishesWhatJBakePublishes() throws Exception {
    Path jbake =
        copy(Path.of(JBakeOracleIT.class.getResource("/org/triglot/jbake/oracle").toURI()));
    Path baked = dir.resolve("jbake-out");
    Oven oven =
        new Oven(
            new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(jbake.toFile(), baked.toFile(), true));
    oven.bake();
    assertEquals(List.of(), oven.getErrors(), "JBake's errors");

    Path site = dir.resolve("site");
    JBakeImporter.Report report = new JBakeImporter(jbake, site, "en", "Editor").run();
    report.lines().forEach(System.out::println);
    Path built = dir.resolve("triglot-out");
    StringWriter out = new StringWriter();
    int exit =
        org.triglot.cli.Main.run(
            new String[] {"build", "--source", site.toString(), "--out", built.toString()},
            new java.io.ByteArrayInputStream(new byte[0]),
            new PrintWriter(out),
            new PrintWriter(out));
    assertEquals(0, exit, out.toString());

    // The articles: JBake's post pages against Triglot's article pages, by slug.
    Map<String, String> jbakeBodies = new TreeMap<>();
    Map<String, String> jbakeTitles = new TreeMap<>();
    List<String> jbakeDrafts = new ArrayList<>();
    for (Path page : htmlFiles(baked.resolve("blog"))) {
      if (page.getFileName().toString().endsWith("-draft.html")) {
        jbakeDrafts.add(baked.relativize(page).toString());
        continue; // JBake writes drafts out, unlisted; Triglot shows them only in preview
      }
      Document doc = Jsoup.parse(Files.readString(page));
      String slug = Slugs.suggest(page.getFileName().toString().replaceFirst("\\.html$", ""));
      jbakeBodies.put(slug, normalized(doc.select("div.body").text()));
      jbakeTitles.put(slug, doc.select("h1.title").text());
    }
    Map<String, String> triglotBodies = new TreeMap<>();
    for (Path page : htmlFiles(built.resolve("en/articles"))) {
      Document doc = Jsoup.parse(Files.readString(page));
      triglotBodies.put(
          page.getParent().getFileName().toString(),
          normalized(doc.select("div.article-body").text()));
    }
    assertEquals(jbakeBodies.keySet(), triglotBodies.keySet(), "published articles");
    assertEquals(jbakeBodies, triglotBodies, "body text of each article");

    // Tags: the titles each JBake tag page lists, and each Triglot topic page.
    Map<String, TreeSet<String>> jbakeTags = new TreeMap<>();
    for (Path page : htmlFiles(baked.resolve("tags"))) {
      Document doc = Jsoup.parse(Files.readString(page));
      jbakeTags.put(
          Slugs.suggest(doc.select("h1.tag").text()),
          new TreeSet<>(doc.select("ul.posts li").eachText()));
    }
    Map<String, TreeSet<String>> triglotTopics = new TreeMap<>();
    for (Path page : htmlFiles(built.resolve("en/topics"))) {
      if (page.getParent().equals(built.resolve("en/topics"))) {
        continue; // the topic index
      }
      Document doc = Jsoup.parse(Files.readString(page));
      triglotTopics.put(
          page.getParent().getFileName().toString(),
          new TreeSet<>(doc.select("article.item .item-title a").eachText()));
    }
    assertEquals(jbakeTags, triglotTopics, "articles carrying each tag");

    // Newest first: JBake's index against Triglot's home page.
    List<String> jbakeOrder =
        Jsoup.parse(Files.readString(baked.resolve("index.html"))).select("ol.posts li").eachText();
    List<String> triglotOrder =
        Jsoup.parse(Files.readString(built.resolve("en/index.html")))
            .select("article.item .item-title a")
            .eachText();
    assertEquals(jbakeOrder, triglotOrder, "newest-first order");

    // The feeds' entries, in order.
    assertEquals(
        feedTitles(baked.resolve("feed.xml")),
        feedTitles(built.resolve("en/feed.xml")),
        "feed entries");

    // The sitemaps: the articles each lists (JBake also lists its pages, which are not imported).
    TreeSet<String> jbakeArticles = new TreeSet<>();
    List<String> jbakeOther = new ArrayList<>();
    for (String loc : locs(baked.resolve("sitemap.xml"))) {
      if (loc.contains("/blog/")) {
        jbakeArticles.add(Slugs.suggest(loc.replaceAll("^.*/|\\.html$", "")));
      } else {
        jbakeOther.add(loc);
      }
    }
    TreeSet<String> triglotArticles = new TreeSet<>();
    for (String loc : locs(built.resolve("sitemap.xml"))) {
      if (loc.contains("/en/articles/")) {
        triglotArticles.add(loc.replaceAll("^.*/en/articles/|/$", ""));
      }
    }
    assertEquals(jbakeArticles, triglotArticles, "articles in the sitemap");
    assertTrue(jbakeArticles.size() >= 5, jbakeArticles.toString());

    System.out.println("JBake oracle: " + jbakeBodies.size() + " articles agree on body text,");
    System.out.println(
        "  " + jbakeTags.size() + " tags, order, feed and sitemap. Differences by design:");
    System.out.println("  - JBake URLs /blog/2024/<name>.html, Triglot /en/articles/<slug>/");
    System.out.println(
        "  - JBake also writes drafts, unlisted: "
            + jbakeDrafts
            + "; Triglot publishes none (serve and build --drafts show them)");
    System.out.println(
        "  - JBake's sitemap also lists " + jbakeOther + " (pages are not imported)");
    System.out.println(
        "  - titles "
            + jbakeTitles.values()
            + " are the same; the page around them is each generator's");
  }

  private Path copy(Path from) throws IOException {
    Path to = dir.resolve("jbake");
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path file : walk.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return to;
  }

  private static List<Path> htmlFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  private static String normalized(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static List<String> feedTitles(Path feed) throws IOException {
    return Jsoup.parse(Files.readString(feed, StandardCharsets.UTF_8), "", Parser.xmlParser())
        .select("entry > title")
        .eachText();
  }

  private static List<String> locs(Path sitemap) throws IOException {
    return Jsoup.parse(Files.readString(sitemap, StandardCharsets.UTF_8), "", Parser.xmlParser())
        .select("url > loc")
        .eachText();
  }
}
