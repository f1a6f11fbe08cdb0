package org.triglot.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code triglot:build}, bound to {@code package}: builds the publication's three sites into the
 * output folder, all or nothing, as {@code triglot build} does. A content error fails the build
 * with every diagnostic in the log; the previous output stays as it was, without its completion
 * mark.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends TriglotMojo {
  /** Where the site goes. */
  @Parameter(
      property = "triglot.outputDirectory",
      defaultValue = "${project.build.directory}/site",
      required = true)
  File outputDirectory;

  /**
   * The URL the site is served from, instead of site.yaml's {@code baseUrl} (deploy previews, a
   * project site under a sub-path). Empty: site.yaml's.
   */
  @Parameter(property = "triglot.baseUrl")
  String baseUrl;

  /** Includes articles marked {@code draft: true}. */
  @Parameter(property = "triglot.drafts", defaultValue = "false")
  boolean drafts;

  /** Includes articles dated in the future. */
  @Parameter(property = "triglot.future", defaultValue = "false")
  boolean future;

  /**
   * Builds without the build cache ({@code .triglot-cache} beside the output folder, which {@code
   * mvn clean} removes with the rest of {@code target}): every Markdown body, derived edition and
   * search index is made again.
   */
  @Parameter(property = "triglot.noCache", defaultValue = "false")
  boolean noCache;

  @Override
  String command() {
    return "build";
  }

  @Override
  List<String> arguments() {
    List<String> args =
        new ArrayList<>(List.of("build", "--out", outputDirectory.getAbsolutePath()));
    if (baseUrl != null && !baseUrl.isBlank()) {
      args.add("--base-url=" + baseUrl.strip());
    }
    if (drafts) {
      args.add("--drafts");
    }
    if (future) {
      args.add("--future");
    }
    if (noCache) {
      args.add("--no-cache");
    }
    return args;
  }
}
