package org.triglot.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/**
 * End to end in headless Chromium: open an article in the preview, edit its file, and see the new
 * text appear without any reload from the test. A marker set on the page's window object is gone
 * afterwards, so the page did reload itself.
 */
class LiveReloadBrowserIT {
  @TempDir Path dir;

  @Test
  void anEditedArticleAppearsInTheOpenBrowserWithoutAManualReload() throws Exception {
    Path site = dir.resolve("site");
    TestSite.write(
        site,
        TestSite.COMMON
            + """
        -- content/articles/tea/en.md --
        ---
        title: Tea
        date: 2024-03-01
        author: ann
        ---
        The first draft of the text.
        """);
    Files.createDirectories(dir.resolve("profile"));
    try (PreviewServer server = new PreviewServer(site, 0, new PrintWriter(new StringWriter()));
        HeadlessChromium browser = start(server, dir.resolve("profile"))) {
      browser.navigate(server.address().resolve("/en/articles/tea/"));
      awaitText(browser, "The first draft of the text.");
      browser.evaluate("window.reloadMarker = 'still here'");
      assertEquals("still here", browser.evaluate("window.reloadMarker"));
      awaitText(browser, "The first draft of the text.");
      Thread.sleep(300);

      Path article = site.resolve("content/articles/tea/en.md");
      Files.writeString(
          article,
          Files.readString(article)
              .replace("The first draft of the text.", "A revised text, saved by the editor."));

      awaitText(browser, "A revised text, saved by the editor.");
      assertEquals(
          "undefined", browser.evaluate("window.reloadMarker"), "the page reloaded itself");
      assertTrue(browser.evaluate("document.documentElement.lang").equals("en"));
    }
  }

  private static HeadlessChromium start(PreviewServer server, Path profile) throws Exception {
    server.start();
    return HeadlessChromium.launch(profile);
  }

  private static void awaitText(HeadlessChromium browser, String text) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    String body = "";
    while (System.nanoTime() < deadline) {
      body = browser.evaluate("document.body ? document.body.innerText : ''");
      if (body.contains(text)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the page never showed \"" + text + "\"; it shows:\n" + body);
  }
}
