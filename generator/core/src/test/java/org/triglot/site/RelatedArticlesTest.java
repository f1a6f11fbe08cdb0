package org.triglot.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/** "You might also like": the same articles on every language page, each in the page's language. */
class RelatedArticlesTest {
  @TempDir Path dir;

  private static final String SITE =
      """
      -- content/articles/tea-one/en.md --
      ---
      title: Tea One
      date: 2024-01-01
      author: ann
      topics: [tea, trade, arctic]
      ---
      Tea and trade in the Arctic.
      -- content/articles/tea-one/zh-Hans.md --
      ---
      title: 茶一
      ---
      北极的茶叶贸易。
      -- content/articles/tea-two/en.md --
      ---
      title: Tea Two
      date: 2024-02-01
      author: bo
      topics: [tea, trade]
      ---
      More tea and trade.
      -- content/articles/tea-two/zh-Hant.md --
      ---
      title: 茶二
      ---
      更多茶葉貿易。
      -- content/articles/tea-three/en.md --
      ---
      title: Tea Three
      date: 2024-03-01
      author: bo
      topics: [tea]
      ---
      Only tea.
      -- content/articles/tea-draft/en.md --
      ---
      title: Tea Draft
      date: 2024-03-05
      author: bo
      topics: [tea, trade, arctic]
      draft: true
      ---
      Not yet.
      -- content/articles/tea-future/en.md --
      ---
      title: Tea Future
      date: 2030-03-05
      author: bo
      topics: [tea, trade, arctic]
      ---
      Later.
      """;

  private static List<String> relatedSlugs(String html) {
    int start = html.indexOf("<aside class=\"related\"");
    List<String> slugs = new ArrayList<>();
    if (start < 0) {
      return slugs;
    }
    Matcher m =
        Pattern.compile("<h3 class=\"item-title\"><a href=\"/[a-z-]+/articles/([a-z0-9-]+)/\">")
            .matcher(html.substring(start));
    while (m.find()) {
      slugs.add(m.group(1));
    }
    return slugs;
  }

  @Test
  void showsTheSameRelatedArticlesOnEveryLanguagePage() {
    TestSite site = TestSite.build(dir, SITE);
    List<String> en = relatedSlugs(site.file("en/articles/tea-one/index.html"));
    assertEquals(List.of("tea-two", "tea-three"), en);
    List<String> hans = relatedSlugs(site.file("zh-hans/articles/tea-one/index.html"));
    List<String> hant = relatedSlugs(site.file("zh-hant/articles/tea-one/index.html"));
    assertEquals(List.of("tea-two"), hans, "tea-three has no Chinese edition, so it is left out");
    assertEquals(hans, hant);
    site.assertFile(
        "zh-hans/articles/tea-one/index.html", "<a href=\"/zh-hans/articles/tea-two/\">茶二</a>");
    site.assertFile(
        "zh-hant/articles/tea-one/index.html", "<a href=\"/zh-hant/articles/tea-two/\">茶二</a>");
  }

  /**
   * A plain build drops drafts and future articles in the link phase, before the related index sees
   * them; a preview keeps them, so only here does the index's own rule keep them out of the lists
   * of published articles.
   */
  @Test
  void neverListsItselfADraftOrAFutureArticleEvenInAPreviewThatShowsThem() {
    TestSite site =
        TestSite.build(
            dir,
            SITE,
            request ->
                new BuildRequest(request.source(), true, true, request.baseUrl(), request.clock()));
    site.assertFile("en/articles/tea-draft/index.html", "<h1>Tea Draft</h1>");
    site.assertFile("en/articles/tea-future/index.html", "<h1>Tea Future</h1>");
    assertEquals(
        List.of("tea-two", "tea-three"),
        relatedSlugs(site.file("en/articles/tea-one/index.html")),
        "the draft and the future article share all its topics, yet only published ones are listed");
    for (String slug : List.of("tea-one", "tea-two", "tea-three")) {
      List<String> related = relatedSlugs(site.file("en/articles/" + slug + "/index.html"));
      assertFalse(related.isEmpty(), slug + " has no related articles at all");
      assertFalse(related.contains(slug), slug + " relates to itself");
      assertFalse(related.contains("tea-draft"), slug + " lists the draft: " + related);
      assertFalse(related.contains("tea-future"), slug + " lists the future article: " + related);
    }
  }
}
