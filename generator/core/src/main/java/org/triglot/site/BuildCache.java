package org.triglot.site;

import java.util.function.Supplier;
import org.triglot.cache.Memo;
import org.triglot.derive.Deriver;
import org.triglot.lang.Language;
import org.triglot.markdown.RenderedMarkdown;
import org.triglot.render.PageKey;

/**
 * What a build remembers for the next one: rendered Markdown by source text and language, converted
 * bodies by source HTML and script, rendered pages by template and view model. The preview server
 * keeps one across rebuilds; a one-shot build uses {@link #none()}. Pages and converted bodies are
 * dropped whenever the templates, UI strings, glossary or settings change, since they depend on
 * them.
 */
public final class BuildCache {
  final Memo<MarkdownInput, RenderedMarkdown> markdown;
  final Memo<Deriver.Conversion, String> conversions;
  final Memo<PageKey, byte[]> pages;
  private final boolean enabled;
  private String lookDigest = "";

  /** What a Markdown body is rendered from: its text, and the language it is written in. */
  record MarkdownInput(String text, Language language) {}

  private BuildCache(boolean enabled) {
    this.enabled = enabled;
    this.markdown = enabled ? Memo.enabled() : Memo.disabled();
    this.conversions = enabled ? Memo.enabled() : Memo.disabled();
    this.pages = enabled ? Memo.enabled() : Memo.disabled();
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
   * Starts a build. {@code lookDigest} gives the digest of what every page depends on (templates,
   * strings, glossary, settings); it is computed only when this cache remembers anything.
   */
  void begin(Supplier<String> lookDigest) {
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
  }

  void sweep() {
    markdown.sweep();
    conversions.sweep();
    pages.sweep();
  }

  /** How many pages the last build rendered through templates, and how many it reused. */
  public int pagesRendered() {
    return pages.misses();
  }

  public int pagesReused() {
    return pages.hits();
  }
}
