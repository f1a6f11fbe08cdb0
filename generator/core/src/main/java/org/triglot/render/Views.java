package org.triglot.render;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The records templates see. They hold text and links ready to print (dates formatted, URLs made,
 * labels resolved for the page's language), never domain objects, so a template cannot reach into
 * the build. An empty string means "absent"; templates test it with {@code ?has_content}.
 */
public final class Views {
  private Views() {}

  /**
   * The {@code <head>} of an HTML page, as layout.ftlh's {@code document} macro prints it: the
   * {@code <html lang>}, the full {@code <title>}, and the meta and link tags. Language pages get
   * theirs from {@link Chrome#head()}; the root pages and the status report make their own. {@code
   * fonts} is the key of the language's CSS font stack ({@code data-fonts} on html; "" for pages in
   * several languages). An empty {@code description}, {@code robots} (the content of {@code <meta
   * name="robots">}) or {@code canonical} is left out.
   */
  @RecordBuilder
  public record Head(
      String lang,
      String fonts,
      String title,
      String description,
      String robots,
      String canonical,
      List<Alternate> alternates,
      List<Link> feeds,
      String stylesheet,
      List<Meta> meta,
      String jsonLd) {
    public Head {
      Objects.requireNonNull(lang, "lang");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(stylesheet, "stylesheet");
      fonts = Objects.requireNonNullElse(fonts, "");
      description = Objects.requireNonNullElse(description, "");
      robots = Objects.requireNonNullElse(robots, "");
      canonical = Objects.requireNonNullElse(canonical, "");
      alternates = alternates == null ? List.of() : List.copyOf(alternates);
      feeds = feeds == null ? List.of() : List.copyOf(feeds);
      meta = meta == null ? List.of() : List.copyOf(meta);
      jsonLd = Objects.requireNonNullElse(jsonLd, "");
    }
  }

  /**
   * A {@code <meta>} of a link preview: {@code <meta property="og:title" content="…">} (Open Graph)
   * or {@code <meta name="twitter:card" content="…">}.
   */
  public record Meta(String attribute, String key, String content) {}

  /** A page's link-preview meta tags and its schema.org JSON-LD (empty: none). */
  public record Preview(List<Meta> meta, String jsonLd) {
    public static final Preview NONE = new Preview(List.of(), "");

    public Preview {
      meta = List.copyOf(meta);
      Objects.requireNonNull(jsonLd, "jsonLd");
    }
  }

  /**
   * What every HTML page has: language (and the key of its CSS font stack, {@code fonts}), titles,
   * canonical and alternate links, switcher, nav.
   */
  @RecordBuilder
  public record Chrome(
      String lang,
      String fonts,
      String siteTitle,
      String title,
      String description,
      String canonical,
      List<Alternate> alternates,
      List<SwitcherEntry> switcher,
      Nav nav,
      String stylesheet,
      boolean noindex,
      Preview preview) {
    public Chrome {
      alternates = List.copyOf(alternates);
      switcher = List.copyOf(switcher);
      preview = Objects.requireNonNullElse(preview, Preview.NONE);
    }

    /** The head of this page: "Title · Site" (the site's title alone when they are the same). */
    public Head head() {
      String fullTitle =
          title.isEmpty() || title.equals(siteTitle) ? siteTitle : title + " · " + siteTitle;
      return ViewsHeadBuilder.builder()
          .lang(lang)
          .fonts(fonts)
          .title(fullTitle)
          .description(description)
          .robots(noindex ? "noindex" : "")
          .canonical(canonical)
          .alternates(alternates)
          .feeds(List.of(new Link(siteTitle, nav.feed())))
          .stylesheet(stylesheet)
          .meta(preview.meta())
          .jsonLd(preview.jsonLd())
          .build();
    }
  }

  /**
   * A {@code <link rel="alternate" hreflang>}: a language tag or {@code x-default}, and a full URL.
   */
  public record Alternate(String hreflang, String href) {}

  /** One language in the switcher: a link when the page exists in it, else shown as unavailable. */
  public record SwitcherEntry(String label, String lang, String href, boolean current) {
    public boolean available() {
      return !href.isEmpty();
    }
  }

  /** The site navigation of a language. */
  @RecordBuilder
  public record Nav(
      String home,
      String topics,
      String authors,
      String archive,
      String feed,
      String search,
      String section) {}

  /**
   * The search page: the index's settings for assets/search.js as JSON ({@code config}, escaped for
   * a script element), the scripts, and the archive for readers without JavaScript.
   */
  public record SearchView(String config, String stemScript, String searchScript, String archive) {}

  /** A link with its text. */
  public record Link(String text, String href) {}

  /** An author as shown on an article: name linked to their page, and their title. */
  public record AuthorLink(String name, String title, String href) {}

  /**
   * An article in a listing, a related list or a feed. {@code state} is "draft" or "scheduled" for
   * articles only a preview shows, else "".
   */
  @RecordBuilder
  public record ArticleItem(
      String title,
      String href,
      String dateIso,
      String dateText,
      List<AuthorLink> authors,
      String summary,
      boolean derived,
      String state) {
    public ArticleItem {
      authors = List.copyOf(authors);
    }
  }

  /**
   * An article page. {@code derivedFrom} is the tag of the script it was converted from, or "";
   * {@code readingMinutes} the estimated reading time; {@code state} "draft" or "scheduled" in a
   * preview, else ""; {@code stale} whether this translation predates a change of the original;
   * {@code updatedIso} and {@code updatedText} the front matter's {@code updated} date ("" when it
   * has none); {@code params} the front-matter fields Triglot does not read.
   */
  @RecordBuilder
  public record ArticleView(
      String title,
      String dateIso,
      String dateText,
      String updatedIso,
      String updatedText,
      int readingMinutes,
      List<AuthorLink> authors,
      String bodyHtml,
      List<Link> topics,
      List<ArticleItem> related,
      String derivedFrom,
      String state,
      boolean stale,
      Map<String, Object> params) {
    public ArticleView {
      params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
      authors = List.copyOf(authors);
      topics = List.copyOf(topics);
      related = List.copyOf(related);
    }
  }

  /**
   * The page at an old URL of a renamed article: its head (canonical: the article's page), the
   * article's title, and {@code href}, the root-relative link to the article's page.
   */
  public record RedirectView(Head head, String title, String href) {}

  /** Page links of a paginated listing; a {@code number} of 0 marks a gap ("…"). */
  public record Pager(int current, int total, String previous, String next, List<PageLink> pages) {
    public Pager {
      pages = List.copyOf(pages);
    }
  }

  public record PageLink(int number, String href, boolean current) {}

  /** A listing page: home, a topic, an author, a year of the archive. */
  public record ListView(
      String kind, String heading, String intro, List<ArticleItem> items, Pager pager) {
    public ListView {
      items = List.copyOf(items);
    }
  }

  /** One topic in the topic index, with how many articles it has in this language. */
  public record TopicEntry(String label, String href, int count) {}

  /** Topics under a heading: a letter (A–Z, pinyin for zh-Hans) or a stroke count (zh-Hant). */
  public record TopicGroup(String heading, List<TopicEntry> topics) {
    public TopicGroup {
      topics = List.copyOf(topics);
    }
  }

  public record TopicIndexView(List<TopicGroup> groups) {
    public TopicIndexView {
      groups = List.copyOf(groups);
    }
  }

  public record AuthorEntry(String name, String title, String href, int count) {}

  public record AuthorIndexView(List<AuthorEntry> authors) {
    public AuthorIndexView {
      authors = List.copyOf(authors);
    }
  }

  public record YearEntry(int year, String href, int count) {}

  public record ArchiveView(List<YearEntry> years) {
    public ArchiveView {
      years = List.copyOf(years);
    }
  }

  /**
   * A language offered on a root page, in its own words: the page's heading and line of text in
   * that language, its name, its site title and its home.
   */
  @RecordBuilder
  public record LanguageChoice(
      String lang, String label, String siteTitle, String href, String heading, String tagline) {}

  /** A site-wide page that offers every language: the root chooser and the root 404 page. */
  public record RootView(Head head, List<LanguageChoice> languages) {
    public RootView {
      languages = List.copyOf(languages);
    }
  }

  /** An Atom feed of one language. Dates are RFC 3339. */
  @RecordBuilder
  public record FeedView(
      String lang,
      String title,
      String id,
      String self,
      String home,
      String updated,
      List<FeedEntry> entries) {
    public FeedView {
      entries = List.copyOf(entries);
    }
  }

  /**
   * {@code updated} is the entry's last change: the front matter's {@code updated}, else its date.
   */
  @RecordBuilder
  public record FeedEntry(
      String title,
      String href,
      String published,
      String updated,
      List<String> authors,
      String summary,
      String contentHtml) {
    public FeedEntry {
      authors = List.copyOf(authors);
    }
  }

  /** One article's row of the translation status report. */
  public record StatusRow(String slug, String title, boolean draft, List<StatusCell> cells) {
    public StatusRow {
      cells = List.copyOf(cells);
    }
  }

  /**
   * The status of one language version, with a link to it when readers can open it. Here and below,
   * {@code status} is the machine name (CSS classes such as {@code status-stale}), {@code label}
   * its text in the report's language.
   */
  public record StatusCell(String lang, String status, String label, String href) {}

  /** How many articles of a language have one status, and what share of all articles that is. */
  public record CoverageBar(String status, String label, int count, double percent) {}

  /** A status in the report's legend, with what it means. */
  public record LegendEntry(String status, String label, String meaning) {}

  public record Coverage(
      String lang, String label, int written, int total, List<CoverageBar> bars) {
    public Coverage {
      bars = List.copyOf(bars);
    }
  }

  /** The translation status report. */
  public record StatusView(
      Head head, List<LegendEntry> legend, List<Coverage> coverage, List<StatusRow> rows) {
    public StatusView {
      legend = List.copyOf(legend);
      coverage = List.copyOf(coverage);
      rows = List.copyOf(rows);
    }
  }

  /** One URL of the sitemap with its language alternates (itself included) and x-default. */
  public record SitemapEntry(String loc, String lastmod, List<Alternate> alternates) {
    public SitemapEntry {
      alternates = List.copyOf(alternates);
    }
  }

  public record SitemapView(List<SitemapEntry> entries) {
    public SitemapView {
      entries = List.copyOf(entries);
    }
  }
}
