package org.triglot.site;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.triglot.cache.Memo;
import org.triglot.cache.ResultCodec;
import org.triglot.config.SiteConfig;
import org.triglot.derive.Deriver;
import org.triglot.lang.Glossary;
import org.triglot.lang.Language;
import org.triglot.markdown.Heading;
import org.triglot.markdown.Refusal;
import org.triglot.markdown.RemovedLink;
import org.triglot.markdown.RenderedMarkdown;
import org.triglot.render.PageKey;
import org.triglot.search.SearchIndex;

/**
 * What a build remembers for the next one: rendered Markdown by source text and language, converted
 * bodies by source HTML and script, rendered pages by template and view model. The preview server
 * keeps one in memory across rebuilds ({@link #remembering()}); a one-shot build keeps rendered
 * Markdown, converted bodies and the search index files in files under a cache folder ({@link
 * #stored}), or nothing ({@link #none()}). Pages and converted bodies are dropped whenever the
 * templates, UI strings, glossary or settings change, since they depend on them; a stored converted
 * body is filed under the glossary and conversion settings it was made with.
 */
public final class BuildCache {
  final Memo<MarkdownInput, RenderedMarkdown> markdown;
  final Memo<Deriver.Conversion, String> conversions;
  final Memo<PageKey, byte[]> pages;
  final Memo<SearchIndex.Input, SearchIndex.Files> searchIndexes;
  private final boolean enabled;
  private final Path folder;
  private final Consumer<String> notices;
  private final Set<String> problems = new LinkedHashSet<>();
  private String lookDigest = "";

  /** What a Markdown body is rendered from: its text, and the language it is written in. */
  record MarkdownInput(String text, Language language) {}

  private BuildCache(boolean enabled) {
    this.enabled = enabled;
    this.folder = null;
    this.notices = notice -> {};
    this.markdown = enabled ? Memo.enabled() : Memo.disabled();
    this.conversions = enabled ? Memo.enabled() : Memo.disabled();
    this.pages = enabled ? Memo.enabled() : Memo.disabled();
    this.searchIndexes = enabled ? Memo.enabled() : Memo.disabled();
  }

  private BuildCache(Path folder, Consumer<String> notices) {
    this.enabled = false;
    this.folder = folder;
    this.notices = notices;
    this.markdown = Memo.stored(MARKDOWN);
    this.conversions = Memo.stored(CONVERSIONS);
    this.pages = Memo.disabled();
    this.searchIndexes = Memo.stored(SEARCH_INDEXES);
  }

  /** Remembers between builds. */
  public static BuildCache remembering() {
    return new BuildCache(true);
  }

  /** Remembers nothing. */
  public static BuildCache none() {
    return new BuildCache(false);
  }

  /**
   * Keeps rendered Markdown, converted bodies and search index files in {@code folder} for the next
   * build; {@code notices} gets one line when the folder's files could not be used or written (the
   * build is correct either way: what could not be read is computed again).
   */
  public static BuildCache stored(Path folder, Consumer<String> notices) {
    return new BuildCache(folder, notices);
  }

  /** The cache folder for a build into {@code output}: {@code .triglot-cache} beside it. */
  public static Path folderFor(Path output) {
    Path parent = output.toAbsolutePath().normalize().getParent();
    return (parent == null ? output : parent).resolve(".triglot-cache");
  }

  /**
   * Starts a build. {@code lookDigest} gives the digest of what every page depends on (templates,
   * strings, glossary, settings); it is computed only when this cache remembers anything in memory.
   */
  void begin(Supplier<String> lookDigest, Glossary glossary, SiteConfig config) {
    if (folder != null) {
      problems.clear();
      markdown.open(folder.resolve("markdown.cache"), new byte[0], this::problem);
      conversions.open(
          folder.resolve("conversions.cache"),
          (glossary + "\n" + config.conversion()).getBytes(StandardCharsets.UTF_8),
          this::problem);
      searchIndexes.open(folder.resolve("search.cache"), new byte[0], this::problem);
      return;
    }
    if (!enabled) {
      return;
    }
    String templatesAndStringsDigest = lookDigest.get();
    if (!templatesAndStringsDigest.equals(this.lookDigest)) {
      pages.clear();
      conversions.clear();
      this.lookDigest = templatesAndStringsDigest;
    }
    markdown.begin();
    conversions.begin();
    pages.begin();
    searchIndexes.begin();
  }

