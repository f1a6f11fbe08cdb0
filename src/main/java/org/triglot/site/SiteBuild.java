package org.triglot.site;

import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.triglot.config.SiteConfig;
import org.triglot.config.SiteConfigLoader;
import org.triglot.config.SitePaths;
import org.triglot.config.SiteSources;
import org.triglot.config.StringsLoader;
import org.triglot.content.Content;
import org.triglot.content.ContentLoader;
import org.triglot.content.Linker;
import org.triglot.content.PublishOptions;
import org.triglot.derive.Deriver;
import org.triglot.derive.Publication;
import org.triglot.diag.BuildFailure;
import org.triglot.diag.Diagnostics;
import org.triglot.lang.Language;
import org.triglot.lang.ScriptConverters;
import org.triglot.markdown.MarkdownRenderer;
import org.triglot.markdown.RenderedMarkdown;
import org.triglot.relate.RelatedIndex;
import org.triglot.render.Assets;
import org.triglot.render.SiteOutput;
import org.triglot.render.SiteRenderer;
import org.triglot.render.Templates;

/**
 * The build pipeline, top to bottom, one method per phase, each timed:
 * load → link → render Markdown → derive → relate → render pages (and write). Every phase
 * collects all its diagnostics; the build stops after a phase that found an error, before
 * anything is written. The Markdown renderer and the script converters are built once and may
 * be shared by many builds (the preview server rebuilds with them).
 */
public final class SiteBuild {
  private final MarkdownRenderer markdown;
  private final ScriptConverters converters;

  public SiteBuild(MarkdownRenderer markdown, ScriptConverters converters) {
    this.markdown = markdown;
    this.converters = converters;
  }

  /** A build with the standard Markdown renderer and script converters. */
  public static SiteBuild standard() {
    return new SiteBuild(new MarkdownRenderer(), ScriptConverters.icu());
  }

  /**
   * Builds the site of {@code request} into {@code output}.
   *
   * @throws BuildFailure with every diagnostic when the input has errors
   */
  public BuildResult build(BuildRequest request, SiteOutput output) {
    Diagnostics diagnostics = new Diagnostics();
    PhaseTimes times = new PhaseTimes();
    SiteSources sources = SiteSources.of(request.source());

    Loaded loaded = times.time("load", () -> load(sources, request, diagnostics));
    diagnostics.throwIfErrors();
    ZonedDateTime now = ZonedDateTime.now(request.clock().withZone(loaded.config().timeZone()));
    Content published = times.time("link", () -> Linker.link(loaded.content(), new PublishOptions(request.drafts(), request.future(), now), diagnostics));
    diagnostics.throwIfErrors();
    Map<String, Map<Language, RenderedMarkdown>> bodies = times.time("markdown", () -> renderMarkdown(published));
    Publication publication = times.time("derive", () -> new Deriver(converters).derive(published, bodies, loaded.strings(), diagnostics));
    diagnostics.throwIfErrors();
    RelatedIndex related = times.time("relate", () -> RelatedIndex.build(publication.articles(), now, loaded.config().related()));
    SiteRenderer.Stats stats = times.time("render", () -> {
      SitePaths paths = new SitePaths(loaded.config());
      Assets assets = Assets.load(sources.assetRoots(), paths.href(paths.asset("")));
      Templates templates = new Templates(sources.templateRoots(), assets);
      return new SiteRenderer(publication, loaded.config(), templates, related, assets).render(output, diagnostics);
    });
    diagnostics.throwIfErrors();
    return new BuildResult(stats.pagesPerLanguage(), stats.files(), diagnostics.all(), times);
  }

  /** What the load phase reads: settings, UI strings and content. */
  private record Loaded(SiteConfig config, Map<Language, Map<String, String>> strings, Content content) {}

  private Loaded load(SiteSources sources, BuildRequest request, Diagnostics diagnostics) {
    SiteConfig config = SiteConfigLoader.load(sources, diagnostics);
    if (request.baseUrl().isPresent()) {
      config = config.withBaseUrl(request.baseUrl().get());
    }
    Map<Language, Map<String, String>> strings = StringsLoader.load(sources, diagnostics);
    Content content = ContentLoader.load(sources, config.timeZone(), diagnostics);
    return new Loaded(config, strings, content);
  }

  private Map<String, Map<Language, RenderedMarkdown>> renderMarkdown(Content published) {
    Map<String, Map<Language, RenderedMarkdown>> bodies = new ConcurrentHashMap<>();
    published.articles().parallelStream().forEach(article -> {
      Map<Language, RenderedMarkdown> rendered = new EnumMap<>(Language.class);
      article.versions().forEach((language, version) -> rendered.put(language, markdown.render(version.markdown())));
      bodies.put(article.slug(), rendered);
    });
    return bodies;
  }

  /** The languages in the order pages are counted, for callers that print results. */
  public static List<Language> languages() {
    return Language.all();
  }
}
