package org.triglot.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.triglot.config.SiteSources;
import org.triglot.config.SourceFiles;
import org.triglot.config.YamlNode;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourcePosition;
import org.triglot.diag.SourceText;
import org.triglot.diag.Suggestions;
import org.triglot.lang.Language;
import org.triglot.lang.Languages;

/**
 * Reads one article folder: checks the slug and the file names, parses every language file, picks
 * the original version (the one that carries {@code date}) and checks its shared fields against the
 * known authors and topics. Every problem becomes a diagnostic; the article is returned only when
 * it has none.
 */
final class ArticleReader {
  /** The fields Triglot reads; any other field is kept for templates as a param. */
  static final List<String> FIELDS =
      List.of(
          "title", "date", "updated", "author", "topics", "summary", "draft", "expires", "aliases",
          "source");

  /** The fields a translation inherits from its original (and may repeat only unchanged). */
  private static final List<String> SHARED =
      List.of("date", "updated", "author", "topics", "expires", "aliases");

  private final SiteSources sources;
  private final Languages languages;
  private final List<Language> readable;
  private final ZoneId zone;
  private final IdFile authorIds;
  private final IdFile topicIds;

  ArticleReader(
      SiteSources sources, Languages languages, ZoneId zone, IdFile authorIds, IdFile topicIds) {
    this.authorIds = authorIds;
    this.topicIds = topicIds;
    this.sources = sources;
    this.languages = languages;
    this.readable = languages.readable();
    this.zone = zone;
  }

  /** One parsed language file. */
  private record VersionFile(
      Language language, SourceText source, YamlNode.Mapping fields, String body, int bodyLine) {
    Optional<YamlNode> field(String key) {
      return fields.find(key);
    }
  }

  Optional<Article> read(Path folder, Diagnostics diagnostics) {
    Diagnostics local = new Diagnostics();
    String slug = folder.getFileName().toString();
    String folderPath = sources.displayPath(folder) + "/";
    if (!Slugs.isValid(slug)) {
      local.error(
          SourcePosition.file(folderPath),
          "article folder \"" + slug + "\" is not a valid slug",
          "the folder name is the article's URL: use lower-case ASCII letters, digits and hyphens, e.g. \""
              + Slugs.suggest(slug)
              + "\"");
    }
    List<VersionFile> files = new ArrayList<>();
    List<String> resources = new ArrayList<>();
    for (Path file : list(folder)) {
      String name = file.getFileName().toString();
      if (SourceFiles.isEditorLeftover(name)) {
        SourceFiles.warnLeftover(sources.displayPath(file), local);
        continue;
      }
      if (name.startsWith(".") || Files.isDirectory(file) || !sources.admits(file, local)) {
        continue;
      }
      if (!name.endsWith(".md")) {
        resources.add(name);
        continue;
      }
      String displayPath = sources.displayPath(file);
      String tag = name.substring(0, name.length() - 3);
      Optional<Language> language = readable(tag, displayPath, local);
      if (language.isEmpty()) {
        continue;
      }
      sources
          .read(file, local)
          .flatMap(
              text ->
                  FrontMatter.read(text, local)
                      .map(
                          fm ->
                              new VersionFile(
                                  language.get(), text, fm.fields(), fm.body(), fm.bodyLine())))
          .ifPresent(files::add);
    }
    if (files.isEmpty() && !local.hasErrors()) {
      local.error(
          SourcePosition.file(folderPath),
          "article folder has no language file",
          "add " + String.join(" or ", languages.all().stream().map(Language::fileName).toList()));
    }
    Optional<Article> article =
        local.hasErrors() && files.isEmpty()
            ? Optional.empty()
            : assemble(slug, folder, files, resources, local);
    diagnostics.addAll(local.all());
    return local.hasErrors() ? Optional.empty() : article;
  }

