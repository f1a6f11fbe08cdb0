package org.triglot.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn triglot:serve}: the live preview, as {@code triglot serve}: built in memory with
 * drafts and scheduled articles shown and marked, rebuilt on every save, open pages reloading
 * themselves. Runs until Maven is stopped (Ctrl-C).
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends TriglotMojo {
  /** The port to serve on. */
  @Parameter(property = "triglot.port", defaultValue = "4321")
  int port;

  /**
   * The address to listen on (default 127.0.0.1). Another address opens the preview, drafts
   * included, to that network.
   */
  @Parameter(property = "triglot.bind")
  String bind;

  @Override
  String command() {
    return "serve";
  }

  @Override
  List<String> arguments() {
    List<String> args = new ArrayList<>(List.of("serve", "--port", String.valueOf(port)));
    if (bind != null && !bind.isBlank()) {
      args.add("--bind");
      args.add(bind.strip());
    }
    return args;
  }
}
