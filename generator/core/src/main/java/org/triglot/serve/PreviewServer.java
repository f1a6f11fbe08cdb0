package org.triglot.serve;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.triglot.diag.BuildFailure;
import org.triglot.diag.Diagnostic;
import org.triglot.site.BuildRequest;
import org.triglot.site.BuildResult;
import org.triglot.site.MemoryOutput;
import org.triglot.site.SiteBuild;

/**
 * The live preview: builds the site into memory (drafts and scheduled articles included and
 * marked), serves it on 127.0.0.1 (or the address given), rebuilds when a watched file changes and
 * makes open pages reload themselves through a server-sent event stream. A broken change does not
 * stop it: pages then show the diagnostics until the next good build. Rebuilds reuse every Markdown
 * body, converted body and page that the change did not affect.
 */
public final class PreviewServer implements AutoCloseable {
  static final String EVENTS = "/__triglot/events";

  /** Requests served at once; more get 503 until one ends. */
  static final int MAX_REQUESTS = 256;

  /** Open live-reload streams; more get 503 (the page's EventSource tries again). */
  static final int MAX_EVENT_STREAMS = 64;

  /** The longest request target, in characters (414 beyond). */
  static final int MAX_URL = 8 * 1024;

  /** The most header text a request may carry, names and values, in characters (431 beyond). */
  static final int MAX_HEADERS = 32 * 1024;

