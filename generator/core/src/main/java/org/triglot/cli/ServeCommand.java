package org.triglot.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.triglot.serve.PreviewServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code triglot serve}: the live preview on 127.0.0.1, or the address given with --bind. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves a live preview of the site on 127.0.0.1, built in memory.",
      "Drafts and scheduled articles are shown and marked. Saving a file under content/, templates/ or i18n/",
      "(or site.yaml) rebuilds what the change affects, and open pages reload themselves.",
      "A broken change shows its errors in the browser until it is fixed. Stop with Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--source",
      paramLabel = "DIR",
      description = "The site folder (default: the current folder).")
  Path source = Path.of(".");

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
  int port = 4321;

  @Option(
      names = "--bind",
      paramLabel = "ADDR",
      description =
          "The address to listen on (default: ${DEFAULT-VALUE}); e.g. this machine's address on the"
              + " local network, or 0.0.0.0 for all, to preview on a phone. Drafts become visible"
              + " to everyone who can reach it.")
  String bind = "127.0.0.1";

  /** An IP address written as such; host names are refused rather than looked up. */
  static InetAddress address(String text) {
    return PreviewServer.address(text)
        .orElseThrow(
            () ->
                new Main.UsageError(
                    "--bind takes an IP address such as 127.0.0.1, 192.168.1.20 or 0.0.0.0 (got \""
                        + text
                        + "\")"));
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path site = SiteFolder.require(source);
    if (port < 0 || port > 65535) {
      throw new Main.UsageError("--port must be between 0 and 65535");
    }
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    InetAddress address = address(bind);
    PreviewServer server;
    try {
      server = new PreviewServer(site, address, port, err);
    } catch (BindException e) {
      throw new Main.UsageError(
          "cannot listen on port "
              + port
              + " of "
              + bind
              + " ("
              + e.getMessage()
              + "); choose another port with --port, or an address of this machine with --bind");
    }
    if (server.isExposed()) {
      err.println(
          "triglot: warning: the preview listens on "
              + bind
              + ", so anyone on that network can open it, drafts and scheduled articles included;"
              + " use it only on a network you trust");
      err.flush();
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    server.start();
    out.println("previewing " + site + " at " + server.address() + " (Ctrl-C stops)");
    out.flush();
    stopped.await();
    return Main.OK;
  }
}