  private synchronized void problem(String problem) {
    problems.add(problem);
  }

  /**
   * Ends a build; one that {@code succeeded} writes the cache folder's files again where they
   * changed. Tells the notices, in one line, what in the folder could not be used or written.
   */
  void end(boolean succeeded) {
    if (folder == null) {
      if (succeeded) {
        sweep();
      }
      return;
    }
    List<String> unwritten = new ArrayList<>();
    for (Memo<?, ?> memo : List.of(markdown, conversions, searchIndexes)) {
      try {
        memo.close(succeeded);
      } catch (IOException e) {
        unwritten.add(e.getMessage());
      }
    }
    List<String> said = new ArrayList<>();
    synchronized (this) {
      if (!problems.isEmpty()) {
        said.add(
            "the build cache in "
                + folder
                + " could not be used in part ("
                + String.join("; ", problems)
                + "); what it lacked was computed again"
                + (succeeded && unwritten.isEmpty() ? " and stored anew" : ""));
      }
      problems.clear();
    }
    if (!unwritten.isEmpty()) {
      said.add("the build cache in " + folder + " could not be written (" + unwritten.get(0) + ")");
    }
    if (!said.isEmpty()) {
      notices.accept(String.join("; ", said));
    }
  }

  void sweep() {
    markdown.sweep();
    conversions.sweep();
    pages.sweep();
    searchIndexes.sweep();
  }

  /**
   * What the stored cache saved the build in progress, for its summary line ("" for the other
   * kinds).
   */
  String note() {
    if (folder == null) {
      return "";
    }
    int rendered = markdown.misses();
    int converted = conversions.misses();
    return rendered
        + " of "
        + (rendered + markdown.hits())
        + " Markdown bodies rendered, "
        + converted
        + " of "
        + (converted + conversions.hits())
        + " bodies converted, "
        + searchIndexes.misses()
        + " of "
        + (searchIndexes.misses() + searchIndexes.hits())
        + " search indexes built";
  }

  /** How many pages the last build rendered through templates, and how many it reused. */
  public int pagesRendered() {
    return pages.misses();
  }

  public int pagesReused() {
    return pages.hits();
  }

  /** How many Markdown bodies the last build rendered, and how many it found in the cache. */
  public int markdownRendered() {
    return markdown.misses();
  }

  public int markdownReused() {
    return markdown.hits();
  }

