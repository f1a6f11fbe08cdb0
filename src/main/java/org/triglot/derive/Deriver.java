package org.triglot.derive;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.triglot.cache.Memo;
import org.triglot.config.SiteConfig;
import org.triglot.content.Article;
import org.triglot.content.ArticleVersion;
import org.triglot.content.Author;
import org.triglot.content.Content;
import org.triglot.content.Topic;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourcePosition;
import org.triglot.lang.Excerpts;
import org.triglot.lang.Language;
import org.triglot.lang.LocalizedText;
import org.triglot.lang.Messages;
import org.triglot.lang.ScriptConverter;
import org.triglot.lang.ScriptConverters;
import org.triglot.markdown.Heading;
import org.triglot.markdown.RenderedMarkdown;

/**
 * The derive phase: where an article has one Chinese script but not the other, it makes the missing
 * edition by script conversion of the written one (title, summary and body text; never markup,
 * code, URLs or other-language spans). A translator's file always wins, and English is never
 * invented. Topic labels, author names and titles, and UI strings that lack a Chinese script are
 * filled the same way; what has no Chinese at all falls back to English.
 */
public final class Deriver {
  private final ScriptConverters converters;
  private final SiteConfig.Summaries summaries;
  private final Memo<Conversion, String> conversions;

  /** The conversion of one rendered body into a script: the unit the derive phase remembers. */
  public record Conversion(Language target, String html) {}

  /**
   * {@code summaries}: how long a summary cut from a first paragraph may be; {@code conversions}:
   * converted bodies remembered between builds (the preview server), or a disabled memo.
   */
  public Deriver(
      ScriptConverters converters,
      SiteConfig.Summaries summaries,
      Memo<Conversion, String> conversions) {
    this.converters = converters;
    this.summaries = summaries;
    this.conversions = conversions;
  }

  /**
   * Derives all missing editions; {@code rendered} holds the rendered body of every written
   * version.
   */
  public Publication derive(
      Content published,
      Map<String, Map<Language, RenderedMarkdown>> rendered,
      Map<Language, Map<String, String>> strings,
      Diagnostics diagnostics) {
    List<LocalizedArticle> articles =
        published.articles().parallelStream()
            .map(article -> editions(article, rendered.get(article.slug())))
            .toList();
    Map<String, Topic> topics = new LinkedHashMap<>();
    published.topics().forEach((id, topic) -> topics.put(id, new Topic(id, fill(topic.label()))));
    Map<String, Author> authors = new LinkedHashMap<>();
    published
        .authors()
        .forEach(
            (id, author) ->
                authors.put(id, new Author(id, fill(author.name()), fill(author.title()))));
    return new Publication(authors, topics, articles, messages(strings, diagnostics));
  }

  /** Converts a written text into {@code target}'s script. */
  public String convert(String text, Language target) {
    return converters.into(target).convert(text);
  }

  private LocalizedArticle editions(Article article, Map<Language, RenderedMarkdown> bodies) {
    Map<Language, Edition> editions = new EnumMap<>(Language.class);
    for (ArticleVersion version : article.versions().values()) {
      RenderedMarkdown body = bodies.get(version.language());
      editions.put(version.language(), new Edition(version, body, summary(version, body)));
    }
    for (Language target : List.of(Language.ZH_HANS, Language.ZH_HANT)) {
      Language source = target.otherScript().orElseThrow();
      if (!article.has(target) && article.has(source)) {
        editions.put(target, derived(editions.get(source), target));
      }
    }
    return new LocalizedArticle(article, editions);
  }

  private Edition derived(Edition written, Language target) {
    ScriptConverter converter = converters.into(target);
    ArticleVersion source = written.version();
    ArticleVersion version =
        new ArticleVersion(
            target,
            converter.convert(source.title()),
            converter.convert(source.summary()),
            source.markdown(),
            source.path(),
            source.bodyLine(),
            source.language(),
            "",
            false);
    RenderedMarkdown body = written.body();
    List<Heading> headings = new ArrayList<>();
    for (Heading heading : body.headings()) {
      headings.add(new Heading(heading.level(), heading.id(), converter.convert(heading.text())));
    }
    RenderedMarkdown convertedBody =
        new RenderedMarkdown(
            conversions.get(
                new Conversion(target, body.html()),
                c -> new HtmlTextConverter(converter).convert(c.html())),
            headings,
            converter.convert(body.firstParagraph()),
            converter.convert(body.plainText()));
    return new Edition(version, convertedBody, converter.convert(written.summary()));
  }

  private String summary(ArticleVersion version, RenderedMarkdown body) {
    if (version.hasSummary()) {
      return version.summary();
    }
    Language language = version.language();
    return Excerpts.cut(
        body.firstParagraph(),
        language,
        language.isChinese() ? summaries.characters() : summaries.words());
  }

  /** A per-language text with each missing Chinese script converted from the other. */
  private LocalizedText fill(LocalizedText text) {
    LocalizedText filled = text;
    for (Language target : List.of(Language.ZH_HANS, Language.ZH_HANT)) {
      Optional<String> other = text.find(target.otherScript().orElseThrow());
      if (!text.has(target) && other.isPresent()) {
        filled = filled.with(target, convert(other.get(), target));
      }
    }
    return filled;
  }

  /**
   * The UI strings of each language: its own; for a Chinese script without the key, the other
   * script's converted; otherwise English (with a warning, so translators see the gap).
   */
  private Map<Language, Messages> messages(
      Map<Language, Map<String, String>> strings, Diagnostics diagnostics) {
    TreeSet<String> keys = new TreeSet<>();
    strings.values().forEach(m -> keys.addAll(m.keySet()));
    Map<Language, Messages> messages = new EnumMap<>(Language.class);
    for (Language language : Language.all()) {
      Map<String, String> own = strings.getOrDefault(language, Map.of());
      Map<String, String> filled = new TreeMap<>(own);
      for (String key : keys) {
        if (filled.containsKey(key)) {
          continue;
        }
        Optional<Language> other = language.otherScript();
        if (other.isPresent() && strings.getOrDefault(other.get(), Map.of()).containsKey(key)) {
          filled.put(key, convert(strings.get(other.get()).get(key), language));
        } else if (strings.getOrDefault(Language.EN, Map.of()).containsKey(key)) {
          filled.put(key, strings.get(Language.EN).get(key));
          if (language.isChinese()) {
            diagnostics.warning(
                SourcePosition.file("i18n/" + language.tag() + ".yaml"),
                "UI string \"" + key + "\" has no Chinese text; English is shown",
                "add " + key + ": ... to i18n/" + language.tag() + ".yaml");
          }
        }
      }
      messages.put(language, new Messages(language, filled));
    }
    return messages;
  }
}
