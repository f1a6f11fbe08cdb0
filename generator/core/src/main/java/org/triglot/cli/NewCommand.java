package org.triglot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.triglot.config.SiteConfig;
import org.triglot.config.SiteSources;
import org.triglot.content.Article;
import org.triglot.content.Content;
import org.triglot.content.Slugs;
import org.triglot.content.SourceStamp;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.Suggestions;
import org.triglot.lang.Language;
import org.triglot.lang.Languages;
import org.triglot.site.SiteBuild;
import org.triglot.site.SiteContent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code triglot new}: scaffolds an article (or a translation of an existing one) with its front
 * matter filled in or marked, as a draft. Never overwrites a file.
 */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
      "Creates content/articles/<slug>/<lang>.md from a title, as a draft, with today's date in the site's time zone.",
      "For an article that exists, creates a translation: its file starts with the original's text, is marked",
      "draft (only that language is held back) and is stamped with the original's version for 'status'.",
      "Refuses to overwrite an existing file."
    })
final class NewCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "TITLE", description = "The title, in the language of the file.")
  String title;

  @Option(
      names = "--source",
      paramLabel = "DIR",
      description = "The site folder (default: the current folder).")
  Path source = Path.of(".");

  @Option(
      names = "--lang",
      paramLabel = "TAG",
      description = "A language of the site (default: its first, en on the standard site).")
  String lang;

  @Option(
      names = "--slug",
      paramLabel = "SLUG",
      description = "The article's folder name (default: made from the title).")
  String slug;

  @Option(
      names = "--author",
      paramLabel = "ID",
      description = "An author id from content/authors.yaml; repeat for several.")
  List<String> authors = new ArrayList<>();

  @Option(
      names = "--topic",
      paramLabel = "ID",
      description = "A topic id from content/topics.yaml; repeat for several.")
  List<String> topics = new ArrayList<>();

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "The publication date (default: today in the site's time zone).")
  String date;

  @Override
  public Integer call() throws IOException {
    Path site = SiteFolder.require(source);
    SiteSources sources = SiteSources.of(site);
    SiteContent loaded = SiteBuild.loadContent(sources, new Diagnostics());
    SiteConfig config = loaded.config();
    Content content = loaded.content();
    Language language = language(config.languages());
    if (title.isBlank()) {
      throw new Main.UsageError("the title is empty");
    }
    String folderName = slug != null ? slug : Slugs.suggest(title);
    if (slug == null && folderName.equals("article")) {
      throw new Main.UsageError(
          "give the article's folder name with --slug (lower-case ASCII, e.g. --slug us-china-trade)");
    }
    if (!Slugs.isValid(folderName)) {
      throw new Main.UsageError(
          "--slug \""
              + folderName
              + "\" is not valid: use lower-case ASCII letters, digits and hyphens, e.g. \""
              + Slugs.suggest(folderName)
              + "\"");
    }
    Path file =
        site.resolve("content")
            .resolve("articles")
            .resolve(folderName)
            .resolve(language.fileName());
    if (Files.exists(file)) {
      throw new Main.UsageError(site.relativize(file) + " already exists; not overwriting it");
    }
    Optional<Article> existing = content.findArticle(folderName);
    String text =
        existing.isPresent() ? translation(existing.get(), language) : original(content, config);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    spec.commandLine()
        .getOut()
        .println(
            "created "
                + site.relativize(file)
                + (existing.isPresent()
                    ? " (a draft translation of " + existing.get().primary().fileName() + ")"
                    : " (a draft: remove 'draft: true' to publish)"));
    return Main.OK;
  }

  private String original(Content content, SiteConfig config) {
    List<String> authorIds = authors;
    if (authorIds.isEmpty()) {
      if (content.authors().size() == 1) {
        authorIds = List.copyOf(content.authors().keySet());
      } else if (content.authors().isEmpty()) {
        throw new Main.UsageError("content/authors.yaml has no authors yet; add one first");
      } else {
        throw new Main.UsageError(
            "say who writes it with --author; the authors are "
                + String.join(", ", content.authors().keySet()));
      }
    }
    for (String id : authorIds) {
      known(id, content.authors().keySet(), "author", "content/authors.yaml");
    }
    for (String id : topics) {
      known(id, content.topics().keySet(), "topic", "content/topics.yaml");
    }
    LocalDate day;
    try {
      day =
          date == null
              ? LocalDate.now(Clock.systemUTC().withZone(config.timeZone()))
              : LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new Main.UsageError("--date must be YYYY-MM-DD, e.g. 2026-04-06");
    }
    String nl = "\n";
    return "---"
        + nl
        + "title: "
        + quoted(title)
        + nl
        + "date: "
        + day
        + nl
        + "author: "
        + (authorIds.size() == 1 ? authorIds.get(0) : "[" + String.join(", ", authorIds) + "]")
        + nl
        + "topics: ["
        + String.join(", ", topics)
        + "]"
        + (topics.isEmpty()
            ? "  # ids from content/topics.yaml: " + String.join(", ", content.topics().keySet())
            : "")
        + nl
        + "# summary: One or two sentences for listings and feeds (optional; otherwise the first paragraph is used)."
        + nl
        + "draft: true  # remove this line to publish"
        + nl
        + "---"
        + nl
        + "Write the article here, in Markdown."
        + nl;
  }

  private String translation(Article article, Language language) {
    var original = article.original();
    String nl = "\n";
    return "---"
        + nl
        + "title: "
        + quoted(title)
        + nl
        + (original.hasSummary()
            ? "summary: " + quoted(original.summary()) + "  # translate this" + nl
            : "")
        + "source: "
        + SourceStamp.of(original)
        + "  # the version of "
        + original.language().fileName()
        + " this translation is made from"
        + nl
        + "draft: true  # this translation stays unpublished until you remove this line"
        + nl
        + "---"
        + nl
        + original.body().text();
  }

  /** The language of {@code --lang}: one the site publishes, or its first by default. */
  private Language language(Languages languages) {
    if (lang == null) {
      return languages.first();
    }
    return languages
        .find(lang)
        .orElseThrow(
            () ->
                new Main.UsageError(
                    "--lang must be one of the site's languages: "
                        + String.join(", ", languages.tags())
                        + Language.meant(lang)
                            .filter(languages::contains)
                            .map(l -> " (did you mean " + l.tag() + "?)")
                            .orElse("")));
  }

  private static void known(String id, Set<String> ids, String what, String where) {
    if (!ids.contains(id)) {
      throw new Main.UsageError(
          "unknown "
              + what
              + " \""
              + id
              + "\" in "
              + where
              + Suggestions.nearest(id, ids).map(s -> " (did you mean \"" + s + "\"?)").orElse(""));
    }
  }

  private static String quoted(String text) {
    return "\"" + text.strip().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
