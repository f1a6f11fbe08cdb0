package org.triglot.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a page tells link previews and search engines: Open Graph and Twitter Card {@code <meta>}
 * tags, and schema.org JSON-LD ({@code OpinionNewsArticle} for articles, {@code CollectionPage} for
 * listings, {@code WebSite} beside it on the home page). The JSON is written by Jackson with {@code
 * <}, {@code >} and {@code &} escaped as {@code \}{@code u003c} and so on, so that no text (a title
 * with {@code </script>}) can end the script element it sits in.
 */
final class Previews {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private Previews() {}

  /** The Open Graph form of a page language: {@code en_US}, {@code zh_CN}, {@code zh_TW}. */
  static String ogLocale(String lang) {
    ULocale likely = ULocale.addLikelySubtags(ULocale.forLanguageTag(lang));
    return likely.getCountry().isEmpty()
        ? likely.getLanguage()
        : likely.getLanguage() + "_" + likely.getCountry();
  }

  /** An author as the page shows them: name, title (may be empty) and their page's full URL. */
  record Person(String name, String jobTitle, String url) {}

  /** One edition of an article in another language: its page's full URL and language. */
  record OtherEdition(String lang, String url) {}

  /** Everything an article page's preview says. */
  record ArticleFacts(
      String lang,
      String siteTitle,
      String homeUrl,
      String url,
      String headline,
      String description,
      String published,
      String modified,
      List<Person> authors,
      List<String> topics,
      String originalUrl,
      List<OtherEdition> others,
      String basedOnUrl) {}

  static Views.Preview article(ArticleFacts a) {
    List<Views.Meta> meta = new ArrayList<>();
    og(meta, "og:type", "article");
    og(meta, "og:title", a.headline());
    og(meta, "og:description", a.description());
    og(meta, "og:url", a.url());
    og(meta, "og:site_name", a.siteTitle());
    og(meta, "og:locale", ogLocale(a.lang()));
    for (OtherEdition other : a.others()) {
      og(meta, "og:locale:alternate", ogLocale(other.lang()));
    }
    og(meta, "article:published_time", a.published());
    og(meta, "article:modified_time", a.modified());
    for (Person author : a.authors()) {
      og(meta, "article:author", author.name());
    }
    if (!a.topics().isEmpty()) {
      og(meta, "article:section", a.topics().get(0));
    }
    for (String topic : a.topics()) {
      og(meta, "article:tag", topic);
    }
    twitter(meta, "summary", a.headline(), a.description());
    String json =
        json(
            g -> {
              g.writeStartObject();
              g.writeStringField("@context", "https://schema.org");
              g.writeStringField("@type", "OpinionNewsArticle");
              g.writeStringField("@id", a.url());
              g.writeStringField("url", a.url());
              g.writeStringField("mainEntityOfPage", a.url());
              g.writeStringField("headline", a.headline());
              if (!a.description().isEmpty()) {
                g.writeStringField("description", a.description());
              }
              g.writeStringField("inLanguage", a.lang());
              g.writeStringField("datePublished", a.published());
              g.writeStringField("dateModified", a.modified());
              g.writeArrayFieldStart("author");
              for (Person author : a.authors()) {
                g.writeStartObject();
                g.writeStringField("@type", "Person");
                g.writeStringField("name", author.name());
                if (!author.jobTitle().isEmpty()) {
                  g.writeStringField("jobTitle", author.jobTitle());
                }
                g.writeStringField("url", author.url());
                g.writeEndObject();
              }
              g.writeEndArray();
              organization(g, "publisher", a.siteTitle(), a.homeUrl());
              if (!a.topics().isEmpty()) {
                g.writeStringField("articleSection", a.topics().get(0));
                g.writeArrayFieldStart("keywords");
                for (String topic : a.topics()) {
                  g.writeString(topic);
                }
                g.writeEndArray();
              }
              if (!a.originalUrl().isEmpty()) {
                reference(g, "translationOfWork", a.originalUrl());
              } else if (!a.others().isEmpty()) {
                g.writeArrayFieldStart("workTranslation");
                for (OtherEdition other : a.others()) {
                  g.writeStartObject();
                  g.writeStringField("@id", other.url());
                  g.writeStringField("inLanguage", other.lang());
                  g.writeEndObject();
                }
                g.writeEndArray();
              }
              if (!a.basedOnUrl().isEmpty()) {
                reference(g, "isBasedOn", a.basedOnUrl());
              }
              g.writeEndObject();
            });
    return new Views.Preview(meta, json);
  }

