package org.triglot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.triglot.config.GlossaryLoader;
import org.triglot.config.SiteConfigLoader;
import org.triglot.config.SiteSources;
import org.triglot.diag.Diagnostic;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.Severity;
import org.triglot.lang.ChineseConversion;
import org.triglot.lang.Glossary;
import org.triglot.lang.Language;
import org.triglot.lang.ScriptConverter;
import org.triglot.lang.ScriptConverters;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code triglot convert}: converts Chinese text on standard input from one script to the other,
 * line by line, with the same converter and glossary as the build. Only the script changes: each
 * line keeps its own ending (LF, CRLF, a lone CR, or none at the end), and a byte-order mark stays.
 * Each output line is flushed as soon as it is written, so a program can talk to it through a pipe.
 * Input that is not UTF-8 is refused at its first bad byte (exit code 1): the lines before it have
 * been written by then, nothing of the line it is on.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Converts Chinese text between Simplified (zh-Hans) and Traditional (zh-Hant) script.",
      "Reads UTF-8 from standard input and writes one converted line for each line read, flushing every line.",
      "Each line keeps its own ending (LF, CRLF or CR); input that is not valid UTF-8 stops it with exit code 1.",
      "The bundled glossary applies, with the site's i18n/zh-Hant.glossary (of --source, default the current folder) over it.",
      "The Traditional standard is the site's (conversion in site.yaml; Taiwan forms if it sets none) unless --standard or --phrases is given."
    })
final class ConvertCommand implements Callable<Integer> {
  /** How the input is named in diagnostics. */
  static final String STDIN = "<stdin>";

  /** The longest line start that an encoding error quotes. */
  private static final int SHOWN_LINE_LENGTH = 120;

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

  @Option(
      names = "--standard",
      paramLabel = "STANDARD",
      description =
          "The Traditional Chinese standard: tw (Taiwan forms), hk (Hong Kong forms) or opencc"
              + " (OpenCC's forms). Default: the site's, else tw.")
  String standard;

  @Option(
      names = "--phrases",
      description = "Taiwan vocabulary as well as Taiwan forms (软件 → 軟體); only with tw.")
  boolean phrases;

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
    ChineseConversion conversion = conversion(diagnostics);
    Glossary glossary = glossary(conversion.standard(), diagnostics);
    diagnostics.all().forEach(d -> err.print(d.format()));
    err.flush();
    if (diagnostics.hasErrors()) {
      long errors = diagnostics.errorCount();
      err.println(
          "convert: "
              + errors
              + (errors == 1 ? " error" : " errors")
              + " in the glossary or site.yaml; nothing converted");
      return Main.CONTENT_ERRORS;
    }
    ScriptConverter converter =
        ScriptConverters.opencc(glossary, conversion)
            .between(input, output)
            .orElseThrow(
                () ->
                    new Main.UsageError(
                        "no script conversion from " + input.tag() + " to " + output.tag()));
    Utf8LineReader lines = new Utf8LineReader(parent.in());
    try {
      for (Optional<Utf8LineReader.Line> line = lines.read();
          line.isPresent();
          line = lines.read()) {
        out.print(converter.convert(line.get().text()));
        out.print(line.get().ending());
        if (!lines.hasBufferedInput()) {
          out.flush();
        }
      }
    } catch (Utf8LineReader.InvalidUtf8 e) {
      out.flush();
      err.print(notUtf8(e).format());
      err.println("convert: stopped at line " + e.line() + "; " + written(e.line() - 1));
      err.flush();
      return Main.CONTENT_ERRORS;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input", e);
    }
    return Main.OK;
  }

  /** What became of the lines before the one that stopped the conversion. */
  private static String written(long lines) {
    if (lines == 0) {
      return "nothing was written";
    }
    return (lines == 1 ? "line 1 was" : "lines 1 to " + lines + " were") + " converted and written";
  }

  /**
   * The diagnostic for input that is not UTF-8: line, column and byte offset, the bad bytes, and
   * the line's text up to them when it is short and printable.
   */
  private static Diagnostic notUtf8(Utf8LineReader.InvalidUtf8 e) {
    StringBuilder bytes = new StringBuilder();
    for (byte b : e.bytes()) {
      bytes.append(bytes.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", b));
    }
    String before = e.textBefore();
    boolean showable =
        before.length() <= SHOWN_LINE_LENGTH && before.codePoints().allMatch(c -> printable(c));
    return new Diagnostic(
        STDIN,
        (int) Math.min(e.line(), Integer.MAX_VALUE),
        e.column(),
        Severity.ERROR,
        "the input is not valid UTF-8 at byte offset "
            + e.byteOffset()
            + " ("
            + bytes
            + " is not a UTF-8 character)",
        "convert reads UTF-8 only; re-encode the text first (e.g. iconv -f GB18030 -t UTF-8,"
            + " or -f BIG5 for Big5); byte offsets count from 0, as xxd shows them",
        showable ? before + "\uFFFD" : "");
  }

  /**
   * Whether a character may be echoed to a terminal: not a control (tab aside), nor a format
   * character such as a bidirectional override, nor a line or paragraph separator.
   */
  private static boolean printable(int c) {
    int type = Character.getType(c);
    return c == '\t'
        || (type != Character.CONTROL
            && type != Character.FORMAT
            && type != Character.LINE_SEPARATOR
            && type != Character.PARAGRAPH_SEPARATOR);
  }

  private Glossary glossary(ChineseConversion.Standard standard, Diagnostics diagnostics) {
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
          .writtenIn(standard)
          .overriddenBy(GlossaryLoader.read(glossaryFile, glossaryFile.toString(), diagnostics));
    }
    Path site = source == null ? Path.of(".") : source;
    if (source != null && !Files.isDirectory(site)) {
      throw new Main.UsageError("site folder " + site + " does not exist");
    }
    return GlossaryLoader.load(SiteSources.of(site), standard, diagnostics);
  }

  /**
   * The conversion {@code --standard} and {@code --phrases} choose; without either, the one the
   * site's site.yaml sets (when there is a site.yaml).
   */
  private ChineseConversion conversion(Diagnostics diagnostics) {
    if (standard == null && !phrases) {
      Path site = source == null ? Path.of(".") : source;
      SiteSources sources = SiteSources.of(site);
      if (Files.isRegularFile(sources.siteConfig())) {
        return SiteConfigLoader.load(sources, diagnostics).conversion();
      }
      return ChineseConversion.DEFAULT;
    }
    ChineseConversion.Standard chosen = ChineseConversion.DEFAULT.standard();
    if (standard != null) {
      chosen =
          ChineseConversion.Standard.of(standard.toLowerCase(Locale.ROOT))
              .orElseThrow(
                  () ->
                      new Main.UsageError(
                          "--standard must be "
                              + ChineseConversion.Standard.keys()
                              + " (got \""
                              + standard
                              + "\")"));
    }
    if (phrases && chosen != ChineseConversion.Standard.TW) {
      throw new Main.UsageError(
          "--phrases: " + ChineseConversion.phrasesProblem(chosen) + "; leave out --phrases");
    }
    return new ChineseConversion(chosen, phrases);
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
