package org.triglot.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourceText;
import org.triglot.diag.Suggestions;

/** Reads {@code site.yaml}; a site without one gets {@link SiteConfig#defaults()}. */
public final class SiteConfigLoader {
  private static final List<String> KEYS =
      List.of("baseUrl", "timeZone", "pageSize", "feedSize", "related", "readingTime", "summary");

  private SiteConfigLoader() {}

  public static SiteConfig load(SiteSources sources, Diagnostics diagnostics) {
    Path file = sources.siteConfig();
    SiteConfig defaults = SiteConfig.defaults();
    if (!Files.isRegularFile(file)) {
      return defaults;
    }
    Optional<SourceText> text = SourceFiles.read(file, sources.displayPath(file), diagnostics);
    Optional<YamlNode> parsed = text.flatMap(t -> YamlParser.parse(t, t.text(), 1, diagnostics));
    if (parsed.isEmpty()) {
      return defaults;
    }
    if (!(parsed.get() instanceof YamlNode.Mapping map)) {
      diagnostics.error(
          parsed.get().position(),
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
    return new SiteConfig(baseUrl, zone, pageSize, feedSize, related, reading, summaries);
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
