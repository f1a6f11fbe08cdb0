package org.triglot.jbake;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.triglot.content.Slugs;

/**
 * Converts a JBake 2.x site into a Triglot site folder: {@code jbake.properties} into {@code
 * site.yaml}, each published or draft post into {@code content/articles/<slug>/<lang>.md}, its tags
 * into topics of {@code content/topics.yaml}, its author into {@code content/authors.yaml}, the
 * files its body refers to into its article folder, and the asset folder into {@code
 * templates/assets/}. Pages ({@code type=page}), AsciiDoc bodies and files JBake would not publish
 * are listed as not imported. It never overwrites a file that exists in the target: such a file is
 * listed and left alone. Everything it does is in the returned {@link Report}.
 */
public final class JBakeImporter {
  private static final Set<String> MARKDOWN = Set.of("md", "markdown");
  private static final Set<String> HTML = Set.of("html", "htm");
  private static final Set<String> ASCIIDOC = Set.of("adoc", "asciidoc", "ad", "asc");

  /** JBake's own header keys, which become Triglot fields or are dropped. */
  private static final Set<String> JBAKE_KEYS =
      Set.of("title", "date", "type", "status", "tags", "author", "summary", "description", "uri");

  /** Front-matter keys Triglot interprets, which a JBake header may not pass on as they are. */
  private static final Set<String> TRIGLOT_KEYS =
      Set.of("updated", "topics", "draft", "expires", "aliases", "source");

  private static final Pattern MARKDOWN_LINK = Pattern.compile("(!?\\[[^\\]]*\\]\\()([^)\\s]+)");
  private static final Pattern HTML_LINK =
      Pattern.compile("((?:src|href)\\s*=\\s*[\"'])([^\"']+)", Pattern.CASE_INSENSITIVE);

  private final Path jbake;
  private final Path target;
  private final String language;
  private final String defaultAuthor;
  private final Report report = new Report();

  private final Map<String, String> topics = new TreeMap<>();
  private final Map<String, String> authors = new TreeMap<>();
  private final Set<String> slugs = new HashSet<>();

  /**
   * An import of the JBake site in {@code jbake} into {@code target}, writing articles in {@code
   * language}; posts without an author header are credited to {@code defaultAuthor}.
   */
  public JBakeImporter(Path jbake, Path target, String language, String defaultAuthor) {
    this.jbake = jbake;
    this.target = target;
    this.language = language;
    this.defaultAuthor = defaultAuthor;
  }

  /** What an import did, one line an item, in the order it happened. */
  public static final class Report {
    private final List<String> lines = new ArrayList<>();
    private int articles;
    private int skipped;

    void add(String verb, String what) {
      lines.add(String.format(Locale.ROOT, "%-10s %s", verb, what));
    }

    public List<String> lines() {
      return List.copyOf(lines);
    }

    public int articles() {
      return articles;
    }

    public int skipped() {
      return skipped;
    }
  }

  /** The problem with {@code jbake} as a JBake site folder, if there is one. */
  public static Optional<String> problem(Path jbake) {
    if (!Files.isDirectory(jbake)) {
      return Optional.of(jbake + " is not a folder");
    }
    if (!Files.isRegularFile(jbake.resolve("jbake.properties"))) {
      return Optional.of(jbake + " has no jbake.properties, so it is not a JBake site folder");
    }
    return Optional.empty();
  }