  private Optional<Article> assemble(
      String slug,
      Path folder,
      List<VersionFile> files,
      List<String> resources,
      Diagnostics diagnostics) {
    files.sort(Comparator.comparing(VersionFile::language, languages.order()));
    Optional<VersionFile> original =
        files.stream().filter(f -> f.field("date").isPresent()).findFirst();
    if (original.isEmpty()) {
      VersionFile first = files.get(0);
      diagnostics.error(
          first.source().at(1, 1),
          "missing date",
          "the original version of an article carries the shared fields: add 'date: YYYY-MM-DD' to "
              + first.language().fileName());
      return Optional.empty();
    }
    VersionFile primary = original.get();
    Params inherited = params(primary);
    Map<Language, ArticleVersion> versions = new LinkedHashMap<>();
    for (VersionFile file : files) {
      checkFieldNames(file, diagnostics);
      Params params = file == primary ? inherited : inherited.overriddenBy(params(file));
      readVersion(file, params, diagnostics).ifPresent(v -> versions.put(v.language(), v));
    }
    Optional<ZonedDateTime> date = readDate(primary, "date", diagnostics);
    Optional<ZonedDateTime> updated =
        primary.field("updated").isPresent()
            ? readDate(primary, "updated", diagnostics)
            : Optional.empty();
    if (date.isPresent() && updated.isPresent() && updated.get().isBefore(date.get())) {
      diagnostics.error(
          primary.field("updated").get().position(),
          "updated is earlier than date",
          "'updated' is when the article last changed: on or after its date "
              + date.get().toLocalDate());
      updated = Optional.empty();
    }
    List<Alias> aliases = readAliases(primary, slug, diagnostics);
    List<String> authorIds = readIds(primary, "author", this.authorIds, "author", diagnostics);
    if (primary.field("author").isEmpty()) {
      diagnostics.error(
          primary.source().at(1, 1),
          "missing author",
          "add 'author: <id>' with an id from content/authors.yaml (a list for several authors)");
    }
    List<String> topicIds = readIds(primary, "topics", this.topicIds, "topic", diagnostics);
    boolean draft = readFlag(primary, "draft", diagnostics);
    Optional<ZonedDateTime> expires =
        primary.field("expires").isPresent()
            ? readDate(primary, "expires", diagnostics)
            : Optional.empty();
    for (VersionFile translation : files) {
      if (translation != primary) {
        checkInheritedFields(primary, translation, diagnostics);
      }
    }
    if (diagnostics.hasErrors() || date.isEmpty() || !versions.containsKey(primary.language())) {
      return Optional.empty();
    }
    Schedule schedule = new Schedule(date.get(), updated, expires, draft);
    SharedFields shared =
        new SharedFields(primary.language(), schedule, authorIds, topicIds, aliases);
    return Optional.of(new Article(slug, folder, shared, versions, resources));
  }

  private Optional<ArticleVersion> readVersion(
      VersionFile file, Params params, Diagnostics diagnostics) {
    Optional<String> title = text(file, "title", diagnostics);
    if (file.field("title").isEmpty()) {
      diagnostics.error(
          file.source().at(1, 1), "missing title", "add 'title: ...' to the front matter");
    } else if (title.isPresent() && title.get().isBlank()) {
      diagnostics.error(file.field("title").get().position(), "empty title", "");
    }
    String summary = text(file, "summary", diagnostics).orElse("");
    if (file.body().isBlank()) {
      int line = Math.min(file.bodyLine(), file.source().lineCount());
      diagnostics.error(
          file.source().at(line, 1),
          "empty article body",
          "write the article in Markdown below the front matter's closing '---'");
      return Optional.empty();
    }
    if (title.isEmpty() || title.get().isBlank()) {
      return Optional.empty();
    }
    String stamp = text(file, "source", diagnostics).orElse("").strip();
    if (!stamp.isEmpty() && !SourceStamp.isWellFormed(stamp)) {
      diagnostics.error(
          file.field("source").get().position(),
          "\"source\" must be a stamp written by 'triglot status --stamp'",
          "run: triglot status --stamp " + file.source().path());
    }
    MarkdownSource body = new MarkdownSource(file.source().path(), file.bodyLine(), file.body());
    return Optional.of(
        ArticleVersionBuilder.builder()
            .language(file.language())
            .body(body)
            .title(title.get().strip())
            .summary(summary.strip())
            .sourceStamp(stamp)
            .draft(readFlag(file, "draft", diagnostics))
            .params(params)
            .build());
  }

