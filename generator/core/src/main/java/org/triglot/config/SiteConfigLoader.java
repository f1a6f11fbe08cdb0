package org.triglot.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourcePosition;
import org.triglot.diag.Suggestions;
import org.triglot.lang.ChineseConversion;
import org.triglot.lang.Language;
import org.triglot.lang.Languages;

/** Reads {@code site.yaml}; a site without one gets {@link SiteConfig#defaults()}. */
public final class SiteConfigLoader {
  private static final List<String> KEYS =
      List.of(
          "baseUrl",
          "timeZone",
          "languages",
          "pageSize",
          "feedSize",
          "related",
          "readingTime",
          "summary",
          "renderTimeLimit",
          "conversion");

  private static final List<String> CONVERSION_KEYS = List.of("standard", "phrases");

  private SiteConfigLoader() {}

  /** Reads site.yaml (the defaults where it is missing); a misnamed one is warned about. */
  public static SiteConfig load(SiteSources sources, Diagnostics diagnostics) {
    return load(sources, false, diagnostics);
  }

  /**
   * As {@link #load(SiteSources, Diagnostics)}; when {@code needsBaseUrl} (a build that was given
   * no base URL of its own) and site.yaml sets no {@code baseUrl}, also warns that every canonical,
   * feed and sitemap URL would start with the placeholder {@link SiteConfig#DEFAULT_BASE_URL}.
   */
  public static SiteConfig load(
      SiteSources sources, boolean needsBaseUrl, Diagnostics diagnostics) {
    Path file = sources.siteConfig();
    boolean present = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    Optional<YamlNode> parsed = Optional.empty();
    boolean misnamed = false;
    if (present) {
      parsed =
          sources
              .read(file, diagnostics)
              .flatMap(t -> YamlParser.parse(t, t.text(), 1, diagnostics));
    } else {
      misnamed = sources.warnIfMisnamed(file, diagnostics);
    }
    boolean setsBaseUrl =
        parsed.isPresent()
            && parsed.get() instanceof YamlNode.Mapping map
            && map.find("baseUrl").isPresent();
    SiteConfig config =
        parsed.map(root -> read(root, sources, diagnostics)).orElse(SiteConfig.defaults());
    if (needsBaseUrl && !setsBaseUrl && !misnamed && !diagnostics.hasErrors()) {
      diagnostics.warning(
          SourcePosition.file(sources.displayPath(file)),
          (present ? "site.yaml sets no baseUrl" : "the site has no site.yaml")
              + ", so every canonical, feed and sitemap URL starts with the placeholder "
              + SiteConfig.DEFAULT_BASE_URL,
          (present ? "add" : "create site.yaml with")
              + " the URL readers reach the site at, e.g. baseUrl: https://www.example.org/");
    }
    return config;
  }