  /** Runs the import. */
  public Report run() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(jbake.resolve("jbake.properties"))) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    String dateFormat = properties.getProperty("date.format", "yyyy-MM-dd").strip();
    DateTimeFormatter dates;
    try {
      dates = DateTimeFormatter.ofPattern(dateFormat, Locale.ROOT);
    } catch (IllegalArgumentException e) {
      report.add(
          "skipped", "date.format \"" + dateFormat + "\": not a date pattern; yyyy-MM-dd used");
      dates = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    }
    // JBake 2.7's own default.properties: a file without a status is a draft.
    String defaultStatus = properties.getProperty("default.status", "draft").strip();
    String defaultType = properties.getProperty("default.type", "").strip();
    Path content = jbake.resolve(properties.getProperty("content.folder", "content").strip());
    Path assets = jbake.resolve(properties.getProperty("asset.folder", "assets").strip());

    writeSiteConfig(properties.getProperty("site.host", "").strip());
    if (Files.isDirectory(content)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(content)) {
        files =
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
      }
      for (Path file : files) {
        importFile(file, content, assets, dates, dateFormat, defaultStatus, defaultType);
      }
    } else {
      report.add("skipped", jbake.relativize(content) + "/: no content folder");
    }
    writeData("content/authors.yaml", authorsYaml(), "authors");
    writeData("content/topics.yaml", topicsYaml(), "topics");
    copyAssets(assets);
    Path templates = jbake.resolve(properties.getProperty("template.folder", "templates").strip());
    if (Files.isDirectory(templates)) {
      report.add(
          "skipped",
          jbake.relativize(templates)
              + "/: JBake's templates use JBake's model; the site uses Triglot's bundled templates"
              + " until it has its own (see README, Coming from JBake)");
    }
    return report;
  }

  private void importFile(
      Path file,
      Path content,
      Path assets,
      DateTimeFormatter dates,
      String dateFormat,
      String defaultStatus,
      String defaultType)
      throws IOException {
    String name = jbake.relativize(file).toString().replace('\\', '/');
    String extension = extension(file);
    boolean markdown = MARKDOWN.contains(extension);
    boolean html = HTML.contains(extension);
    if (!markdown && !html && !ASCIIDOC.contains(extension)) {
      return; // an image or other file; copied with the post that refers to it
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      skip(name, "not UTF-8 text");
      return;
    }
    Optional<JBakeFile> parsed = JBakeFile.parse(text);
    if (parsed.isEmpty()) {
      skip(name, "no JBake header (key=value lines ending in " + JBakeFile.SEPARATOR + ")");
      return;
    }
    Map<String, String> headers = parsed.get().headers();
    String type = headers.getOrDefault("type", defaultType);
    if (type.isEmpty()) {
      skip(name, "no type and no default.type in jbake.properties");
      return;
    }
    if (!type.equals("post")) {
      skip(
          name,
          "type="
              + type
              + ": Triglot publishes articles; write the page as a template or an article");
      return;
    }
    if (ASCIIDOC.contains(extension)) {
      skip(name, "AsciiDoc body: convert it to Markdown (e.g. asciidoctor -b docbook | pandoc)");
      return;
    }
    String status = headers.getOrDefault("status", defaultStatus);
    if (!status.equals("published") && !status.equals("draft")) {
      skip(
          name,
          status.isEmpty()
              ? "no status (default.status is empty in jbake.properties): JBake does not publish it"
              : "status=" + status + ": neither published nor draft");
      return;
    }
    String title = headers.getOrDefault("title", "");
    if (title.isEmpty()) {
      skip(name, "no title");
      return;
    }
    String date = headers.getOrDefault("date", "");
    String isoDate;
    try {
      isoDate = isoDate(dates.parse(date));
    } catch (DateTimeParseException e) {
      skip(
          name,
          date.isEmpty()
              ? "no date"
              : "date \"" + date + "\" does not match date.format " + dateFormat);
      return;
    }

    String slug = Slugs.suggest(baseName(file));
    String unique = slug;
    for (int n = 2; slugs.contains(unique); n++) {
      unique = slug + "-" + n;
    }
    slug = unique;
    Path folder = target.resolve("content/articles").resolve(slug);
    if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      skip(name, "content/articles/" + slug + "/ exists in the target (not overwritten)");
      return;
    }
    slugs.add(slug);
    String articlePath = "content/articles/" + slug + "/" + language + ".md";

    StringBuilder front = new StringBuilder("---\n");
    front.append("title: ").append(quoted(title)).append('\n');
    front.append("date: ").append(isoDate).append('\n');
    front.append("author: ").append(author(name, headers.get("author"))).append('\n');
    List<String> topicIds = topics(name, headers.getOrDefault("tags", ""));
    if (!topicIds.isEmpty()) {
      front.append("topics: [").append(String.join(", ", topicIds)).append("]\n");
    }
    String summary = headers.getOrDefault("summary", headers.getOrDefault("description", ""));
    if (!summary.isEmpty()) {
      front.append("summary: ").append(quoted(summary)).append('\n');
    }
    if (status.equals("draft")) {
      front.append("draft: true\n");
      report.add("changed", name + ": status=draft → draft: true");
    }
    for (Map.Entry<String, String> header : headers.entrySet()) {
      String key = header.getKey();
      if (JBAKE_KEYS.contains(key)) {
        continue;
      }
      if (key.matches("[a-z][A-Za-z0-9_]*") && !TRIGLOT_KEYS.contains(key)) {
        front.append(key).append(": ").append(quoted(header.getValue())).append('\n');
        report.add(
            "changed", name + ": header " + key + " kept as a field (article.params." + key + ")");
      } else {
        report.add("skipped", name + ": header " + key + " (no Triglot field of that name)");
      }
    }
    front.append("---\n");

    String body = parsed.get().body();
    body = copyReferences(name, file, content, assets, folder, body, html);
    if (html) {
      report.add(
          "changed",
          name + ": HTML body kept as raw HTML in " + articlePath + "; check how it renders");
    }
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve(language + ".md"),
        front + body.strip() + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE_NEW);
    report.articles++;
    report.add("converted", name + " → " + articlePath);
  }

  private void skip(String name, String why) {
    report.skipped++;
    report.add("skipped", name + ": " + why);
  }

  /** The author id for a post: its author header's, else the default author's. */
  private String author(String name, String header) {
    String author = header == null || header.isBlank() ? defaultAuthor : header.strip();
    String id = Slugs.suggest(author);
    authors.putIfAbsent(id, author);
    if (header == null || header.isBlank()) {
      report.add(
          "changed", name + ": no author header; credited to \"" + author + "\" (" + id + ")");
    }
    return id;
  }

  /** Topic ids for a post's {@code tags}: each label made a safe id, the label kept. */
  private List<String> topics(String name, String tags) {
    List<String> ids = new ArrayList<>();
    for (String tag : tags.split(",")) {
      String label = tag.strip();
      if (label.isEmpty()) {
        continue;
      }
      String base = Slugs.suggest(label);
      String id = base;
      for (int n = 2; topics.containsKey(id) && !topics.get(id).equals(label); n++) {
        id = base + "-" + n;
      }
      if (topics.putIfAbsent(id, label) == null && !id.equals(label)) {
        report.add("changed", "tag \"" + label + "\" → topic " + id);
      }
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /**
   * Copies each local file the body refers to (images, downloads) into the article folder and
   * points the reference at the copy: a relative reference is read from the post's own folder, one
   * starting with "/" from the asset folder (where JBake serves it from) or the content folder.
   */
  private String copyReferences(
      String name, Path file, Path content, Path assets, Path folder, String body, boolean html)
      throws IOException {
    Map<String, String> copied = new LinkedHashMap<>();
    String rewritten = body;
    for (Pattern pattern :
        html ? List.of(HTML_LINK, MARKDOWN_LINK) : List.of(MARKDOWN_LINK, HTML_LINK)) {
      Matcher m = pattern.matcher(rewritten);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String reference = m.group(2);
        String replacement = reference;
        Path source = referencedFile(reference, file, content, assets);
        if (source != null) {
          replacement = copied.get(reference);
          if (replacement == null) {
            replacement = uniqueName(folder, source.getFileName().toString(), copied.values());
            copied.put(reference, replacement);
            Files.createDirectories(folder);
            Files.copy(source, folder.resolve(replacement));
            report.add(
                "copied",
                jbake.relativize(source).toString().replace('\\', '/')
                    + " → "
                    + target.relativize(folder.resolve(replacement)).toString().replace('\\', '/')
                    + " (referred to as "
                    + replacement
                    + ")");
          }
        }
        m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + replacement));
      }
      m.appendTail(out);
      rewritten = out.toString();
    }
    return rewritten;
  }

  private Path referencedFile(String reference, Path file, Path content, Path assets) {
    if (reference.isEmpty()
        || reference.startsWith("#")
        || reference.startsWith("//")
        || reference.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
      return null;
    }
    String path = reference.replaceAll("[?#].*$", "");
    if (path.isEmpty() || path.endsWith("/")) {
      return null;
    }
    List<Path> candidates =
        path.startsWith("/")
            ? List.of(assets.resolve(path.substring(1)), content.resolve(path.substring(1)))
            : List.of(file.getParent().resolve(path));
    Path root = jbake.toAbsolutePath().normalize();
    for (Path candidate : candidates) {
      Path normalized = candidate.toAbsolutePath().normalize();
      String extension = extension(normalized);
      if (normalized.startsWith(root)
          && Files.isRegularFile(normalized, LinkOption.NOFOLLOW_LINKS)
          && !MARKDOWN.contains(extension)
          && !HTML.contains(extension)
          && !ASCIIDOC.contains(extension)) {
        return normalized;
      }
    }
    return null;
  }

  private static String uniqueName(Path folder, String name, Collection<String> taken) {
    String candidate = name;
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String extension = dot > 0 ? name.substring(dot) : "";
    for (int n = 2;
        taken.contains(candidate)
            || candidate.equals("en.md")
            || Files.exists(folder.resolve(candidate));
        n++) {
      candidate = stem + "-" + n + extension;
    }
    return candidate;
  }

  private void writeSiteConfig(String host) throws IOException {
    StringBuilder yaml = new StringBuilder("# Imported from jbake.properties\n");
    boolean url = host.matches("(?i)https?://[^\\s/]+.*");
    if (url) {
      yaml.append("baseUrl: ").append(host.endsWith("/") ? host : host + "/").append('\n');
    }
    yaml.append("languages: [").append(language).append("]\n");
    if (!write("site.yaml", yaml.toString())) {
      return;
    }
    if (url) {
      report.add("converted", "jbake.properties site.host → site.yaml baseUrl");
    } else {
      report.add(
          "skipped",
          "jbake.properties site.host "
              + (host.isEmpty() ? "is not set" : "\"" + host + "\" is not an http(s) URL")
              + "; set baseUrl in site.yaml");
    }
  }

  private void writeData(String path, String yaml, String what) throws IOException {
    if (yaml.isEmpty()) {
      return;
    }
    if (Files.exists(target.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
      report.add(
          "exists",
          path + " (not overwritten); add these " + what + " to it yourself:\n" + yaml.strip());
      return;
    }
    write(path, yaml);
  }

  /** Writes a new file; one that exists is left alone and reported. Whether it was written. */
  private boolean write(String path, String text) throws IOException {
    Path file = target.resolve(path);
    Files.createDirectories(file.getParent());
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      report.add("wrote", path);
      return true;
    } catch (FileAlreadyExistsException e) {
      report.add("exists", path + " (not overwritten)");
      return false;
    }
  }

  private String authorsYaml() {
    StringBuilder yaml = new StringBuilder();
    authors.forEach(
        (id, name) ->
            yaml.append(id)
                .append(":\n  name: {")
                .append(language)
                .append(": ")
                .append(quoted(name))
                .append("}\n"));
    return yaml.toString();
  }

  private String topicsYaml() {
    StringBuilder yaml = new StringBuilder();
    topics.forEach(
        (id, label) ->
            yaml.append(id)
                .append(": {")
                .append(language)
                .append(": ")
                .append(quoted(label))
                .append("}\n"));
    return yaml.toString();
  }

  private void copyAssets(Path assets) throws IOException {
    if (!Files.isDirectory(assets)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(assets)) {
      files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
    }
    for (Path file : files) {
      String relative = assets.relativize(file).toString().replace('\\', '/');
      Path copy = target.resolve("templates/assets").resolve(relative);
      if (Files.exists(copy, LinkOption.NOFOLLOW_LINKS)) {
        report.add("exists", "templates/assets/" + relative + " (not overwritten)");
        continue;
      }
      Files.createDirectories(copy.getParent());
      Files.copy(file, copy);
      report.add(
          "copied",
          jbake.relativize(file).toString().replace('\\', '/') + " → templates/assets/" + relative);
    }
  }

  /** A date as front matter writes it: the day, or the day and time when it has one. */
  private static String isoDate(TemporalAccessor parsed) {
    LocalDate day = LocalDate.from(parsed);
    if (parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
      LocalDateTime time = LocalDateTime.of(day, LocalTime.from(parsed));
      if (time.toLocalTime().toSecondOfDay() != 0) {
        return time.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT));
      }
    }
    return day.toString();
  }

  /** A YAML double-quoted scalar. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }
}
