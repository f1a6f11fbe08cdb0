package org.triglot.site;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/** Drafts, future dates and expiry keep an article out of every page, feed and list. */
class PublishingStatesTest {
  @TempDir Path dir;

  private static final String SITE =
      """
      -- content/articles/live/en.md --
      ---
      title: Live Piece
      date: 2026-01-01
      author: ann
      topics: [tea]
      ---
      Published.
      -- content/articles/draft/en.md --
      ---
      title: Draft Piece
      date: 2026-01-02
      author: ann
      topics: [tea]
      draft: true
      ---
      Not yet.
      -- content/articles/later/en.md --
      ---
      title: Later Piece
      date: 2026-07-01
      author: ann
      topics: [tea]
      ---
      Scheduled.
      -- content/articles/gone/en.md --
      ---
      title: Gone Piece
      date: 2025-01-01
      expires: 2026-05-01
      author: ann
      topics: [tea]
      ---
      Expired.
      -- content/articles/live/zh-Hans.md --
      ---
      title: 在线
      draft: true
      ---
      译稿未完成。
      """;

  @Test
  void keepsDraftsFutureAndExpiredArticlesOutOfEverything() {
    TestSite site = TestSite.build(dir, SITE);
    for (String slug : new String[] {"draft", "later", "gone"}) {
      site.assertNoFile("en/articles/" + slug + "/index.html");
      String unwanted = "! /articles/" + slug + "/";
      site.assertFile("en/index.html", unwanted);
      site.assertFile("en/topics/tea/index.html", unwanted);
      site.assertFile("en/authors/ann/index.html", unwanted);
      site.assertFile("en/feed.xml", unwanted);
      site.assertFile("sitemap.xml", unwanted);
      site.assertFile("en/articles/live/index.html", unwanted);
    }
    site.assertFile(
        "en/topics/index.html",
        "<a href=\"/en/topics/tea/\">Tea</a> <span class=\"count\">1 article</span>");
  }

  @Test
  void aDraftTranslationHoldsBackOnlyItsLanguage() {
    TestSite site = TestSite.build(dir, SITE);
    site.assertFile("en/articles/live/index.html", "<span class=\"unavailable\" lang=\"zh-Hans\"");
    site.assertNoFile("zh-hans/articles/live/index.html");
    site.assertNoFile("zh-hant/articles/live/index.html");
  }

  @Test
  void previewsShowDraftsAndScheduledArticlesMarked() {
    TestSite site =
        TestSite.build(
            dir,
            SITE,
            request ->
                new BuildRequest(request.source(), true, true, request.baseUrl(), request.clock()));
    site.assertFile("en/articles/draft/index.html", "<p class=\"state state-draft\">Draft</p>");
    site.assertFile(
        "en/articles/later/index.html", "<p class=\"state state-scheduled\">Scheduled</p>");
    site.assertFile(
        "en/index.html",
        """
        Draft Piece</a> <span class="state state-draft">Draft</span>
        Later Piece</a> <span class="state state-scheduled">Scheduled</span>
        ! /articles/gone/
        """);
    site.assertFile("zh-hans/articles/live/index.html", "<h1>在线</h1>");
    site.assertFile(
        "en/articles/live/index.html",
        """
        ! class="state
        """);
  }
}
