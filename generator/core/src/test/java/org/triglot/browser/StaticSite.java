package org.triglot.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A built site served as a static host serves it, by the JDK's HTTP server on 127.0.0.1 at a free
 * port: {@code /a/} is {@code a/index.html}, a missing file is 404. The files come from a folder
 * ({@code target/site}) or from a map of path to bytes (an inline test site's output).
 */
public final class StaticSite implements AutoCloseable {
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "xml", "application/xml",
          "svg", "image/svg+xml",
          "txt", "text/plain; charset=utf-8",
          "json", "application/json",
          "png", "image/png",
          "jpg", "image/jpeg",
          "webp", "image/webp");

  private final HttpServer http;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);

  private StaticSite(Function<String, Optional<byte[]>> files) throws IOException {
    http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    http.createContext("/", exchange -> respond(exchange, files));
    http.setExecutor(threads);
    http.start();
  }

  /** Serves the files under {@code folder}; nothing outside it. */
  public static StaticSite folder(Path folder) throws IOException {
    Path root = folder.toRealPath();
    return new StaticSite(
        path -> {
          Path file = root.resolve(path).normalize();
          if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return Optional.empty();
          }
          try {
            return Optional.of(Files.readAllBytes(file));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Serves a map of relative path ({@code en/index.html}) to contents. */
  public static StaticSite files(Map<String, byte[]> files) throws IOException {
    Map<String, byte[]> copy = Map.copyOf(files);
    return new StaticSite(path -> Optional.ofNullable(copy.get(path)));
  }

  /** The address of the site's root, {@code http://127.0.0.1:PORT/}. */
  public URI address() {
    return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
  }

  /** The address of a page, {@code path} relative to the root ({@code "en/articles/tea/"}). */
  public URI page(String path) {
    return address().resolve(path);
  }

  private static void respond(HttpExchange exchange, Function<String, Optional<byte[]>> files)
      throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath().replaceFirst("^/+", "");
      if (path.isEmpty() || path.endsWith("/")) {
        path += "index.html";
      }
      Optional<byte[]> body =
          "GET".equals(exchange.getRequestMethod()) ? files.apply(path) : Optional.empty();
      byte[] bytes = body.orElse("not found".getBytes(StandardCharsets.UTF_8));
      String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      exchange
          .getResponseHeaders()
          .set(
              "Content-Type",
              body.isPresent()
                  ? TYPES.getOrDefault(extension, "application/octet-stream")
                  : "text/plain; charset=utf-8");
      exchange.sendResponseHeaders(body.isPresent() ? 200 : 404, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    http.stop(0);
    threads.shutdownNow();
  }
}
