package org.triglot.maven;

import java.io.File;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.triglot.cli.Main;

/**
 * What every goal shares: the site folder, {@code skip}, and running one Triglot command in Maven's
 * own JVM, with its output in Maven's log and its exit status turned into the build's result
 * (content errors fail the build; a usage mistake or an internal error stops it).
 */
abstract class TriglotMojo extends AbstractMojo {
  /** The site folder: it holds content/ and may bring templates/, i18n/ and site.yaml. */
  @Parameter(property = "triglot.sourceDirectory", defaultValue = "${basedir}", required = true)
  File sourceDirectory;

  /** Skips the goal. */
  @Parameter(property = "triglot.skip", defaultValue = "false")
  boolean skip;

  /** The command and its options, without {@code --source}. */
  abstract List<String> arguments() throws MojoExecutionException;

  /** The command's name, for messages. */
  abstract String command();

  /** What exit status 1 (errors in the content) means for this command. */
  String failure() {
    return "triglot "
        + command()
        + " found errors in "
        + sourceDirectory
        + " (each is listed above with its file and line)";
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("triglot " + command() + " skipped (triglot.skip)");
      return;
    }
    List<String> args = new ArrayList<>(arguments());
    args.add("--source");
    args.add(sourceDirectory.getAbsolutePath());
    int code = run(args, getLog());
    switch (code) {
      case Main.OK -> {}
      case Main.CONTENT_ERRORS -> throw new MojoFailureException(failure());
      case Main.USAGE ->
          throw new MojoFailureException(
              "triglot " + command() + " could not run; see the message above");
      default ->
          throw new MojoExecutionException(
              "triglot " + command() + " stopped on an internal error; see the message above");
    }
  }

  /**
   * Runs {@code triglot ARGS} in this JVM with the plugin's own class loader as the context loader
   * (Freemarker and ICU look resources up through it), and returns its exit status.
   */
  static int run(List<String> args, Log log) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(TriglotMojo.class.getClassLoader());
    try (PrintWriter out =
            new PrintWriter(new LogLines(false, (level, line) -> log(log, level, line)), true);
        PrintWriter err =
            new PrintWriter(new LogLines(true, (level, line) -> log(log, level, line)), true)) {
      return Main.run(args.toArray(String[]::new), out, err);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static void log(Log log, LogLines.Level level, String line) {
    switch (level) {
      case ERROR -> log.error(line);
      case WARNING -> log.warn(line);
      case INFO -> log.info(line);
    }
  }
}
