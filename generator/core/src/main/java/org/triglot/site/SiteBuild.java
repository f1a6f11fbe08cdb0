package org.triglot.site;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.triglot.config.GlossaryLoader;
import org.triglot.config.SiteConfig;
import org.triglot.config.SiteConfigLoader;
import org.triglot.config.SitePaths;
import org.triglot.config.SiteSources;
import org.triglot.config.StringsLoader;
import org.triglot.content.Content;
import org.triglot.content.ContentLoader;
import org.triglot.content.Linker;
import org.triglot.content.MarkdownSource;
import org.triglot.content.PublishOptions;
import org.triglot.content.TranslationReport;
import org.triglot.derive.Deriver;
import org.triglot.derive.Publication;
import org.triglot.diag.BuildFailure;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourcePosition;
import org.triglot.lang.ChineseConversion;
import org.triglot.lang.Glossary;
import org.triglot.lang.Language;
import org.triglot.lang.ScriptConverters;
import org.triglot.markdown.MarkdownRenderer;
import org.triglot.markdown.Refusal;
import org.triglot.markdown.RemovedLink;
import org.triglot.markdown.RenderedArticle;
import org.triglot.markdown.RenderedMarkdown;
import org.triglot.relate.RelatedIndex;
import org.triglot.render.Assets;
import org.triglot.render.SiteOutput;
import org.triglot.render.SiteRenderer;
import org.triglot.render.Templates;

/**
 * The build pipeline, top to bottom, one method per phase, each timed: load → link → render
 * Markdown → derive → relate → render pages (and write). Every phase collects all its diagnostics;
 * the build stops after a phase that found an error, before anything is written. The Markdown
 * renderer and the script conversion dictionaries are built once and may be shared by many builds
 * (the preview server rebuilds with them); the script converters are made per build from the site's
 * glossary and conversion settings.
 */
public final class SiteBuild {
  private final MarkdownRenderer markdown;
  private final BiFunction<Glossary, ChineseConversion, ScriptConverters> converters;
  private final BuildCache cache;

  /**
   * A build whose script converters are made from the glossary and settings of the site being
   * built.
   */
  public SiteBuild(
      MarkdownRenderer markdown,
      BiFunction<Glossary, ChineseConversion, ScriptConverters> converters,
      BuildCache cache) {
    this.markdown = markdown;
    this.converters = converters;
    this.cache = cache;
  }

  /**
   * A one-shot build with the standard Markdown renderer and the phrase-level script converters,
   * with the site's glossary (the dictionaries themselves are loaded once per JVM).
   */
  public static SiteBuild standard() {
    return new SiteBuild(new MarkdownRenderer(), ScriptConverters::opencc, BuildCache.none());
  }

  /**
   * A one-shot build that keeps rendered Markdown, converted bodies and search index files in
   * {@code cacheFolder} for the next build ({@link BuildCache#stored}); {@code notices} gets a line
   * when the folder could not be used or written.
   */
  public static SiteBuild caching(Path cacheFolder, Consumer<String> notices) {
    return new SiteBuild(
        new MarkdownRenderer(), ScriptConverters::opencc, BuildCache.stored(cacheFolder, notices));
  }

  /** A build for the preview server: each rebuild reuses what the change did not affect. */
  public static SiteBuild remembering() {
    return new SiteBuild(
        new MarkdownRenderer(), ScriptConverters::opencc, BuildCache.remembering());
  }

  public BuildCache cache() {
    return cache;
  }

  /**
   * Builds the site of {@code request} into {@code output}.
   *
   * @throws BuildFailure with every diagnostic when the input has errors
   */
  public BuildResult build(BuildRequest request, SiteOutput output) {
    return build(request, output, BuildProgress.QUIET);
  }

  /** As {@link #build(BuildRequest, SiteOutput)}, telling {@code progress} how it goes. */
  public synchronized BuildResult build(
      BuildRequest request, SiteOutput output, BuildProgress progress) {
    Diagnostics diagnostics = new Diagnostics();
    PhaseTimes times = new PhaseTimes();
    SiteSources sources = SiteSources.of(request.source());

    progress.phase("load");
    Loaded loaded = times.time("load", () -> load(sources, request, diagnostics));
    diagnostics.throwIfErrors();
    cache.begin(
        () -> LookDigest.of(sources, loaded.strings(), loaded.glossary(), loaded.config()),
        loaded.glossary(),
        loaded.config());
    boolean succeeded = false;
    try {
      BuildResult result = build(request, loaded, sources, diagnostics, times, progress, output);
      succeeded = true;
      return result;
    } finally {
      cache.end(succeeded);
    }
  }

