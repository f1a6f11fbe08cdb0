package org.triglot.derive;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.triglot.cache.Memo;
import org.triglot.config.SiteConfig;
import org.triglot.content.ArticleVersion;
import org.triglot.content.Author;
import org.triglot.content.Content;
import org.triglot.content.Topic;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourcePosition;
import org.triglot.lang.Excerpts;
import org.triglot.lang.Language;
import org.triglot.lang.Languages;
import org.triglot.lang.LengthUnit;
import org.triglot.lang.LocalizedText;
import org.triglot.lang.Messages;
import org.triglot.lang.ScriptConverter;
import org.triglot.lang.ScriptConverters;
import org.triglot.markdown.RenderedArticle;
import org.triglot.markdown.RenderedMarkdown;

/**
 * The derive phase: every language of the site in which an article has no file of its own but that
 * can be derived from one it has (see {@code Article#derivationSource}) gets an edition by script
 * conversion of that file's title, summary and body text (never markup, code, URLs or
 * other-language spans). A translator's file always wins; nothing else is invented. Topic labels,
 * author names and titles, and UI strings that lack a language are filled the same way, or else
 * from the site's first language.
 */
public final class Deriver {
  private final Languages languages;
  private final ScriptConverters converters;
  private final SiteConfig.Summaries summaries;
  private final Memo<Conversion, String> conversions;

  /** The conversion of one rendered body into a language: the unit the derive phase remembers. */
  public record Conversion(Language source, Language target, String html) {}

  /**
   * {@code summaries}: how long a summary cut from a first paragraph may be; {@code conversions}:
   * converted bodies remembered between builds (the preview server), or a disabled memo.
   */
  public Deriver(
      Languages languages,
      ScriptConverters converters,
      SiteConfig.Summaries summaries,
      Memo<Conversion, String> conversions) {
    this.languages = languages;
    this.converters = converters;
    this.summaries = summaries;
    this.conversions = conversions;
  }

  /** The editions of every article, and the filled labels and strings of every language. */
  public Publication derive(
      Content published,
      List<RenderedArticle> rendered,
      Map<Language, Map<String, String>> strings,
      Diagnostics diagnostics) {
    List<LocalizedArticle> articles = rendered.parallelStream().map(this::editions).toList();
    Map<String, Topic> topics = new LinkedHashMap<>();
    published.topics().forEach((id, topic) -> topics.put(id, new Topic(id, fill(topic.label()))));
    Map<String, Author> authors = new LinkedHashMap<>();
    published
        .authors()
        .forEach(
            (id, author) ->
                authors.put(id, new Author(id, fill(author.name()), fill(author.title()))));
    return new Publication(languages, authors, topics, articles, messages(strings, diagnostics));
  }

  private LocalizedArticle editions(RenderedArticle rendered) {
    Map<Language, Edition> written = new LinkedHashMap<>();
    rendered
        .article()
        .versions()
        .forEach(
            (language, version) -> written.put(language, written(version, rendered.body(version))));
    Map<Language, Edition> editions = new LinkedHashMap<>();
    for (Language language : languages.all()) {
      Edition own = written.get(language);
      if (own != null) {
        editions.put(language, own);
      } else {
        rendered
            .article()
            .derivationSource(language)
            .ifPresent(
                source ->
                    editions.put(language, derived(written.get(source.language()), language)));
      }
    }
    return new LocalizedArticle(rendered.article(), editions);
  }

  private Edition written(ArticleVersion version, RenderedMarkdown body) {
    String summary =
        version.hasSummary()
            ? version.summary()
            : Excerpts.cut(
                body.firstParagraph(), version.language(), summaryLimit(version.language()));
    return new Edition(
        version.language(),
        version,
        version.title(),
        summary,
        new Edition.Body(body.html(), body.plainText()));
  }

  /** Converts what a derived page shows: title, summary, body HTML and its prose. */
  private Edition derived(Edition written, Language target) {
    ScriptConverter converter = converters.into(target);
    String html =
        conversions.get(
            new Conversion(written.language(), target, written.body().html()),
            c -> new HtmlTextConverter(converter, written.language(), target).convert(c.html()));
    return new Edition(
        target,
        written.source(),
        converter.convert(written.title()),
        converter.convert(written.summary()),
        new Edition.Body(html, converter.convert(written.body().plainText())));
  }

  private int summaryLimit(Language language) {
    return language.lengthUnit() == LengthUnit.CHARACTERS
        ? summaries.characters()
        : summaries.words();
  }

  /**
   * A per-language text with every language of the site that lacks one filled: converted from the
   * language it derives from, where the text has that.
   */
  private LocalizedText fill(LocalizedText text) {
    LocalizedText filled = text;
    for (Language target : languages.all()) {
      if (text.has(target)) {
        continue;
      }
      Optional<Language> source = target.derivableFrom().filter(text::has);
      if (source.isPresent()) {
        filled =
            filled.with(
                target, converters.into(target).convert(text.find(source.get()).orElseThrow()));
      } else {
        Optional<String> first = text.find(languages.first());
        if (first.isPresent()) {
          filled = filled.with(target, first.get());
        }
      }
    }
    return filled;
  }

  /**
   * The UI strings of each language: its own; for a language that can be derived, the source
   * language's converted; otherwise the site's first language's (with a warning, so translators see
   * the gap).
   */
  private Map<Language, Messages> messages(
      Map<Language, Map<String, String>> strings, Diagnostics diagnostics) {
    TreeSet<String> keys = new TreeSet<>();
    strings.values().forEach(m -> keys.addAll(m.keySet()));
    Language first = languages.first();
    Map<String, String> firstStrings = strings.getOrDefault(first, Map.of());
    Map<Language, Messages> messages = new LinkedHashMap<>();
    for (Language language : languages.all()) {
      Map<String, String> own = strings.getOrDefault(language, Map.of());
      Map<String, String> filled = new TreeMap<>(own);
      Optional<Map<String, String>> source =
          language.derivableFrom().map(s -> strings.getOrDefault(s, Map.of()));
      for (String key : keys) {
        if (filled.containsKey(key)) {
          continue;
        }
        if (source.isPresent() && source.get().containsKey(key)) {
          filled.put(key, converters.into(language).convert(source.get().get(key)));
        } else if (firstStrings.containsKey(key)) {
          filled.put(key, firstStrings.get(key));
          if (!language.equals(first)) {
            diagnostics.warning(
                SourcePosition.file("i18n/" + language.stringsFileName()),
                "UI string \""
                    + key
                    + "\" has no "
                    + language.tag()
                    + " text; the "
                    + first.tag()
                    + " text is shown",
                "add " + key + ": ... to i18n/" + language.stringsFileName());
          }
        }
      }
      messages.put(language, new Messages(language, filled));
    }
    return messages;
  }
}