  private static SiteConfig read(YamlNode root, SiteSources sources, Diagnostics diagnostics) {
    SiteConfig defaults = SiteConfig.defaults();
    if (!(root instanceof YamlNode.Mapping map)) {
      diagnostics.error(
          root.position(),
          "site.yaml must be a map of settings",
          "e.g. baseUrl: https://example.org/");
      return defaults;
    }
    for (YamlNode.Entry entry : map.entries().values()) {
      if (!KEYS.contains(entry.key())) {
        diagnostics.warning(
            entry.keyPosition(),
            "unknown setting \"" + entry.key() + "\" is ignored",
            Suggestions.nearest(entry.key(), KEYS)
                .map(s -> "did you mean \"" + s + "\"?")
                .orElse("known settings: " + String.join(", ", KEYS)));
      }
    }
    URI baseUrl =
        map.find("baseUrl").flatMap(node -> readUrl(node, diagnostics)).orElse(defaults.baseUrl());
    ZoneId zone =
        map.find("timeZone")
            .flatMap(node -> readZone(node, diagnostics))
            .orElse(defaults.timeZone());
    int pageSize =
        map.find("pageSize")
            .flatMap(node -> readCount(node, diagnostics))
            .orElse(defaults.pageSize());
    int feedSize =
        map.find("feedSize")
            .flatMap(node -> readCount(node, diagnostics))
            .orElse(defaults.feedSize());
    RelatedSettings related =
        map.find("related")
            .map(node -> RelatedSettingsReader.read(node, defaults.related(), diagnostics))
            .orElse(defaults.related());
    SiteConfig.Reading reading = SiteConfig.Reading.DEFAULT;
    Optional<YamlNode.Mapping> readingNode =
        section(
            map,
            "readingTime",
            "readingTime: {wordsPerMinute: 230, charactersPerMinute: 400}",
            diagnostics);
    if (readingNode.isPresent()) {
      reading =
          new SiteConfig.Reading(
              readingNode
                  .get()
                  .find("wordsPerMinute")
                  .flatMap(node -> readCount(node, diagnostics))
                  .orElse(reading.wordsPerMinute()),
              readingNode
                  .get()
                  .find("charactersPerMinute")
                  .flatMap(node -> readCount(node, diagnostics))
                  .orElse(reading.charactersPerMinute()));
    }
    SiteConfig.Summaries summaries = SiteConfig.Summaries.DEFAULT;
    Optional<YamlNode.Mapping> summaryNode =
        section(map, "summary", "summary: {words: 55, characters: 110}", diagnostics);
    if (summaryNode.isPresent()) {
      summaries =
          new SiteConfig.Summaries(
              summaryNode
                  .get()
                  .find("words")
                  .flatMap(node -> readCount(node, diagnostics))
                  .orElse(summaries.words()),
              summaryNode
                  .get()
                  .find("characters")
                  .flatMap(node -> readCount(node, diagnostics))
                  .orElse(summaries.characters()));
    }
    Languages languages =
        map.find("languages")
            .flatMap(node -> readLanguages(node, sources, diagnostics))
            .orElse(defaults.languages());
    return new SiteConfig(
        baseUrl,
        zone,
        languages,
        new SiteConfig.Listings(pageSize, feedSize),
        related,
        reading,
        summaries,
        map.find("renderTimeLimit")
            .flatMap(node -> readSeconds(node, diagnostics))
            .orElse(SiteConfig.DEFAULT_RENDER_TIME_LIMIT),
        section(map, "conversion", "conversion: {standard: tw, phrases: false}", diagnostics)
            .map(node -> readConversion(node, diagnostics))
            .orElse(ChineseConversion.DEFAULT));
  }

  /** {@code conversion: {standard: tw|hk|opencc, phrases: true|false}}. */
  private static ChineseConversion readConversion(
      YamlNode.Mapping section, Diagnostics diagnostics) {
    for (YamlNode.Entry entry : section.entries().values()) {
      if (!CONVERSION_KEYS.contains(entry.key())) {
        diagnostics.warning(
            entry.keyPosition(),
            "unknown conversion setting \"" + entry.key() + "\" is ignored",
            Suggestions.nearest(entry.key(), CONVERSION_KEYS)
                .map(s -> "did you mean \"" + s + "\"?")
                .orElse("conversion settings: standard, phrases"));
      }
    }
    ChineseConversion.Standard standard = ChineseConversion.DEFAULT.standard();
    Optional<YamlNode> standardNode = section.find("standard");
    if (standardNode.isPresent()) {
      Optional<ChineseConversion.Standard> named =
          standardNode.get() instanceof YamlNode.Scalar s
              ? ChineseConversion.Standard.of(s.value().strip())
              : Optional.empty();
      if (named.isPresent()) {
        standard = named.get();
      } else {
        diagnostics.error(
            standardNode.get().position(),
            "the Traditional Chinese standard must be " + ChineseConversion.Standard.keys(),
            "tw: Taiwan forms (the default), hk: Hong Kong forms, opencc: OpenCC's forms");
      }
    }
    boolean phrases = false;
    Optional<YamlNode> phrasesNode = section.find("phrases");
    if (phrasesNode.isPresent()) {
      String value = phrasesNode.get() instanceof YamlNode.Scalar s ? s.value().strip() : "";
      if (value.equals("true") || value.equals("false")) {
        phrases = value.equals("true");
      } else {
        diagnostics.error(
            phrasesNode.get().position(),
            "phrases must be true or false",
            "phrases: true writes Taiwan's words (软件 → 軟體); false keeps the words as written");
      }
      if (phrases && standard != ChineseConversion.Standard.TW) {
        diagnostics.error(
            phrasesNode.get().position(),
            ChineseConversion.phrasesProblem(standard),
            "remove phrases: true, or use standard: tw");
        phrases = false;
      }
    }
    return new ChineseConversion(standard, phrases);
  }

