package org.triglot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.triglot.jbake.JBakeImporter;
import org.triglot.lang.Language;
import org.triglot.lang.Languages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code triglot import-jbake JBAKE_DIR TARGET_DIR}: converts a JBake 2.x site into a Triglot site
 * folder, never overwriting a file, and prints a report of what it converted, changed, copied and
 * skipped.
 */
@Command(
    name = "import-jbake",
    mixinStandardHelpOptions = true,
    description = {
      "Converts a JBake 2.x site (jbake.properties, content/, assets/) into a Triglot site folder.",
      "Posts become articles (tags become topics, status=draft becomes draft: true); pages, AsciiDoc bodies and",
      "files JBake would not publish are listed as not imported. No existing file in TARGET_DIR is overwritten."
    })
final class ImportJBakeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "JBAKE_DIR", description = "The JBake site folder.")
  Path jbake;

  @Parameters(
      index = "1",
      paramLabel = "TARGET_DIR",
      description = "The Triglot site folder to write (created if missing).")
  Path target;

  @Option(
      names = "--language",
      paramLabel = "TAG",
      description =
          "The language the JBake site is written in (default: English, the first of Triglot's"
              + " default languages).")
  String language;

  @Option(
      names = "--author",
      paramLabel = "NAME",
      defaultValue = "Editor",
      description = "Who posts without an author header are credited to (default: Editor).")
  String author;

  @Override
  public Integer call() {
    JBakeImporter.problem(jbake)
        .ifPresent(
            problem -> {
              throw new Main.UsageError(problem);
            });
    if (language == null) {
      language = Languages.standard().first().tag();
    }
    Language.problem(language)
        .ifPresent(
            problem -> {
              throw new Main.UsageError("--language: " + problem);
            });
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new Main.UsageError(target + " is a file, not a folder to import into");
    }
    if (author.isBlank()) {
      throw new Main.UsageError("--author must name someone");
    }
    PrintWriter out = spec.commandLine().getOut();
    JBakeImporter.Report report;
    try {
      report = new JBakeImporter(jbake, target, language, author.strip()).run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    report.lines().forEach(out::println);
    out.println(
        "import-jbake: "
            + report.articles()
            + (report.articles() == 1 ? " article" : " articles")
            + " imported, "
            + report.skipped()
            + " not imported, into "
            + target
            + "; build it with: triglot build --source "
            + target);
    out.flush();
    return Main.OK;
  }
}
