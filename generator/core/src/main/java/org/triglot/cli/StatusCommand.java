package org.triglot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.triglot.config.SiteSources;
import org.triglot.content.Article;
import org.triglot.content.Content;
import org.triglot.content.SourceStamp;
import org.triglot.content.SourceStampWriter;
import org.triglot.content.TranslationReport;
import org.triglot.content.TranslationState;
import org.triglot.diag.Diagnostics;
import org.triglot.lang.Language;
import org.triglot.lang.Languages;
import org.triglot.site.SiteBuild;
import org.triglot.site.SiteContent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code triglot status}: where every translation stands; {@code --stamp} records what one was made
 * from.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Shows, per article and language, whether the version is the original, a translation that is present",
      "(made from the current original), stale (the original changed since), unstamped, derived by script",
      "conversion, or missing. 'build' publishes the same report at status/ in the built site.",
      "With --stamp, records in each given translation file which version of the original it was made from."
    })
final class StatusCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--source",
      paramLabel = "DIR",
      description = "The site folder (default: the current folder).")
  Path source = Path.of(".");

  @Option(
      names = "--stamp",
      paramLabel = "FILE",
      arity = "1..*",
      description =
          "Translation files to stamp with their original's current version (e.g. content/articles/x/zh-Hans.md).")
  List<Path> stamp = List.of();

  @Option(
      names = "--fail-on-stale",
      description = "Exit with status 1 when a translation is stale.")
  boolean failOnStale;

  @Override
  public Integer call() throws IOException {
    Path site = SiteFolder.require(source);
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    Diagnostics diagnostics = new Diagnostics();
    SiteSources sources = SiteSources.of(site);
    SiteContent loaded = SiteBuild.loadContent(sources, diagnostics);
    Content content = loaded.content();
    Languages languages = loaded.config().languages();
    if (diagnostics.hasErrors()) {
      diagnostics.all().forEach(d -> err.print(d.format()));
      err.println("status: the content has errors; fix them first");
      return Main.CONTENT_ERRORS;
    }
    if (!stamp.isEmpty()) {
      return stampFiles(site, content, languages, out);
    }
    TranslationReport report = TranslationReport.of(content, languages);
    int width =
        Math.max(7, report.rows().stream().mapToInt(r -> r.slug().length()).max().orElse(7));
    StringBuilder header = new StringBuilder(pad("article", width));
    for (Language language : languages.all()) {
      header.append("  ").append(pad(language.tag(), 9));
    }
    out.println(header.toString().stripTrailing());
    for (TranslationReport.Row row : report.rows()) {
      StringBuilder line = new StringBuilder(pad(row.slug(), width));
      for (Language language : languages.all()) {
        line.append("  ").append(pad(row.state(language).label(), 9));
      }
      out.println((line.toString().stripTrailing() + (row.draft() ? "  (draft)" : "")));
    }
    for (Language language : languages.all()) {
      Map<TranslationState, Integer> coverage = report.coverage(language);
      StringBuilder line = new StringBuilder(pad(language.tag() + ":", 9));
      coverage.forEach(
          (status, count) -> {
            if (count > 0) {
              line.append(' ').append(count).append(' ').append(status.label()).append(',');
            }
          });
      line.setLength(line.length() - 1);
      out.println(line + " of " + report.rows().size());
    }
    return failOnStale && report.hasStale() ? Main.CONTENT_ERRORS : Main.OK;
  }

  private int stampFiles(Path site, Content content, Languages languages, PrintWriter out)
      throws IOException {
    for (Path given : stamp) {
      Path file =
          given.isAbsolute()
              ? given.normalize()
              : Path.of("").toAbsolutePath().resolve(given).normalize();
      if (!Files.isRegularFile(file) && Files.isRegularFile(site.resolve(given))) {
        file = site.resolve(given).normalize();
      }
      Path articles = site.resolve("content").resolve("articles");
      if (!Files.isRegularFile(file)
          || !file.startsWith(articles)
          || file.getParent().getParent() == null
          || !file.getParent().getParent().equals(articles)) {
        throw new Main.UsageError(given + " is not an article file under " + articles);
      }
      String slug = file.getParent().getFileName().toString();
      String name = file.getFileName().toString();
      Language language =
          languages.readable().stream()
              .filter(l -> l.fileName().equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      new Main.UsageError(
                          given
                              + " is not a language file ("
                              + String.join(
                                  ", ", languages.all().stream().map(Language::fileName).toList())
                              + ")"));
      Article article =
          content.findArticle(slug).orElseThrow(() -> new Main.UsageError("no article " + slug));
      if (article.primary().equals(language)) {
        throw new Main.UsageError(given + " is the article's original; stamp its translations");
      }
      String value = SourceStamp.of(article.original());
      SourceStampWriter.write(file, value);
      out.println(
          "stamped "
              + site.relativize(file)
              + " with source: "
              + value
              + " (from "
              + article.primary().fileName()
              + ")");
    }
    return Main.OK;
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