  /**
   * A listing page (home, topic, author, archive and index pages): a {@code CollectionPage} that is
   * part of the site, and on the home page the {@code WebSite} itself too.
   */
  static Views.Preview collection(
      String lang,
      String siteTitle,
      String title,
      String url,
      String homeUrl,
      String searchUrl,
      List<String> otherLangs,
      boolean home) {
    List<Views.Meta> meta = new ArrayList<>();
    og(meta, "og:type", "website");
    og(meta, "og:title", title);
    og(meta, "og:url", url);
    og(meta, "og:site_name", siteTitle);
    og(meta, "og:locale", ogLocale(lang));
    for (String other : otherLangs) {
      og(meta, "og:locale:alternate", ogLocale(other));
    }
    twitter(meta, "summary", title, "");
    String json =
        json(
            g -> {
              g.writeStartObject();
              g.writeStringField("@context", "https://schema.org");
              g.writeArrayFieldStart("@graph");
              if (home) {
                g.writeStartObject();
                g.writeStringField("@type", "WebSite");
                g.writeStringField("@id", homeUrl + "#website");
                g.writeStringField("name", siteTitle);
                g.writeStringField("url", homeUrl);
                g.writeStringField("inLanguage", lang);
                organization(g, "publisher", siteTitle, homeUrl);
                g.writeObjectFieldStart("potentialAction");
                g.writeStringField("@type", "SearchAction");
                g.writeObjectFieldStart("target");
                g.writeStringField("@type", "EntryPoint");
                g.writeStringField("urlTemplate", searchUrl + "?q={search_term_string}");
                g.writeEndObject();
                g.writeStringField("query-input", "required name=search_term_string");
                g.writeEndObject();
                g.writeEndObject();
              }
              g.writeStartObject();
              g.writeStringField("@type", "CollectionPage");
              g.writeStringField("@id", url);
              g.writeStringField("name", title);
              g.writeStringField("url", url);
              g.writeStringField("inLanguage", lang);
              g.writeObjectFieldStart("isPartOf");
              g.writeStringField("@type", "WebSite");
              g.writeStringField("@id", homeUrl + "#website");
              g.writeStringField("name", siteTitle);
              g.writeStringField("url", homeUrl);
              g.writeEndObject();
              g.writeEndObject();
              g.writeEndArray();
              g.writeEndObject();
            });
    return new Views.Preview(meta, json);
  }

  private static void organization(JsonGenerator g, String field, String name, String url)
      throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("@type", "Organization");
    g.writeStringField("name", name);
    g.writeStringField("url", url);
    g.writeEndObject();
  }

  private static void reference(JsonGenerator g, String field, String url) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("@id", url);
    g.writeEndObject();
  }

  private static void og(List<Views.Meta> meta, String property, String content) {
    if (!content.isEmpty()) {
      meta.add(new Views.Meta("property", property, content));
    }
  }

  private static void twitter(
      List<Views.Meta> meta, String card, String title, String description) {
    meta.add(new Views.Meta("name", "twitter:card", card));
    meta.add(new Views.Meta("name", "twitter:title", title));
    if (!description.isEmpty()) {
      meta.add(new Views.Meta("name", "twitter:description", description));
    }
  }

  interface Writing {
    void write(JsonGenerator g) throws IOException;
  }

  static String json(Writing writing) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.setCharacterEscapes(HtmlSafe.INSTANCE);
      writing.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** JSON that stays inert inside an HTML {@code <script>} element. */
  private static final class HtmlSafe extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    static final HtmlSafe INSTANCE = new HtmlSafe();
    private final int[] escapes;

    private HtmlSafe() {
      escapes = CharacterEscapes.standardAsciiEscapesForJSON();
      for (char c : new char[] {'<', '>', '&'}) {
        escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null; // U+2028 and U+2029 are valid in JSON and in script data since ES2019
    }
  }
}
