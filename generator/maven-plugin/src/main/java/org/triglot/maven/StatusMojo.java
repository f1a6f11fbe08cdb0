package org.triglot.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code triglot:status}, bound to {@code verify}: the translation status of every article and
 * language (original, current, stale, unstamped, derived or missing), as {@code triglot status}
 * prints it. With {@code failOnStale}, a stale translation fails the build.
 */
@Mojo(name = "status", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class StatusMojo extends TriglotMojo {
  /** Fails the build when a translation is stale (its original changed since it was stamped). */
  @Parameter(property = "triglot.failOnStale", defaultValue = "false")
  boolean failOnStale;

  @Override
  String command() {
    return "status";
  }

  @Override
  String failure() {
    return failOnStale
        ? "triglot status: the content has errors or a translation is stale (failOnStale); see the"
            + " report above"
        : super.failure();
  }

  @Override
  List<String> arguments() {
    List<String> args = new ArrayList<>(List.of("status"));
    if (failOnStale) {
      args.add("--fail-on-stale");
    }
    return args;
  }
}
