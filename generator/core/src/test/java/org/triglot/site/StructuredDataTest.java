package org.triglot.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/**
 * Link previews (Open Graph, Twitter Card) and schema.org JSON-LD: read back from the built pages
 * with a JSON parser, each type with its required properties, and text that could end a script
 * element kept inert.
 */
class StructuredDataTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static final String SITE =
      TestSite.COMMON
          + """
          -- content/articles/quotes/en.md --
          ---
          title: "Why \\"</script><b>\\" & <!-- are <safe>"
          date: 2024-03-01
          updated: 2024-04-02
          author: [ann, bo]
          topics: [trade, tea]
          summary: "A summary with \\"quotes\\" and </script> in it."
          ---
          About escaping.
          -- content/articles/quotes/zh-Hans.md --
          ---
          title: 为什么“引号”是安全的
          summary: 关于转义的摘要。
          ---
          关于转义。
          """;

  private static JsonNode jsonLd(String html) throws Exception {
    Document page = Jsoup.parse(html);
    List<Element> scripts = page.select("script[type=application/ld+json]");
    assertEquals(1, scripts.size(), "one JSON-LD script");
    String data = scripts.get(0).data();
    assertFalse(data.contains("<"), "a raw < in the JSON-LD: " + data);
    return JSON.readTree(data);
  }

  private static Map<String, List<String>> meta(String html) {
    Map<String, List<String>> meta = new TreeMap<>();
    for (Element m : Jsoup.parse(html).select("meta[property], meta[name^=twitter:]")) {
      String key = m.hasAttr("property") ? m.attr("property") : m.attr("name");
      meta.computeIfAbsent(key, k -> new ArrayList<>()).add(m.attr("content"));
    }
    return meta;
  }

  @Test
  void anArticleIsAnOpinionNewsArticleWithItsTranslationsAndItsPreviewMeta() throws Exception {
    TestSite site = TestSite.build(dir, SITE);
    String title = "Why \"</script><b>\" & <!-- are <safe>";

    String en = site.file("en/articles/quotes/index.html");
    JsonNode article = jsonLd(en);
    assertEquals("https://schema.org", article.get("@context").asText());
    assertEquals("OpinionNewsArticle", article.get("@type").asText());
    assertEquals(title, article.get("headline").asText());
    assertEquals(
        "A summary with \"quotes\" and </script> in it.", article.get("description").asText());
    assertEquals("https://example.org/en/articles/quotes/", article.get("url").asText());
    assertEquals("en", article.get("inLanguage").asText());
    assertEquals("2024-03-01", article.get("datePublished").asText());
    assertEquals("2024-04-02", article.get("dateModified").asText());
    assertEquals(2, article.get("author").size());
    JsonNode ann = article.get("author").get(0);
    assertEquals("Person", ann.get("@type").asText());
    assertEquals("Ann Lee", ann.get("name").asText());
    assertEquals("Professor of History, Lakeside University", ann.get("jobTitle").asText());
    assertEquals("https://example.org/en/authors/ann/", ann.get("url").asText());
    assertEquals("Organization", article.get("publisher").get("@type").asText());
    assertEquals("https://example.org/en/", article.get("publisher").get("url").asText());
    assertEquals("Trade", article.get("articleSection").asText());
    assertEquals("[\"Trade\",\"Tea\"]", article.get("keywords").toString());
    assertEquals(
        "[{\"@id\":\"https://example.org/zh-hans/articles/quotes/\",\"inLanguage\":\"zh-Hans\"},"
            + "{\"@id\":\"https://example.org/zh-hant/articles/quotes/\",\"inLanguage\":\"zh-Hant\"}]",
        article.get("workTranslation").toString());
    assertFalse(article.has("translationOfWork"));
    assertFalse(article.has("isBasedOn"));

    Map<String, List<String>> meta = meta(en);
    assertEquals(List.of("article"), meta.get("og:type"));
    assertEquals(List.of(title), meta.get("og:title"));
    assertEquals(List.of("https://example.org/en/articles/quotes/"), meta.get("og:url"));
    assertEquals(List.of("en_US"), meta.get("og:locale"));
    assertEquals(List.of("zh_CN", "zh_TW"), meta.get("og:locale:alternate"));
    assertEquals(List.of("2024-03-01"), meta.get("article:published_time"));
    assertEquals(List.of("2024-04-02"), meta.get("article:modified_time"));
    assertEquals(List.of("Ann Lee", "Bo Chen"), meta.get("article:author"));
    assertEquals(List.of("Trade"), meta.get("article:section"));
    assertEquals(List.of("summary"), meta.get("twitter:card"));
    assertEquals(List.of(title), meta.get("twitter:title"));
    assertTrue(meta.containsKey("og:site_name") && meta.containsKey("og:description"), "" + meta);

    // The 繁體 edition is derived from the 简体 one: a translation of the English, based on 简体.
    JsonNode derived = jsonLd(site.file("zh-hant/articles/quotes/index.html"));
    assertEquals("zh-Hant", derived.get("inLanguage").asText());
    assertEquals("為什麼“引號”是安全的", derived.get("headline").asText());
    assertEquals(
        "https://example.org/en/articles/quotes/",
        derived.get("translationOfWork").get("@id").asText());
    assertEquals(
        "https://example.org/zh-hans/articles/quotes/",
        derived.get("isBasedOn").get("@id").asText());
    assertEquals("貿易", derived.get("articleSection").asText());
    assertEquals(
        List.of("zh_TW"), meta(site.file("zh-hant/articles/quotes/index.html")).get("og:locale"));
  }

  @Test
  void listingsAreCollectionPagesAndTheHomeIsTheWebSite() throws Exception {
    TestSite site = TestSite.build(dir, SITE);
    JsonNode home = jsonLd(site.file("en/index.html"));
    JsonNode website = home.get("@graph").get(0);
    assertEquals("WebSite", website.get("@type").asText());
    assertEquals("https://example.org/en/", website.get("url").asText());
    assertEquals("en", website.get("inLanguage").asText());
    assertFalse(website.get("name").asText().isEmpty());
    JsonNode action = website.get("potentialAction");
    assertEquals("SearchAction", action.get("@type").asText());
    assertEquals(
        "https://example.org/en/search/?q={search_term_string}",
        action.get("target").get("urlTemplate").asText());
    assertEquals("required name=search_term_string", action.get("query-input").asText());
    assertTrue(site.file("en/search/index.html").contains("id=\"search-q\""));
    assertEquals("CollectionPage", home.get("@graph").get(1).get("@type").asText());

    JsonNode topic = jsonLd(site.file("zh-hans/topics/trade/index.html")).get("@graph");
    assertEquals(1, topic.size());
    assertEquals("CollectionPage", topic.get(0).get("@type").asText());
    assertEquals("贸易", topic.get(0).get("name").asText());
    assertEquals("https://example.org/zh-hans/topics/trade/", topic.get(0).get("url").asText());
    assertEquals("WebSite", topic.get(0).get("isPartOf").get("@type").asText());
    assertEquals(
        List.of("website"), meta(site.file("zh-hans/topics/trade/index.html")).get("og:type"));
  }

  @Test
  void pagesThatAreNotIndexedHaveNone() {
    TestSite site = TestSite.build(dir, SITE);
    String notFound = site.file("en/404.html");
    assertFalse(notFound.contains("application/ld+json"), notFound);
    assertFalse(notFound.contains("og:title"), notFound);
  }

  @Test
  void everyPageOfTheSampleSiteHasValidJsonLdWithTheRequiredProperties() throws Exception {
    MemoryOutput output = new MemoryOutput();
    SiteBuild.standard().build(BuildRequest.of(Path.of(".").toAbsolutePath()), output);
    int articles = 0;
    int collections = 0;
    for (var file : output.files().entrySet()) {
      String html = new String(file.getValue(), StandardCharsets.UTF_8);
      if (!file.getKey().endsWith(".html") || !html.contains("application/ld+json")) {
        continue;
      }
      JsonNode data = jsonLd(html);
      List<JsonNode> nodes = new ArrayList<>();
      if (data.has("@graph")) {
        data.get("@graph").forEach(nodes::add);
      } else {
        nodes.add(data);
      }
      for (JsonNode node : nodes) {
        String type = node.get("@type").asText();
        List<String> required =
            switch (type) {
              case "OpinionNewsArticle" ->
                  List.of(
                      "headline",
                      "datePublished",
                      "dateModified",
                      "author",
                      "publisher",
                      "inLanguage",
                      "url");
              case "CollectionPage" -> List.of("name", "url", "inLanguage", "isPartOf");
              case "WebSite" ->
                  List.of("name", "url", "inLanguage", "publisher", "potentialAction");
              default -> throw new AssertionError(file.getKey() + ": unexpected type " + type);
            };
        for (String property : required) {
          assertTrue(node.hasNonNull(property), file.getKey() + " " + type + " lacks " + property);
        }
        if (type.equals("OpinionNewsArticle")) {
          articles++;
          if (html.contains("og:locale:alternate")) {
            assertTrue(
                node.has("translationOfWork") || node.has("workTranslation"),
                file.getKey() + " links none of its other editions");
          }
        } else if (type.equals("CollectionPage")) {
          collections++;
        }
      }
    }
    assertTrue(articles >= 30, "article pages with JSON-LD: " + articles);
    assertTrue(collections >= 30, "listing pages with JSON-LD: " + collections);
  }
}
