package org.triglot.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/**
 * The preview server over HTTP: serves from memory, rebuilds on change, shows errors, streams
 * reloads.
 */
class PreviewServerTest {
  @TempDir Path dir;
  private PreviewServer server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private Path start() throws IOException {
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
        Original text.
        -- content/articles/soon/en.md --
        ---
        title: Soon
        date: 2099-01-01
        author: ann
        ---
        Later.
        """);
    server = new PreviewServer(site, 0, new PrintWriter(new StringWriter()));
    server.start();
    return site;
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(server.address().resolve(path))
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private String await(String path, Predicate<String> condition) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    String body = "";
    while (System.nanoTime() < deadline) {
      body = get(path).body();
      if (condition.test(body)) {
        return body;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("timed out waiting on " + path + "; last body:\n" + body);
  }

  @Test
  void servesTheSiteFromMemoryOnLoopbackWithDraftsAndScheduledArticlesMarked() throws Exception {
    start();
    assertEquals("127.0.0.1", server.address().getHost());
    HttpResponse<String> page = get("/en/articles/tea/");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(page.body().contains("Original text."));
    assertTrue(
        page.body().contains("new EventSource('/__triglot/events')"),
        "live reload script injected");
    assertTrue(get("/en/articles/soon/").body().contains("<p class=\"state state-scheduled\">"));
    assertEquals(404, get("/en/articles/none/").statusCode());
    assertTrue(get("/en/articles/none/").body().contains("Page not found"));
    assertEquals(
        301,
        http.send(
                HttpRequest.newBuilder(server.address().resolve("/en/articles/tea")).build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode());
    assertTrue(Files.notExists(dir.resolve("site/target")), "the preview writes nothing to disk");
  }

  @Test
  void rebuildsOnChangeShowsErrorsAndRecovers() throws Exception {
    Path site = start();
    Path article = site.resolve("content/articles/tea/en.md");
    Files.writeString(article, Files.readString(article).replace("Original text.", "Edited text."));
    await("/en/articles/tea/", body -> body.contains("Edited text."));

    Files.writeString(article, Files.readString(article).replace("author: ann", "author: nobdy"));
    String broken = await("/en/articles/tea/", body -> body.contains("did not build"));
    assertTrue(
        broken.contains("content/articles/tea/en.md:4:9: error: unknown author &quot;nobdy&quot;")
            || broken.contains("content/articles/tea/en.md:4:9: error: unknown author \"nobdy\""),
        broken);
    assertEquals(500, get("/en/").statusCode());

    Files.writeString(article, Files.readString(article).replace("author: nobdy", "author: ann"));
    await(
        "/en/articles/tea/",
        body -> body.contains("Edited text.") && !body.contains("did not build"));

    Path topics = site.resolve("content/topics.yaml");
    Files.writeString(topics, Files.readString(topics) + "milk: {en: Milk}\n");
    Path newArticle = site.resolve("content/articles/milk/en.md");
    Files.createDirectories(newArticle.getParent());
    Files.writeString(
        newArticle,
        "---\ntitle: Milk\ndate: 2024-03-05\nauthor: bo\ntopics: [milk]\n---\nAbout milk.\n");
    await("/en/articles/milk/", body -> body.contains("About milk."));
  }

  @Test
  void streamsTheSiteVersionSoPagesReloadThemselves() throws Exception {
    Path site = start();
    HttpResponse<InputStream> events =
        http.send(
            HttpRequest.newBuilder(server.address().resolve(PreviewServer.EVENTS)).build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertEquals(
        "text/event-stream; charset=utf-8", events.headers().firstValue("Content-Type").orElse(""));
    try (InputStream stream = events.body()) {
      assertEquals("data: 1", readLine(stream));
      readLine(stream);
      Path article = site.resolve("content/articles/tea/en.md");
      Files.writeString(article, Files.readString(article).replace("Original text.", "Changed."));
      assertEquals("data: 2", readLine(stream));
    }
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
      line.append((char) c);
    }
    return line.toString();
  }
}
