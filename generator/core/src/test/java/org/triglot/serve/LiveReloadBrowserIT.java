package org.triglot.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;
import org.triglot.browser.Browser;

/**
 * End to end in headless Chromium ({@link Browser}): open an article in the preview, edit its file,
 * and see the new text appear without any reload from the test. A marker set on the page's window
 * object is gone afterwards, so the page did reload itself.
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
    try (PreviewServer server = new PreviewServer(site, 0, new PrintWriter(new StringWriter()));
        Browser browser = start(server, dir.resolve("browser"))) {
      browser.open(server.address().resolve("/en/articles/tea/"));
      browser.awaitText("The first draft of the text.");
      browser.evaluate("window.reloadMarker = 'still here'");
      assertEquals("still here", browser.evaluate("window.reloadMarker"));
      browser.awaitText("The first draft of the text.");
      Thread.sleep(300);

      Path article = site.resolve("content/articles/tea/en.md");
      Files.writeString(
          article,
          Files.readString(article)
              .replace("The first draft of the text.", "A revised text, saved by the editor."));

      browser.awaitText("A revised text, saved by the editor.");
      assertEquals(
          "undefined", browser.evaluate("window.reloadMarker"), "the page reloaded itself");
      assertTrue(browser.evaluate("document.documentElement.lang").equals("en"));
    }
  }

  private static Browser start(PreviewServer server, Path dir) throws Exception {
    server.start();
    return Browser.launch(Files.createDirectories(dir));
  }
}