  /** The fields of a file that Triglot does not read, with their YAML types. */
  private static Params params(VersionFile file) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (YamlNode.Entry entry : file.fields().entries().values()) {
      if (!FIELDS.contains(entry.key())) {
        FrontMatterValues.of(entry.value()).ifPresent(v -> values.put(entry.key(), v));
      }
    }
    return new Params(values);
  }

  /** {@code aliases}: old slugs, each a valid slug other than the article's own. */
  private List<Alias> readAliases(VersionFile file, String slug, Diagnostics diagnostics) {
    Optional<YamlNode> node = file.field("aliases");
    if (node.isEmpty()) {
      return List.of();
    }
    if (!(node.get() instanceof YamlNode.Sequence)
        && !(node.get() instanceof YamlNode.Scalar scalar && !scalar.isNull())) {
      diagnostics.error(
          node.get().position(),
          "\"aliases\" must be an old slug or a list of them",
          "e.g. aliases: [old-slug, older-slug]");
      return List.of();
    }
    List<Alias> aliases = new ArrayList<>();
    List<YamlNode> items =
        node.get() instanceof YamlNode.Sequence seq ? seq.items() : List.of(node.get());
    for (YamlNode item : items) {
      String alias = item instanceof YamlNode.Scalar s ? s.value().strip() : "";
      if (!Slugs.isValid(alias)) {
        diagnostics.error(
            item.position(),
            "alias \"" + alias + "\" is not a valid slug",
            "an alias is the old folder name of the article: lower-case ASCII letters, digits and hyphens");
      } else if (alias.equals(slug)) {
        diagnostics.error(
            item.position(),
            "alias \"" + alias + "\" is the article's own slug",
            "list only the slugs the article had before it was renamed");
      } else if (aliases.stream().anyMatch(a -> a.slug().equals(alias))) {
        diagnostics.warning(item.position(), "alias \"" + alias + "\" is listed twice", "");
      } else {
        aliases.add(new Alias(alias, item.position()));
      }
    }
    return aliases;
  }

  private void checkFieldNames(VersionFile file, Diagnostics diagnostics) {
    for (YamlNode.Entry entry : file.fields().entries().values()) {
      if (!FIELDS.contains(entry.key())) {
        Suggestions.nearest(entry.key(), FIELDS)
            .ifPresent(
                known ->
                    diagnostics.warning(
                        entry.keyPosition(),
                        "unknown field \""
                            + entry.key()
                            + "\" is kept for templates as article.params."
                            + entry.key(),
                        "did you mean \"" + known + "\"?"));
      }
    }
  }

  /** A translation may repeat a shared field only with the original's value. */
  private void checkInheritedFields(
      VersionFile primary, VersionFile translation, Diagnostics diagnostics) {
    Diagnostics ignored = new Diagnostics();
    for (String key : SHARED) {
      Optional<YamlNode> own = translation.field(key);
      if (own.isEmpty()) {
        continue;
      }
      boolean same =
          switch (key) {
            case "date", "updated", "expires" ->
                readDate(translation, key, ignored).equals(readDate(primary, key, ignored));
            default -> rawIds(translation, key).equals(rawIds(primary, key));
          };
      if (!same) {
        diagnostics.error(
            own.get().position(),
            "\""
                + key
                + "\" differs from "
                + primary.language().fileName()
                + ", the article's original",
            "a translation inherits "
                + key
                + " from its original; remove it here or make it the same");
      }
    }
  }

  private Optional<String> text(VersionFile file, String key, Diagnostics diagnostics) {
    Optional<YamlNode> node = file.field(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof YamlNode.Scalar scalar) {
      return Optional.of(scalar.value());
    }
    diagnostics.error(
        node.get().position(),
        "\"" + key + "\" must be text, not a " + node.get().kind(),
        "quote text that starts with '[' or '{'");
    return Optional.empty();
  }

  private Optional<ZonedDateTime> readDate(VersionFile file, String key, Diagnostics diagnostics) {
    Optional<YamlNode> node = file.field(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    Optional<ZonedDateTime> date =
        node.get() instanceof YamlNode.Scalar s
            ? PublicationDates.parse(s.value(), zone)
            : Optional.empty();
    if (date.isEmpty()) {
      String shown =
          node.get() instanceof YamlNode.Scalar s
              ? "\"" + s.value() + "\""
              : "a " + node.get().kind();
      diagnostics.error(
          node.get().position(),
          "cannot read " + key + " " + shown,
          "write it as YYYY-MM-DD (e.g. 2021-04-06), optionally with a time: 2021-04-06T09:30 or 2021-04-06T09:30:00+08:00");
    }
    return date;
  }

  private boolean readFlag(VersionFile file, String key, Diagnostics diagnostics) {
    Optional<YamlNode> node = file.field(key);
    if (node.isEmpty()) {
      return false;
    }
    if (node.get() instanceof YamlNode.Scalar s) {
      switch (s.value().strip()) {
        case "true", "True", "TRUE", "yes":
          return true;
        case "false", "False", "FALSE", "no":
          return false;
        default:
          break;
      }
    }
    diagnostics.error(node.get().position(), "\"" + key + "\" must be true or false", "");
    return false;
  }

  private static List<YamlNode.Scalar> scalars(YamlNode node) {
    if (node instanceof YamlNode.Scalar s) {
      return s.isNull() ? List.of() : List.of(s);
    }
    if (node instanceof YamlNode.Sequence seq) {
      return seq.items().stream()
          .filter(YamlNode.Scalar.class::isInstance)
          .map(YamlNode.Scalar.class::cast)
          .toList();
    }
    return List.of();
  }

  private static List<String> rawIds(VersionFile file, String key) {
    return file.field(key)
        .map(node -> scalars(node).stream().map(s -> s.value().strip()).toList())
        .orElse(List.of());
  }

  private List<String> readIds(
      VersionFile file, String key, IdFile ids, String what, Diagnostics diagnostics) {
    Set<String> known = ids.known();
    Optional<YamlNode> node = file.field(key);
    if (node.isEmpty()) {
      return List.of();
    }
    if (node.get() instanceof YamlNode.Mapping
        || (node.get() instanceof YamlNode.Sequence seq
            && seq.items().stream().anyMatch(i -> !(i instanceof YamlNode.Scalar)))) {
      diagnostics.error(
          node.get().position(),
          "\"" + key + "\" must be an id or a list of ids",
          "e.g. " + key + ": [first-id, second-id]");
      return List.of();
    }
    List<String> found = new ArrayList<>();
    for (YamlNode.Scalar scalar : scalars(node.get())) {
      String id = scalar.value().strip();
      if (!known.contains(id)) {
        if (ids.isUsable()) {
          diagnostics.error(
              scalar.position(),
              "unknown " + what + " \"" + id + "\"",
              Suggestions.nearest(id, known)
                  .map(s -> "did you mean \"" + s + "\"?")
                  .orElse(what + "s are defined in " + ids.displayPath()));
        } else {
          ids.referencedAt(scalar.position());
        }
      } else if (found.contains(id)) {
        diagnostics.warning(scalar.position(), what + " \"" + id + "\" is listed twice", "");
      } else {
        found.add(id);
      }
    }
    return found;
  }

  /**
   * The language of a file named {@code tag}.md when the site reads it; otherwise a diagnostic: an
   * error for a name that is no language tag or a misspelt one the site reads, a warning for a
   * language the site does not publish (the file is ignored).
   */
  private Optional<Language> readable(String tag, String displayPath, Diagnostics diagnostics) {
    for (Language language : readable) {
      if (language.tag().equals(tag)) {
        return Optional.of(language);
      }
    }
    SourcePosition at = new SourcePosition(displayPath, 1, 1, "");
    Optional<Language> parsed = Language.parse(tag);
    boolean misspelt = Language.meant(tag).filter(readable::contains).isPresent();
    if (parsed.isEmpty() || misspelt) {
      diagnostics.error(at, "\"" + tag + ".md\" is not a known language file", fileNameHint(tag));
    } else {
      diagnostics.warning(
          at,
          "\"" + tag + ".md\" is ignored: the site does not publish " + tag,
          "add " + tag + " to languages in site.yaml to publish it");
    }
    return Optional.empty();
  }

  private String fileNameHint(String tag) {
    return Language.meant(tag)
        .map(l -> "rename it to \"" + l.fileName() + "\" (language names are case-sensitive)")
        .orElse(
            "an article folder holds "
                + String.join(", ", languages.all().stream().map(Language::fileName).toList()));
  }

  private static List<Path> list(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
