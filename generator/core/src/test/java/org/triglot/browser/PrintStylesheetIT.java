package org.triglot.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/**
 * The bundled stylesheet's print rules, in headless Chromium emulating print media on an article of
 * an inline site: the site's navigation, language switcher, footer, related articles, back-to-top
 * link and forms (the header's search and one in the article) are not printed; the text is black on
 * white; the article's own URL is printed under its byline, and an external link's target after its
 * text. On screen the URL is not shown.
 */
class PrintStylesheetIT {
  private static final List<String> NOT_PRINTED =
      List.of(
          ".site-nav",
          ".switcher",
          ".skip-link",
          ".site-footer",
          ".back-to-top",
          ".related",
          ".site-header form",
          ".article-body form");

  @TempDir Path dir;
  private TestSite site;

  @BeforeEach
  void buildSite() {
    site =
        TestSite.build(
            dir.resolve("site"),
            """
            -- content/articles/tea/en.md --
            ---
            title: Tea
            date: 2024-03-01
            author: ann
            topics: [tea]
            ---
            About tea, after [a paper on tea](https://example.net/papers/tea) and [the
            archive](/en/archive/).

            <form action="/subscribe"><label>Email <input name="email"></label></form>
            -- content/articles/coffee/en.md --
            ---
            title: Coffee
            date: 2024-02-01
            author: ann
            topics: [tea]
            ---
            About coffee, and tea.
            """);
  }

  @Test
  void printsTheArticleAloneInBlackOnWhiteWithItsUrlAndItsExternalLinksTargets() throws Exception {
    try (StaticSite server = StaticSite.files(site.files());
        Browser browser = Browser.launch(Files.createDirectories(dir.resolve("browser")))) {
      browser.open(server.page("en/articles/tea/"));
      for (String selector : NOT_PRINTED) {
        assertEquals(
            1L,
            browser.script("return document.querySelectorAll(arguments[0]).length;", selector),
            selector + " is on the page");
      }
      assertEquals("none", style(browser, ".print-url", "", "display"), "the URL on screen");
      assertTrue(
          !style(browser, ".article-body a[href^='http']", "::after", "content")
              .contains("example.net"),
          "no link target on screen");

      browser.emulatePrintMedia();
      for (String selector : NOT_PRINTED) {
        assertEquals("none", style(browser, selector, "", "display"), selector + " in print");
      }
      assertEquals("block", style(browser, ".print-url", "", "display"));
      assertEquals(
          "https://example.org/en/articles/tea/",
          browser.evaluate("document.querySelector('.print-url').innerText").strip());
      String after = style(browser, ".article-body a[href^='http']", "::after", "content");
      assertTrue(after.contains("https://example.net/papers/tea"), "the link's ::after: " + after);
      assertEquals(
          "none",
          style(browser, ".article-body a[href='/en/archive/']", "::after", "content"),
          "a link within the site prints no target");
      assertEquals("rgb(0, 0, 0)", style(browser, "body", "", "color"));
      assertEquals("rgb(255, 255, 255)", style(browser, "body", "", "background-color"));
      assertEquals("rgb(0, 0, 0)", style(browser, ".article-body a", "", "color"));
      assertEquals("rgb(0, 0, 0)", style(browser, ".byline", "", "color"));
      assertTrue(browser.bodyText().contains("About tea"), "the article itself is printed");

      browser.emulateScreenMedia();
      assertEquals("none", style(browser, ".print-url", "", "display"), "back on screen");
    }
  }

  private static String style(Browser browser, String selector, String pseudo, String property) {
    return browser
        .computedStyle(selector, pseudo, property)
        .orElseThrow(() -> new AssertionError("nothing on the page matches " + selector));
  }
}
