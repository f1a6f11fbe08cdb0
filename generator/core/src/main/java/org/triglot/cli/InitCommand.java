package org.triglot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.triglot.config.SiteSources;
import org.triglot.content.Article;
import org.triglot.content.SourceStamp;
import org.triglot.content.SourceStampWriter;
import org.triglot.diag.Diagnostics;
import org.triglot.lang.Language;
import org.triglot.site.SiteBuild;
import org.triglot.site.SiteContent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code triglot init DIR}: a new publication that builds as it is. A {@code pom.xml} that uses the
 * Triglot Maven plugin of this very version, {@code site.yaml}, authors and topics, one article in
 * English with its Simplified and Traditional Chinese translations (stamped, so they are current),
 * the site's title in {@code i18n/}, a README, and Netlify's settings. It writes only into a new or
 * empty folder and never overwrites a file.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Creates a new publication in DIR: pom.xml (Triglot's Maven plugin), site.yaml, one article in each language, README.md, netlify.toml.",
      "DIR must be new or empty. Then: cd DIR && mvn package"
    })
final class InitCommand implements Callable<Integer> {
  /** The files of a new publication: where each goes, and the resource it is made from. */
  private static final Map<String, String> FILES = new LinkedHashMap<>();

  static {
    FILES.put("pom.xml", "pom.xml.txt");
    FILES.put("site.yaml", "site.yaml.txt");
    FILES.put("README.md", "README.md.txt");
    FILES.put(".gitignore", "gitignore.txt");
    FILES.put("netlify.toml", "netlify.toml");
    FILES.put("deploy/netlify-build.sh", "netlify-build.sh");
    FILES.put("content/authors.yaml", "authors.yaml.txt");
    FILES.put("content/topics.yaml", "topics.yaml.txt");
    FILES.put("content/articles/welcome/en.md", "en.md.txt");
    FILES.put("content/articles/welcome/zh-Hans.md", "zh-Hans.md.txt");
    FILES.put("content/articles/welcome/zh-Hant.md", "zh-Hant.md.txt");
    FILES.put("i18n/en.yaml", "i18n-en.yaml.txt");
    FILES.put("i18n/zh-Hans.yaml", "i18n-zh-Hans.yaml.txt");
    FILES.put("i18n/zh-Hant.yaml", "i18n-zh-Hant.yaml.txt");
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The new publication's folder.")
  Path directory;

  @Option(
      names = "--title",
      paramLabel = "TITLE",
      description =
          "The publication's title, in every language until translated (default: New Publication).")
  String title = "New Publication";

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "The first article's date (default: today, UTC).")
  String date;

  @Override
  public Integer call() throws IOException {
    Path dir = directory.toAbsolutePath().normalize();
    String name = title.strip();
    if (name.isEmpty()
        || name.length() > 200
        || name.codePoints().anyMatch(Character::isISOControl)) {
      throw new Main.UsageError(
          "--title must be 1 to 200 characters without control characters (got \"" + title + "\")");
    }
    LocalDate day = firstDate();
    refuseUnlessEmpty(dir);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("@yamlTitle@", yamlQuoted(name));
    values.put("@icuTitle@", yamlQuoted(icuLiteral(name)));
    values.put("@xmlTitle@", xmlText(name));
    values.put("@title@", name);
    values.put("@artifactId@", artifactId(dir));
    values.put("@version@", GeneratorVersion.get());
    values.put("@date@", day.toString());
    var out = spec.commandLine().getOut();
    List<String> written = new ArrayList<>();
    for (var file : FILES.entrySet()) {
      String text = resource(file.getValue());
      for (var value : values.entrySet()) {
        text = text.replace(value.getKey(), value.getValue());
      }
      Path target = dir.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      written.add(file.getKey());
    }
    stampTranslations(dir);
    out.println("created a new publication in " + dir + ":");
    written.forEach(file -> out.println("  " + file));
    out.println("next: cd " + dir + " && mvn package   (the site goes to target/site)");
    return Main.OK;
  }

  private LocalDate firstDate() {
    if (date == null) {
      return LocalDate.now(ZoneOffset.UTC);
    }
    try {
      return LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      throw new Main.UsageError("--date must be a date such as 2024-03-01 (got \"" + date + "\")");
    }
  }

  private static void refuseUnlessEmpty(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new Main.UsageError(dir + " exists and is not a folder");
    }
    if (Files.isDirectory(dir)) {
      try (Stream<Path> entries = Files.list(dir)) {
        List<String> present =
            entries
                .map(p -> p.getFileName().toString())
                .filter(n -> !n.equals(".git"))
                .sorted()
                .toList();
        if (!present.isEmpty()) {
          throw new Main.UsageError(
              dir
                  + " is not empty (it holds "
                  + String.join(", ", present.subList(0, Math.min(3, present.size())))
                  + (present.size() > 3 ? ", ..." : "")
                  + "); init writes only into a new or empty folder and never overwrites a file");
        }
      }
    }
  }

  /** Stamps the two translations with the version of the original they were written from. */
  private static void stampTranslations(Path dir) throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    SiteContent loaded = SiteBuild.loadContent(SiteSources.of(dir), diagnostics);
    if (diagnostics.hasErrors()) {
      throw new IllegalStateException(
          "the new publication does not load: " + diagnostics.all().get(0).headline());
    }
    Article welcome =
        loaded
            .content()
            .findArticle("welcome")
            .orElseThrow(() -> new IllegalStateException("the new publication has no article"));
    String stamp = SourceStamp.of(welcome.original());
    for (Language language : loaded.config().languages().readable()) {
      Path file = dir.resolve("content/articles/welcome").resolve(language.fileName());
      if (!language.equals(welcome.primary()) && Files.isRegularFile(file)) {
        SourceStampWriter.write(file, stamp);
      }
    }
  }

  private static String resource(String name) {
    try (InputStream in = InitCommand.class.getResourceAsStream("init/" + name)) {
      if (in == null) {
        throw new IllegalStateException("init/" + name + " is missing from the generator");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Maven artifactId from the folder's name: lower case letters, digits and hyphens. */
  static String artifactId(Path dir) {
    Path fileName = dir.getFileName();
    String base = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
    String id = base.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return id.isEmpty() || !Character.isLetter(id.charAt(0)) ? "publication" : id;
  }

  /** The inside of a YAML double-quoted scalar. */
  static String yamlQuoted(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /** Text that an ICU MessageFormat pattern shows literally: braces and apostrophes quoted. */
  static String icuLiteral(String text) {
    return text.replace("'", "''").replace("{", "'{'").replace("}", "'}'");
  }

  static String xmlText(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
