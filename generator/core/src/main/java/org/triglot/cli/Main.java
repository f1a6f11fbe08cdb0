package org.triglot.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code triglot} command line. Exit codes: 0 success, 1 errors in the site's content, 2 a
 * usage error (bad flags, a missing site folder, an output folder that cannot be used), 3 an
 * internal error (a bug: one line, or its stack trace with {@code --debug}). Only {@link #main}
 * exits the JVM; {@link #run} returns the code, so tests call it directly.
 */
@Command(
    name = "triglot",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Builds a commentary publication as English, Simplified Chinese and Traditional Chinese static sites.",
    subcommands = {
      BuildCommand.class,
      ServeCommand.class,
      NewCommand.class,
      CheckCommand.class,
      StatusCommand.class,
      ConvertCommand.class,
      ImportJBakeCommand.class,
      InitCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int CONTENT_ERRORS = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "On an internal error, print its stack trace.")
  boolean debugOption;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final InputStream in;

  private Main(InputStream in) {
    this.in = in;
  }

  /** Standard input, as {@link #run} was given it. */
  InputStream in() {
    return in;
  }

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, System.in, out, err);
  }

  /** Runs the command line reading {@code in} as standard input; returns the exit code. */
  public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    boolean debug = List.of(args).contains("--debug");
    CommandLine cli = new CommandLine(new Main(in));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(
        e -> e instanceof CommandLine.ParameterException ? USAGE : CONTENT_ERRORS);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          err.println("triglot: " + e.getMessage());
          err.println(
              "Run 'triglot "
                  + (e.getCommandLine().getCommandName().equals("triglot")
                      ? ""
                      : e.getCommandLine().getCommandName() + " ")
                  + "--help' for usage.");
          return USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof UsageError usage) {
            err.println("triglot: " + usage.getMessage());
            return USAGE;
          }
          if (debug) {
            e.printStackTrace(err);
          } else {
            err.println(
                "triglot: internal error: "
                    + e
                    + " (this is a bug in Triglot; run again with --debug for the stack trace)");
          }
          return INTERNAL;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "missing command: build, serve, new, check, status, convert, import-jbake or init");
  }

  /** A command-line mistake the user can fix: printed without a stack trace, exit code 2. */
  static final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
      super(message);
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"triglot " + GeneratorVersion.get()};
    }
  }
}
