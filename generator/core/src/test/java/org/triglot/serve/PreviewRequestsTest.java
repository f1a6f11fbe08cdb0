package org.triglot.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/**
 * What the preview answers before it serves a page: only requests for its own host (DNS rebinding),
 * bounded URLs and headers, and many requests at once. Requests are written by hand on a socket,
 * since an HTTP client will not send another {@code Host}.
 */
class PreviewRequestsTest {
  @TempDir Path dir;
  private PreviewServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private void start() throws IOException {
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
            draft: true
            ---
            A draft about tea.
            """);
    server = new PreviewServer(site, 0, new PrintWriter(new StringWriter(), true));
    server.start();
  }

  /** Sends {@code request} as written and returns the whole response, head and body. */
  private String exchange(String request) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private String get(String path, String host) throws IOException {
    return exchange("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
  }

  @Test
  void onlyRequestsForThePreviewsOwnHostAreAnswered() throws IOException {
    start();
    int port = server.port();
    for (String host : List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port)) {
      String response = get("/en/articles/tea/", host);
      assertTrue(response.startsWith("HTTP/1.1 200 "), host + ": " + response);
      assertTrue(response.contains("A draft about tea."), host);
    }
    for (String host :
        List.of(
            "attacker.example", "attacker.example:" + port, "localhost:1", "127.0.0.1.nip.io")) {
      String response = get("/en/articles/tea/", host);
      assertTrue(response.startsWith("HTTP/1.1 403 "), host + ": " + response);
      assertFalse(response.contains("tea"), host + ": " + response);
    }
    assertTrue(
        get("/en/articles/tea/", "attacker.example")
            .endsWith(
                "the preview answers only requests for localhost, 127.0.0.1 (this one was for"
                    + " \"attacker.example\")"));
    assertTrue(get(PreviewServer.EVENTS, "attacker.example").startsWith("HTTP/1.1 403 "));
    String noHost = exchange("GET /en/articles/tea/ HTTP/1.1\r\nConnection: close\r\n\r\n");
    assertFalse(noHost.contains("A draft about tea."), noHost);
  }

  @Test
  void anAddressOnTheNetworkIsAcceptedOnlyWhenBoundToIt() throws IOException {
    HostCheck loopback = HostCheck.forBinding(InetAddress.getLoopbackAddress());
    HostCheck lan = HostCheck.forBinding(InetAddress.getByName("192.168.1.20"));
    assertFalse(loopback.allows("192.168.1.20:4321", 4321));
    assertTrue(lan.allows("192.168.1.20:4321", 4321));
    assertTrue(lan.allows("LOCALHOST:4321", 4321));
    assertFalse(lan.allows("192.168.1.21:4321", 4321));
    assertFalse(lan.allows("192.168.1.20:4322", 4321));
    assertFalse(lan.allows(null, 4321));
    HostCheck v6 = HostCheck.forBinding(InetAddress.getByName("fe80::1"));
    assertTrue(v6.allows("[fe80::1]:4321", 4321));
    assertTrue(v6.allows("[FE80:0:0:0:0:0:0:1]:4321", 4321));
    assertTrue(loopback.allows("[0:0:0:0:0:0:0:1]:4321", 4321));
  }

  @Test
  void overlongUrlsAndHeadersAreRefusedWithTheirStatus() throws IOException {
    start();
    String host = "127.0.0.1:" + server.port();
    String longUrl = get("/en/" + "a".repeat(PreviewServer.MAX_URL), host);
    assertTrue(longUrl.startsWith("HTTP/1.1 414 "), longUrl);
    StringBuilder headers = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      headers.append("X-Filler-").append(i).append(": ").append("b".repeat(1000)).append("\r\n");
    }
    String longHeaders =
        exchange(
            "GET /en/ HTTP/1.1\r\nHost: " + host + "\r\n" + headers + "Connection: close\r\n\r\n");
    assertTrue(longHeaders.startsWith("HTTP/1.1 431 "), longHeaders);
  }

  @Test
  void twoHundredRequestsAtOnceAreAllServed() throws Exception {
    start();
    String host = "localhost:" + server.port();
    List<CompletableFuture<String>> responses = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      responses.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return get("/en/articles/tea/", host);
                } catch (IOException e) {
                  return "failed: " + e;
                }
              }));
    }
    for (CompletableFuture<String> response : responses) {
      String text = response.get(60, TimeUnit.SECONDS);
      assertTrue(text.startsWith("HTTP/1.1 200 "), text);
    }
  }

  @Test
  void noFormOfPathTraversalReachesAFileOutsideTheBuiltSite() throws IOException {
    start();
    Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
    String host = "127.0.0.1:" + server.port();
    for (String path :
        List.of(
            "/../secret.txt",
            "/../../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E/%2e%2e/secret.txt",
            "/..%2fsecret.txt",
            "/en/%2e%2e/%2e%2e/%2e%2e/secret.txt",
            "/..%5c..%5csecret.txt",
            "/%c0%ae%c0%ae/secret.txt",
            "/.%00./secret.txt",
            "/../site/content/articles/tea/en.md",
            "/content/articles/tea/en.md",
            "//etc/passwd",
            "/%2fetc%2fpasswd",
            "/../../../../../../etc/passwd",
            "/en/articles/tea/%2e%2e%2f%2e%2e%2f%2e%2e%2f..%2f..%2fsecret.txt")) {
      String response = get(path, host);
      assertTrue(
          response.startsWith("HTTP/1.1 404 ") || response.startsWith("HTTP/1.1 400 "),
          path + ": " + response.lines().findFirst().orElse(""));
      assertFalse(response.contains("TOP SECRET"), path);
      assertFalse(response.contains("date: 2024-03-01"), path);
      assertFalse(response.contains("root:x:0:0"), path);
    }
  }
}
