package org.triglot.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives Debian's Chromium, headless, through the Chrome DevTools Protocol over the JDK's own
 * WebSocket client: enough to open a page and evaluate JavaScript in it. No browser is downloaded;
 * the binary is /usr/bin/chromium or $TRIGLOT_CHROMIUM.
 */
final class HeadlessChromium implements AutoCloseable {
  private final Process process;
  private final WebSocket socket;
  private final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();

  private HeadlessChromium(Process process, WebSocket socket) {
    this.process = process;
    this.socket = socket;
  }

  static Path binary() {
    String configured = System.getenv("TRIGLOT_CHROMIUM");
    Path path = Path.of(configured == null ? "/usr/bin/chromium" : configured);
    if (!Files.isExecutable(path)) {
      throw new AssertionError(
          "the live-reload test needs Chromium at "
              + path
              + ": install it with 'apt-get install -y chromium' (as .ci/run does) or set TRIGLOT_CHROMIUM");
    }
    return path;
  }

  /** Starts Chromium with its profile, and every temporary file it makes, under {@code profile}. */
  static HeadlessChromium launch(Path profile) throws Exception {
    Path temp = Files.createDirectories(profile.resolve("tmp"));
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    binary().toString(),
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--no-first-run",
                    "--no-default-browser-check",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-quic",
                    "--disable-extensions",
                    "--mute-audio",
                    "--user-data-dir=" + profile,
                    "--remote-debugging-port=0",
                    "about:blank"))
            .redirectErrorStream(true)
            .redirectOutput(profile.resolveSibling("chromium.log").toFile());
    builder.environment().put("TMPDIR", temp.toString());
    builder.environment().put("HOME", temp.toString());
    Process process = builder.start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).isEmpty()) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new AssertionError(
            "Chromium did not start; its log: "
                + Files.readString(profile.resolveSibling("chromium.log")));
      }
      Thread.sleep(50);
    }
    int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
    HttpClient http = HttpClient.newHttpClient();
    String targets = "";
    String pageSocket = null;
    while (pageSocket == null && System.nanoTime() < deadline) {
      targets =
          http.send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Matcher page =
          Pattern.compile(
                  "\"type\"\\s*:\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\"\\s*:\\s*\"([^\"]+)\"",
                  Pattern.DOTALL)
              .matcher(targets);
      Matcher pageReversed =
          Pattern.compile("\"webSocketDebuggerUrl\"\\s*:\\s*\"(ws://[^\"]+/devtools/page/[^\"]+)\"")
              .matcher(targets);
      if (page.find()) {
        pageSocket = page.group(1);
      } else if (pageReversed.find()) {
        pageSocket = pageReversed.group(1);
      } else {
        Thread.sleep(50);
      }
    }
    if (pageSocket == null) {
      process.destroyForcibly();
      throw new AssertionError("no page target in Chromium: " + targets);
    }
    HeadlessChromium[] holder = new HeadlessChromium[1];
    StringBuilder partial = new StringBuilder();
    WebSocket socket =
        http.newWebSocketBuilder()
            .buildAsync(
                URI.create(pageSocket),
                new WebSocket.Listener() {
                  @Override
                  public CompletionStage<?> onText(
                      WebSocket webSocket, CharSequence data, boolean last) {
                    partial.append(data);
                    if (last) {
                      String message = partial.toString();
                      partial.setLength(0);
                      Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(message);
                      if (id.find() && holder[0] != null) {
                        CompletableFuture<String> waiting =
                            holder[0].pending.remove(Integer.parseInt(id.group(1)));
                        if (waiting != null) {
                          waiting.complete(message);
                        }
                      }
                    }
                    webSocket.request(1);
                    return null;
                  }
                })
            .get(10, TimeUnit.SECONDS);
    HeadlessChromium chromium = new HeadlessChromium(process, socket);
    holder[0] = chromium;
    return chromium;
  }

  /** Sends a DevTools command and waits for its reply (raw JSON). */
  String send(String method, String paramsJson) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<String> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket
        .sendText(
            "{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + paramsJson + "}", true)
        .get(10, TimeUnit.SECONDS);
    return reply.get(15, TimeUnit.SECONDS);
  }

  void navigate(URI url) throws Exception {
    send("Page.navigate", "{\"url\":" + json(url.toString()) + "}");
  }

  /** Evaluates an expression in the page and returns its value as a string ("" for undefined). */
  String evaluate(String expression) throws Exception {
    String reply =
        send(
            "Runtime.evaluate",
            "{\"expression\":" + json("String(" + expression + ")") + ",\"returnByValue\":true}");
    Matcher value = Pattern.compile("\"value\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(reply);
    return value.find() ? unescape(value.group(1)) : "";
  }

  private static String json(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 == text.length()) {
        out.append(c);
        continue;
      }
      char next = text.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(next);
      }
    }
    return out.toString();
  }

  @Override
  public void close() throws IOException {
    socket.abort();
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