  /** The phases after load: link, Markdown, derive, relate, render. */
  private BuildResult build(
      BuildRequest request,
      Loaded loaded,
      SiteSources sources,
      Diagnostics diagnostics,
      PhaseTimes times,
      BuildProgress progress,
      SiteOutput output) {
    ZonedDateTime now = ZonedDateTime.now(request.clock().withZone(loaded.config().timeZone()));
    progress.phase("link");
    Content published =
        times.time(
            "link",
            () ->
                Linker.link(
                    loaded.content(),
                    new PublishOptions(request.drafts(), request.future(), now),
                    diagnostics));
    diagnostics.throwIfErrors();
    progress.phase("markdown");
    List<RenderedArticle> rendered =
        times.time("markdown", () -> renderMarkdown(published, progress, diagnostics));
    diagnostics.throwIfErrors();
    progress.phase("derive");
    Publication publication =
        times.time(
            "derive",
            () ->
                new Deriver(
                        loaded.config().languages(),
                        converters.apply(loaded.glossary(), loaded.config().conversion()),
                        loaded.config().summaries(),
                        cache.conversions)
                    .derive(published, rendered, loaded.strings(), diagnostics));
    diagnostics.throwIfErrors();
    progress.phase("relate");
    RelatedIndex related =
        times.time(
            "relate",
            () -> RelatedIndex.build(publication.articles(), now, loaded.config().related()));
    progress.phase("render");
    SiteRenderer.Stats stats =
        times.time(
            "render",
            () -> {
              SitePaths paths = new SitePaths(loaded.config());
              Assets assets =
                  Assets.load(sources.assetRoots(), paths.href(paths.asset("")), diagnostics);
              Templates templates = new Templates(sources.templateRoots(), assets);
              templates.check(diagnostics, sources::displayPath);
              diagnostics.throwIfErrors();
              return new SiteRenderer(
                      publication,
                      loaded.config(),
                      templates,
                      related,
                      assets,
                      now,
                      TranslationReport.of(loaded.content(), loaded.config().languages()),
                      cache.pages,
                      cache.searchIndexes)
                  .render(
                      output,
                      diagnostics,
                      (done, total) -> progress.advance("render", done, total));
            });
    diagnostics.throwIfErrors();
    times.part("search index", stats.searchNanos());
    return new BuildResult(
        stats.pagesPerLanguage(),
        stats.files(),
        diagnostics.all(),
        times,
        loaded.config().baseUrl(),
        cache.note());
  }

  /**
   * Loads and validates a site's settings and content only (the {@code status} and {@code new}
   * commands).
   */
  public static SiteContent loadContent(SiteSources sources, Diagnostics diagnostics) {
    SiteConfig config = SiteConfigLoader.load(sources, diagnostics);
    return new SiteContent(
        config, ContentLoader.load(sources, config.languages(), config.timeZone(), diagnostics));
  }

  /** What the load phase reads: settings, UI strings, the conversion glossary and content. */
  private record Loaded(
      SiteConfig config,
      Map<Language, Map<String, String>> strings,
      Glossary glossary,
      Content content) {}

  private Loaded load(SiteSources sources, BuildRequest request, Diagnostics diagnostics) {
    sources.checkLookFolders(diagnostics);
    SiteConfig config = SiteConfigLoader.load(sources, request.baseUrl().isEmpty(), diagnostics);
    if (request.baseUrl().isPresent()) {
      config = config.withBaseUrl(request.baseUrl().get());
    }
    Map<Language, Map<String, String>> strings =
        StringsLoader.load(sources, config.languages(), diagnostics);
    Glossary glossary = GlossaryLoader.load(sources, config.conversion().standard(), diagnostics);
    Content content =
        ContentLoader.load(sources, config.languages(), config.timeZone(), diagnostics);
    return new Loaded(config, strings, glossary, content);
  }

  /** The markdown phase: every written version's body, in parallel, in the articles' order. */
  private List<RenderedArticle> renderMarkdown(
      Content published, BuildProgress progress, Diagnostics diagnostics) {
    AtomicInteger done = new AtomicInteger();
    int total = published.articles().size();
    return published.articles().parallelStream()
        .map(
            article -> {
              Map<Language, RenderedMarkdown> bodies = new LinkedHashMap<>();
              article
                  .versions()
                  .forEach(
                      (language, version) -> {
                        RenderedMarkdown body =
                            cache.markdown.get(
                                new BuildCache.MarkdownInput(version.body().text(), language),
                                input -> markdown.render(input.text(), input.language()));
                        warnRemovedLinks(version.body(), body, diagnostics);
                        reportRefusals(version.body(), body, diagnostics);
                        bodies.put(language, body);
                      });
              int n = done.incrementAndGet();
              if (n % 100 == 0 || n == total) {
                progress.advance("markdown", n, total);
              }
              return new RenderedArticle(article, bodies);
            })
        .toList();
  }

  /** An error for a body the Markdown renderer refused, at its line in the file. */
  private static void reportRefusals(
      MarkdownSource source, RenderedMarkdown body, Diagnostics diagnostics) {
    for (Refusal refusal : body.refusals()) {
      String line = source.text().lines().skip(refusal.line() - 1L).findFirst().orElse("");
      diagnostics.error(
          new SourcePosition(
              source.path(), source.line() + refusal.line() - 1, refusal.column(), line),
          refusal.message(),
          refusal.hint());
    }
  }

  /** One warning for each link the Markdown renderer took out, at its line in the file. */
  private static void warnRemovedLinks(
      MarkdownSource source, RenderedMarkdown body, Diagnostics diagnostics) {
    if (body.removedLinks().isEmpty()) {
      return;
    }
    List<String> lines = source.text().lines().toList();
    for (RemovedLink link : body.removedLinks()) {
      String line = link.line() <= lines.size() ? lines.get(link.line() - 1) : "";
      String url = link.url().length() > 80 ? link.url().substring(0, 80) + "…" : link.url();
      diagnostics.warning(
          new SourcePosition(source.path(), source.line() + link.line() - 1, link.column(), line),
          "link to \"" + url + "\" removed: its scheme is not allowed",
          "links may be relative or use http, https, mailto or tel; the text stays");
    }
  }
}