  private final Path source;
  private final PrintWriter log;
  private final InetAddress bind;
  private final HostCheck hosts;
  private final Semaphore requests = new Semaphore(MAX_REQUESTS);
  private final Semaphore eventStreams = new Semaphore(MAX_EVENT_STREAMS);
  private final SiteBuild build = SiteBuild.remembering();
  private final HttpServer http;
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "triglot-serve");
            thread.setDaemon(true);
            return thread;
          });
  private final Object versionChanged = new Object();
  private volatile Snapshot snapshot = new Snapshot(0, Map.of(), List.of(), "");
  private volatile boolean closed;
  private SiteWatcher watcher;

  /** The site as last built: its files, or the diagnostics of the build that failed. */
  private record Snapshot(
      int version, Map<String, byte[]> files, List<Diagnostic> errors, String failure) {
    boolean broken() {
      return !errors.isEmpty() || !failure.isEmpty();
    }
  }

  /** Binds 127.0.0.1:{@code port} (0 for any free port); call {@link #start} to serve. */
  public PreviewServer(Path source, int port, PrintWriter log) throws IOException {
    this(source, InetAddress.getLoopbackAddress(), port, log);
  }

  /**
   * Binds {@code bind}:{@code port}; call {@link #start} to serve. Requests are answered only when
   * their {@code Host} names this server: {@code localhost}, the loopback addresses or the bound
   * address (for a wildcard address, any address of this machine's network interfaces), so that a
   * web page the editor visits cannot read the preview through a host name of its own that it
   * points at 127.0.0.1 (DNS rebinding).
   */
  public PreviewServer(Path source, InetAddress bind, int port, PrintWriter log)
      throws IOException {
    this.source = source.toAbsolutePath().normalize();
    this.log = log;
    this.bind = bind;
    this.http = HttpServer.create(new InetSocketAddress(bind, port), 64);
    this.hosts = HostCheck.forBinding(bind);
    http.setExecutor(threads);
    http.createContext("/", this::handle);
  }

  /** An address for {@code --bind}: an IP literal, never a name to look up. */
  public static Optional<InetAddress> address(String literal) {
    return HostCheck.parseLiteral(literal);
  }

  public int port() {
    return http.getAddress().getPort();
  }

  /** Whether others on the network can reach the preview (it is bound to no loopback address). */
  public boolean isExposed() {
    return !bind.isLoopbackAddress();
  }

  /** The preview's address: the bound one, or 127.0.0.1 when bound to loopback or to all. */
  public URI address() {
    String host =
        bind.isLoopbackAddress() || bind.isAnyLocalAddress()
            ? "127.0.0.1"
            : HostCheck.literal(bind);
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** Builds once, starts serving, and starts watching content/, templates/, i18n/ and site.yaml. */
  public void start() throws IOException {
    rebuild();
    http.start();
    watcher = new SiteWatcher(source, this::rebuild, log);
    watcher.start(threads);
  }

  /** Builds the site again and tells open pages to reload. */
  public void rebuild() {
    long start = System.nanoTime();
    BuildRequest request =
        new BuildRequest(source, true, true, Optional.of(address()), Clock.systemUTC());
    MemoryOutput output = new MemoryOutput();
    Snapshot next;
    try {
      BuildResult result = build.build(request, output);
      next = new Snapshot(snapshot.version() + 1, output.files(), List.of(), "");
      result.warnings().forEach(w -> log.print(w.format()));
      log.printf(
          "rebuilt in %d ms: %d pages rendered, %d reused; %d warnings%n",
          (System.nanoTime() - start) / 1_000_000,
          build.cache().pagesRendered(),
          build.cache().pagesReused(),
          result.warnings().size());
    } catch (BuildFailure failure) {
      List<Diagnostic> errors = failure.diagnostics();
      errors.forEach(d -> log.print(d.format()));
      log.println("build failed; the preview shows the errors until they are fixed");
      next = new Snapshot(snapshot.version() + 1, snapshot.files(), errors, "");
    } catch (RuntimeException e) {
      log.println("build failed: " + e);
      next =
          new Snapshot(
              snapshot.version() + 1, snapshot.files(), List.of(), String.valueOf(e.getMessage()));
    }
    log.flush();
    synchronized (versionChanged) {
      snapshot = next;
      versionChanged.notifyAll();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String refusal = refusal(exchange);
      if (!refusal.isEmpty()) {
        int status = Integer.parseInt(refusal.substring(0, 3));
        send(exchange, status, "text/plain; charset=utf-8", refusal.substring(4).getBytes(UTF_8));
        return;
      }
      if (!requests.tryAcquire()) {
        exchange.getResponseHeaders().set("Retry-After", "1");
        send(exchange, 503, "text/plain; charset=utf-8", "the preview is busy".getBytes(UTF_8));
        return;
      }
      try {
        serve(exchange);
      } finally {
        requests.release();
      }
    }
  }

  /**
   * Why a request is refused before it is served ({@code "403 reason"}), or "" to serve it: a
   * {@code Host} that does not name this server, an overlong URL or too much header text.
   */
  private String refusal(HttpExchange exchange) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (!hosts.allows(host, port())) {
      return "403 the preview answers only requests for localhost, 127.0.0.1"
          + (bind.isLoopbackAddress() ? "" : " or this machine's address")
          + " (this one was for "
          + (host == null ? "no host" : QuotedHost.of(host))
          + ")";
    }
    if (exchange.getRequestURI().toString().length() > MAX_URL) {
      return "414 the URL is longer than " + MAX_URL + " characters";
    }
    long headerText = 0;
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      for (String value : header.getValue()) {
        headerText += header.getKey().length() + value.length() + 4;
      }
    }
    if (headerText > MAX_HEADERS) {
      return "431 the request's headers are longer than " + MAX_HEADERS + " characters";
    }
    return "";
  }

  private void serve(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
      send(
          exchange,
          405,
          "text/plain; charset=utf-8",
          "method not allowed".getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (path.equals(EVENTS)) {
      if (!eventStreams.tryAcquire()) {
        exchange.getResponseHeaders().set("Retry-After", "1");
        send(exchange, 503, "text/plain; charset=utf-8", "too many open pages".getBytes(UTF_8));
        return;
      }
      try {
        streamEvents(exchange);
      } finally {
        eventStreams.release();
      }
      return;
    }
    Snapshot current = snapshot;
    String file = URLDecoder.decode(path, StandardCharsets.UTF_8).substring(1);
    if (file.isEmpty() || file.endsWith("/")) {
      file = file + "index.html";
    }
    if (current.broken() && (file.endsWith(".html"))) {
      send(
          exchange,
          500,
          "text/html; charset=utf-8",
          ErrorPage.render(current.errors(), current.failure(), current.version()));
      return;
    }
    byte[] body = current.files().get(file);
    if (body == null && current.files().containsKey(file + "/index.html")) {
      exchange.getResponseHeaders().set("Location", path + "/");
      send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
      return;
    }
    int status = 200;
    if (body == null) {
      status = 404;
      String language = file.contains("/") ? file.substring(0, file.indexOf('/')) : "";
      body = current.files().getOrDefault(language + "/404.html", current.files().get("404.html"));
      file = "404.html";
      if (body == null) {
        send(
            exchange,
            404,
            "text/plain; charset=utf-8",
            "not found".getBytes(StandardCharsets.UTF_8));
        return;
      }
    }
    String type = ContentTypes.of(file);
    if (type.startsWith("text/html")) {
      body = LiveReload.inject(body, current.version());
    }
    send(exchange, status, type, body);
  }

  /** Server-sent events: the current site version now, and again whenever it changes. */
  private void streamEvents(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    int sent = -1;
    try {
      while (!closed) {
        int version;
        synchronized (versionChanged) {
          if (snapshot.version() == sent) {
            versionChanged.wait(15_000);
          }
          version = snapshot.version();
        }
        String event = version == sent ? ": keep-alive\n\n" : "data: " + version + "\n\n";
        out.write(event.getBytes(StandardCharsets.UTF_8));
        out.flush();
        sent = version;
      }
    } catch (IOException gone) {
      // the page was closed or reloaded
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      exchange.getResponseBody().write(body);
    }
  }

  @Override
  public void close() {
    closed = true;
    if (watcher != null) {
      watcher.close();
    }
    synchronized (versionChanged) {
      versionChanged.notifyAll();
    }
    http.stop(0);
    threads.shutdownNow();
  }
}
