package org.triglot.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.triglot.config.SiteSources;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourcePosition;
import org.triglot.lang.Languages;

/**
 * The load phase: reads {@code content/authors.yaml}, {@code content/topics.yaml} and every article
 * folder (in parallel), collecting all diagnostics. Callers stop the build when any is an error.
 */
public final class ContentLoader {
  private ContentLoader() {}

  public static Content load(
      SiteSources sources, Languages languages, ZoneId zone, Diagnostics diagnostics) {
    Path content = sources.content();
    if (!Files.isDirectory(content) || !sources.admits(content, diagnostics)) {
      diagnostics.error(
          SourcePosition.file(sources.displayPath(content)),
          "the site has no content folder",
          "a site folder holds content/articles/<slug>/en.md, content/authors.yaml and content/topics.yaml");
      return new Content(Map.of(), Map.of(), List.of());
    }
    Path authorsFile = content.resolve("authors.yaml");
    Path topicsFile = content.resolve("topics.yaml");
    for (Path data : List.of(authorsFile, topicsFile)) {
      if (!Files.exists(data, LinkOption.NOFOLLOW_LINKS)) {
        sources.warnIfMisnamed(data, diagnostics);
      }
    }
    Diagnostics authorsFound = new Diagnostics();
    Map<String, Author> authors = DataFiles.authors(authorsFile, sources, authorsFound);
    Diagnostics topicsFound = new Diagnostics();
    Map<String, Topic> topics = DataFiles.topics(topicsFile, sources, topicsFound);
    diagnostics.addAll(authorsFound.all());
    diagnostics.addAll(topicsFound.all());
    IdFile authorIds = IdFile.of(authorsFile, sources, authors.keySet(), authorsFound);
    IdFile topicIds = IdFile.of(topicsFile, sources, topics.keySet(), topicsFound);

    Path articlesRoot = content.resolve("articles");
    List<Path> folders = List.of();
    if (Files.isDirectory(articlesRoot) && sources.admits(articlesRoot, diagnostics)) {
      try (Stream<Path> entries = Files.list(articlesRoot)) {
        List<Path> all =
            entries.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        for (Path stray : all) {
          if (!Files.isDirectory(stray) && sources.admits(stray, diagnostics)) {
            String name = stray.getFileName().toString();
            diagnostics.error(
                SourcePosition.file(sources.displayPath(stray)),
                "\"" + name + "\" is not in an article folder",
                "each article is a folder: move it to content/articles/"
                    + Slugs.suggest(name.replaceFirst("\\.md$", ""))
                    + "/en.md");
          }
        }
        folders =
            all.stream()
                .filter(Files::isDirectory)
                .filter(folder -> sources.admits(folder, diagnostics))
                .toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    ArticleReader reader = new ArticleReader(sources, languages, zone, authorIds, topicIds);
    var articles =
        folders.parallelStream()
            .map(folder -> reader.read(folder, diagnostics))
            .flatMap(Optional::stream)
            .toList();
    authorIds.reportIfMissing("author", diagnostics);
    topicIds.reportIfMissing("topic", diagnostics);
    return new Content(authors, topics, articles);
  }
}
