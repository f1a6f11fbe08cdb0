package org.triglot.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code triglot:check}, bound to {@code verify}: every validation of the build, then a link check
 * of the built pages, feeds and sitemap, as {@code triglot check} does. A broken link or a content
 * error fails the build.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends TriglotMojo {
  /** Checks drafts too. */
  @Parameter(property = "triglot.drafts", defaultValue = "false")
  boolean drafts;

  /** Checks articles dated in the future too. */
  @Parameter(property = "triglot.future", defaultValue = "false")
  boolean future;

  @Override
  String command() {
    return "check";
  }

  @Override
  List<String> arguments() {
    List<String> args = new ArrayList<>(List.of("check"));
    if (drafts) {
      args.add("--drafts");
    }
    if (future) {
      args.add("--future");
    }
    return args;
  }
}
