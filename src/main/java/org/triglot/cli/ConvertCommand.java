package org.triglot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.triglot.config.GlossaryLoader;
import org.triglot.config.SiteSources;
import org.triglot.diag.Diagnostics;
import org.triglot.lang.Glossary;
import org.triglot.lang.Language;
import org.triglot.lang.ScriptConverter;
import org.triglot.lang.ScriptConverters;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code triglot convert}: converts Chinese text on standard input from one script to the other,
 * line by line, with the same converter and glossary as the build. Each output line is flushed as
 * soon as it is written, so a program can talk to it through a pipe.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Converts Chinese text between Simplified (zh-Hans) and Traditional (zh-Hant, Taiwan standard) script.",
      "Reads UTF-8 from standard input and writes one converted line for each line read, flushing every line.",
      "The bundled glossary applies, with the site's i18n/zh-Hant.glossary (of --source, default the current folder) over it."
    })
final class ConvertCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand Main parent;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "TAG",
      description = "The script of the input: zh-Hans or zh-Hant.")
  String from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "TAG",
      description = "The script of the output: zh-Hant or zh-Hans.")
  String to;

  @Option(
      names = "--source",
      paramLabel = "DIR",
      description =
          "The site folder whose i18n/zh-Hant.glossary to use (default: the current folder).")
  Path source;

  @Option(
      names = "--glossary",
      paramLabel = "FILE",
      description = "A glossary file to use over the bundled one, instead of the site's.")
  Path glossaryFile;

  @Option(
      names = "--no-glossary",
      description = "Use the dictionaries alone, without any glossary.")
  boolean noGlossary;

  @Override
  public Integer call() {
    Language input = script("--from", from);
    Language output = script("--to", to);
    if (input.equals(output)) {
      throw new Main.UsageError(
          "--from and --to are both " + input.tag() + "; convert between " + convertibleTags());
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Diagnostics diagnostics = new Diagnostics();
    Glossary glossary = glossary(diagnostics);
    diagnostics.all().forEach(d -> err.print(d.format()));
    err.flush();
    if (diagnostics.hasErrors()) {
      long errors = diagnostics.errorCount();
      err.println(
          "convert: "
              + errors
              + (errors == 1 ? " error" : " errors")
              + " in the glossary; nothing converted");
      return Main.CONTENT_ERRORS;
    }
    ScriptConverter converter =
        ScriptConverters.opencc(glossary)
            .between(input, output)
            .orElseThrow(
                () ->
                    new Main.UsageError(
                        "no script conversion from " + input.tag() + " to " + output.tag()));
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(parent.in(), StandardCharsets.UTF_8));
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        out.print(converter.convert(line));
        out.print('\n');
        out.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input", e);
    }
    return Main.OK;
  }

  private Glossary glossary(Diagnostics diagnostics) {
    if (noGlossary) {
      if (glossaryFile != null || source != null) {
        throw new Main.UsageError("--no-glossary cannot be combined with --glossary or --source");
      }
      return Glossary.empty();
    }
    if (glossaryFile != null && source != null) {
      throw new Main.UsageError("give either --glossary or --source, not both");
    }
    if (glossaryFile != null) {
      if (!Files.isRegularFile(glossaryFile)) {
        throw new Main.UsageError("glossary file " + glossaryFile + " does not exist");
      }
      return GlossaryLoader.bundled(diagnostics)
          .overriddenBy(GlossaryLoader.read(glossaryFile, glossaryFile.toString(), diagnostics));
    }
    Path site = source == null ? Path.of(".") : source;
    if (source != null && !Files.isDirectory(site)) {
      throw new Main.UsageError("site folder " + site + " does not exist");
    }
    return GlossaryLoader.load(SiteSources.of(site), diagnostics);
  }

  /** The language of {@code tag} (in any case), if text can be converted into or out of it. */
  private static Language script(String option, String tag) {
    Optional<Language> language =
        Language.parse(tag)
            .or(() -> Language.meant(tag))
            .filter(l -> l.derivableFrom().isPresent());
    if (language.isEmpty()) {
      throw new Main.UsageError(
          option + " must be " + convertibleTags() + " (got \"" + tag + "\")");
    }
    return language.get();
  }

  private static String convertibleTags() {
    return String.join(
        " or ",
        Language.known().stream()
            .filter(l -> l.derivableFrom().isPresent())
            .map(Language::tag)
            .toList());
  }
}
