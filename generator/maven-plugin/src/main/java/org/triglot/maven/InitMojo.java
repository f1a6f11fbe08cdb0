package org.triglot.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.triglot.cli.Main;

/**
 * {@code mvn org.triglot:triglot-maven-plugin:init -Dtriglot.directory=DIR}: creates a new
 * publication in DIR, as {@code triglot init DIR} does (a pom.xml that uses this plugin, site.yaml,
 * one article in each language, README.md, netlify.toml). Needs no project; never overwrites a
 * file.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends TriglotMojo {
  /** The folder of the new publication; created if missing, and must hold no files of its own. */
  @Parameter(property = "triglot.directory", required = true)
  File directory;

  /** The title of the new publication. */
  @Parameter(property = "triglot.title")
  String title;

  @Override
  String command() {
    return "init";
  }

  @Override
  List<String> arguments() {
    return List.of();
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("triglot init skipped (triglot.skip)");
      return;
    }
    List<String> args =
        title == null || title.isBlank()
            ? List.of("init", directory.getAbsolutePath())
            : List.of("init", directory.getAbsolutePath(), "--title", title.strip());
    int code = run(args, getLog());
    if (code == Main.USAGE || code == Main.CONTENT_ERRORS) {
      throw new MojoFailureException("triglot init could not create " + directory + "; see above");
    }
    if (code != Main.OK) {
      throw new MojoExecutionException("triglot init stopped on an internal error; see above");
    }
  }
}
