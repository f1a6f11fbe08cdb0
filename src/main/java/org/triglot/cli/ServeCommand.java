package org.triglot.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.triglot.serve.PreviewServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code triglot serve}: the live preview on 127.0.0.1. */
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

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path site = SiteFolder.require(source);
    if (port < 0 || port > 65535) {
      throw new Main.UsageError("--port must be between 0 and 65535");
    }
    var out = spec.commandLine().getOut();
    PreviewServer server;
    try {
      server = new PreviewServer(site, port, spec.commandLine().getErr());
    } catch (BindException e) {
      throw new Main.UsageError(
          "port " + port + " on 127.0.0.1 is in use; choose another with --port");
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