  /** A rendered body, filed under its language and text. */
  private static final ResultCodec<MarkdownInput, RenderedMarkdown> MARKDOWN =
      new ResultCodec<>() {
        @Override
        public void key(MarkdownInput input, MessageDigest sha) {
          ResultCodec.key(sha, input.language().tag());
          ResultCodec.key(sha, input.text());
        }

        @Override
        public void write(RenderedMarkdown body, DataOutputStream out) throws IOException {
          ResultCodec.writeString(out, body.html());
          out.writeInt(body.headings().size());
          for (Heading heading : body.headings()) {
            out.writeInt(heading.level());
            ResultCodec.writeString(out, heading.id());
            ResultCodec.writeString(out, heading.text());
          }
          ResultCodec.writeString(out, body.firstParagraph());
          ResultCodec.writeString(out, body.plainText());
          out.writeInt(body.removedLinks().size());
          for (RemovedLink link : body.removedLinks()) {
            ResultCodec.writeString(out, link.url());
            out.writeInt(link.line());
            out.writeInt(link.column());
          }
          out.writeInt(body.refusals().size());
          for (Refusal refusal : body.refusals()) {
            out.writeInt(refusal.line());
            out.writeInt(refusal.column());
            ResultCodec.writeString(out, refusal.message());
            ResultCodec.writeString(out, refusal.hint());
          }
        }

        @Override
        public RenderedMarkdown read(DataInputStream in) throws IOException {
          String html = ResultCodec.readString(in);
          List<Heading> headings = new ArrayList<>();
          for (int n = ResultCodec.readCount(in); n > 0; n--) {
            headings.add(
                new Heading(in.readInt(), ResultCodec.readString(in), ResultCodec.readString(in)));
          }
          String firstParagraph = ResultCodec.readString(in);
          String plainText = ResultCodec.readString(in);
          List<RemovedLink> removed = new ArrayList<>();
          for (int n = ResultCodec.readCount(in); n > 0; n--) {
            removed.add(new RemovedLink(ResultCodec.readString(in), in.readInt(), in.readInt()));
          }
          List<Refusal> refusals = new ArrayList<>();
          for (int n = ResultCodec.readCount(in); n > 0; n--) {
            refusals.add(
                new Refusal(
                    in.readInt(),
                    in.readInt(),
                    ResultCodec.readString(in),
                    ResultCodec.readString(in)));
          }
          return new RenderedMarkdown(html, headings, firstParagraph, plainText, removed, refusals);
        }
      };

  /** A converted body, filed under its source and target languages and its source HTML. */
  private static final ResultCodec<Deriver.Conversion, String> CONVERSIONS =
      new ResultCodec<>() {
        @Override
        public void key(Deriver.Conversion conversion, MessageDigest sha) {
          ResultCodec.key(sha, conversion.source().tag());
          ResultCodec.key(sha, conversion.target().tag());
          ResultCodec.key(sha, conversion.html());
        }

        @Override
        public void write(String html, DataOutputStream out) throws IOException {
          ResultCodec.writeString(out, html);
        }

        @Override
        public String read(DataInputStream in) throws IOException {
          return ResultCodec.readString(in);
        }
      };

  /** A language's search index files, filed under every field of its documents. */
  private static final ResultCodec<SearchIndex.Input, SearchIndex.Files> SEARCH_INDEXES =
      new ResultCodec<>() {
        @Override
        public void key(SearchIndex.Input input, MessageDigest sha) {
          ResultCodec.key(sha, input.fold() ? "folded" : "as written");
          ResultCodec.key(sha, Integer.toString(input.documents().size()));
          for (SearchIndex.Document d : input.documents()) {
            // A document's shown text is most often its indexed body, the same string: fed once.
            Map<String, Integer> fed = new IdentityHashMap<>();
            for (String field : d.fields()) {
              Integer before = fed.putIfAbsent(field, fed.size());
              if (before == null) {
                ResultCodec.key(sha, field);
              } else {
                ResultCodec.keyReference(sha, before);
              }
            }
          }
        }

        @Override
        public void write(SearchIndex.Files files, DataOutputStream out) throws IOException {
          ResultCodec.writeString(out, files.version());
          for (List<String> texts :
              List.of(files.shards(), files.positionShards(), files.longPositions())) {
            out.writeInt(texts.size());
            for (String text : texts) {
              ResultCodec.writeString(out, text);
            }
          }
        }

        @Override
        public SearchIndex.Files read(DataInputStream in) throws IOException {
          String version = ResultCodec.readString(in);
          List<List<String>> lists = new ArrayList<>();
          for (int l = 0; l < 3; l++) {
            List<String> texts = new ArrayList<>();
            for (int n = ResultCodec.readCount(in); n > 0; n--) {
              texts.add(ResultCodec.readString(in));
            }
            lists.add(texts);
          }
          return new SearchIndex.Files(version, lists.get(0), lists.get(1), lists.get(2));
        }
      };
}