  /** A time in whole seconds, 1 to 3600: {@code renderTimeLimit: 10}. */
  private static Optional<Duration> readSeconds(YamlNode node, Diagnostics diagnostics) {
    if (node instanceof YamlNode.Scalar s && s.value().strip().matches("[0-9]{1,4}")) {
      int seconds = Integer.parseInt(s.value().strip());
      if (seconds >= 1 && seconds <= 3600) {
        return Optional.of(Duration.ofSeconds(seconds));
      }
    }
    diagnostics.error(
        node.position(), "expected a number of seconds from 1 to 3600", "e.g. renderTimeLimit: 10");
    return Optional.empty();
  }

  private static Optional<YamlNode.Mapping> section(
      YamlNode.Mapping map, String key, String example, Diagnostics diagnostics) {
    Optional<YamlNode> node = map.find(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof YamlNode.Mapping section) {
      return Optional.of(section);
    }
    diagnostics.error(node.get().position(), "\"" + key + "\" must be a map", "e.g. " + example);
    return Optional.empty();
  }

  /**
   * The {@code languages} list: well-formed tags in canonical case, each once, each with a strings
   * file {@code i18n/<tag>.yaml} in the site or bundled with Triglot.
   */
  private static Optional<Languages> readLanguages(
      YamlNode node, SiteSources sources, Diagnostics diagnostics) {
    String example = "e.g. languages: [en, zh-Hans, zh-Hant]";
    if (!(node instanceof YamlNode.Sequence list)
        || list.items().stream().anyMatch(i -> !(i instanceof YamlNode.Scalar))) {
      diagnostics.error(node.position(), "languages must be a list of language tags", example);
      return Optional.empty();
    }
    if (list.items().isEmpty()) {
      diagnostics.error(node.position(), "languages lists no language", example);
      return Optional.empty();
    }
    List<Language> languages = new ArrayList<>();
    boolean ok = true;
    for (YamlNode item : list.items()) {
      String tag = ((YamlNode.Scalar) item).value().strip();
      Optional<String> problem = Language.problem(tag);
      if (problem.isPresent()) {
        diagnostics.error(
            item.position(),
            problem.get(),
            "a language is a BCP 47 tag such as en, zh-Hans, zh-Hant, ja or pt-BR");
        ok = false;
        continue;
      }
      Language language = Language.of(tag);
      if (languages.contains(language)) {
        diagnostics.error(item.position(), "language \"" + tag + "\" is listed twice", "");
        ok = false;
        continue;
      }
      String strings = language.stringsFileName();
      if (sources.stringRoots().stream()
          .noneMatch(root -> Files.isRegularFile(root.resolve(strings)))) {
        diagnostics.error(
            item.position(),
            "language \"" + tag + "\" has no UI strings",
            "add i18n/"
                + strings
                + " with the strings of i18n/"
                + Languages.standard().first().stringsFileName()
                + " in "
                + language.switcherLabel());
        ok = false;
      }
      languages.add(language);
    }
    return ok ? Optional.of(new Languages(languages)) : Optional.empty();
  }

  /** Parses a base URL given on the command line or in site.yaml. */
  public static Optional<URI> parseBaseUrl(String text) {
    try {
      URI uri = new URI(text.strip());
      if (uri.isAbsolute()
          && uri.getHost() != null
          && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // reported by the caller
    }
    return Optional.empty();
  }

  private static Optional<URI> readUrl(YamlNode node, Diagnostics diagnostics) {
    Optional<URI> url =
        node instanceof YamlNode.Scalar s ? parseBaseUrl(s.value()) : Optional.empty();
    if (url.isEmpty()) {
      diagnostics.error(
          node.position(),
          "baseUrl must be an absolute http(s) URL",
          "e.g. baseUrl: https://example.org/commentary/");
    }
    return url;
  }

  private static Optional<ZoneId> readZone(YamlNode node, Diagnostics diagnostics) {
    if (node instanceof YamlNode.Scalar s) {
      try {
        return Optional.of(ZoneId.of(s.value().strip()));
      } catch (DateTimeException e) {
        // fall through to the diagnostic
      }
    }
    diagnostics.error(
        node.position(),
        "timeZone must be an IANA time zone",
        "e.g. timeZone: Asia/Taipei or timeZone: UTC");
    return Optional.empty();
  }

  private static Optional<Integer> readCount(YamlNode node, Diagnostics diagnostics) {
    if (node instanceof YamlNode.Scalar s && s.value().strip().matches("[0-9]{1,6}")) {
      int n = Integer.parseInt(s.value().strip());
      if (n > 0) {
        return Optional.of(n);
      }
    }
    diagnostics.error(node.position(), "expected a positive whole number", "");
    return Optional.empty();
  }
}
