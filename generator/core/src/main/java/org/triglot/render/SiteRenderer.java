package org.triglot.render;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.triglot.cache.Memo;
import org.triglot.config.SiteConfig;
import org.triglot.content.TranslationReport;
import org.triglot.derive.Publication;
import org.triglot.diag.Diagnostic;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourcePosition;
import org.triglot.lang.Language;
import org.triglot.relate.RelatedIndex;
import org.triglot.search.SearchIndex;

/**
 * The render-pages phase: lists every file of the site, renders them in parallel through the
 * templates and hands each to the output as soon as it is done, then writes the sitemap. A template
 * error becomes a diagnostic naming the template position and the content file; the same error on
 * many pages is reported once.
 */
public final class SiteRenderer {
  private final RenderContext context;

  private final TranslationReport report;
  private final Memo<SearchIndex.Input, SearchIndex.Files> searchIndexes;

  /**
   * {@code now} is the build's clock reading (previews mark drafts and scheduled articles by it);
   * {@code report} the translation status of all loaded articles, published as {@code status/};
   * {@code pages} remembers rendered pages by template and model (the preview server), or is
   * disabled; {@code searchIndexes} remembers the search index files by what they are built from.
   */
  public SiteRenderer(
      Publication publication,
      SiteConfig config,
      Templates templates,
      RelatedIndex related,
      Assets assets,
      ZonedDateTime now,
      TranslationReport report,
      Memo<PageKey, byte[]> pages,
      Memo<SearchIndex.Input, SearchIndex.Files> searchIndexes) {
    this.context = new RenderContext(publication, config, templates, related, assets, now, pages);
    this.report = report;
    this.searchIndexes = searchIndexes;
  }

  /** How many pages went to each language folder, and how many files in all. */
  public record Stats(Map<Language, Integer> pagesPerLanguage, int files, long searchNanos) {}

  /** Told how many files of how many are done, as rendering goes. */
  public interface Progress {
    void rendered(int done, int total);

    Progress NONE = (done, total) -> {};
  }

  public Stats render(SiteOutput output, Diagnostics diagnostics, Progress progress) {
    // The search indexes are built on a thread of their own while the pages render: their merge
    // runs on one core, which the pages would otherwise leave idle.
    AtomicLong searchNanos = new AtomicLong();
    CompletableFuture<List<PageSpec>> search =
        CompletableFuture.supplyAsync(
            () -> {
              long start = System.nanoTime();
              List<PageSpec> specs = new SearchPages(context, searchIndexes).specs();
              searchNanos.set(System.nanoTime() - start);
              return specs;
            },
            work -> {
              Thread thread = new Thread(work, "triglot-search-index");
              thread.setDaemon(true);
              thread.start();
            });
    List<PageSpec> pages = new ArrayList<>();
    pages.addAll(new ArticlePages(context).specs());
    pages.addAll(new ListingPages(context).specs());
    SiteFiles files = new SiteFiles(context);
    pages.addAll(files.specs());
    pages.add(PageSpec.plain("status/", () -> new StatusPage(context).render(report)));
    pages.sort(Comparator.comparing(PageSpec::path));

    Rendering rendering =
        new Rendering(output, RenderLimits.ofTime(context.config.renderTimeLimit()), progress);
    rendering.render(pages);
    List<PageSpec> searchFiles = searchSpecs(search);
    searchFiles.sort(Comparator.comparing(PageSpec::path));
    rendering.render(searchFiles);
    List<PageSpec> specs = new ArrayList<>(pages);
    specs.addAll(searchFiles);
    specs.sort(Comparator.comparing(PageSpec::path));
    if (rendering.failures.isEmpty()) {
      rendering.render(
          List.of(PageSpec.plain(context.paths.sitemap(), () -> files.sitemap(specs))));
    }
    new LinkedHashMap<>(rendering.failures).values().forEach(f -> diagnostics.add(f.diagnostic()));

    Map<Language, Integer> perLanguage = new LinkedHashMap<>();
    for (Language language : context.languages.all()) {
      String prefix = language.urlSegment() + "/";
      perLanguage.put(
          language,
          (int)
              specs.stream()
                  .filter(s -> s.path().startsWith(prefix) && s.file().endsWith(".html"))
                  .count());
    }
    return new Stats(perLanguage, specs.size() + 1, searchNanos.get());
  }

  /** Waits for the search index's files; an error building them is rethrown as it was. */
  private static List<PageSpec> searchSpecs(CompletableFuture<List<PageSpec>> search) {
    try {
      return new ArrayList<>(search.join());
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /**
   * The files of one render phase, rendered in batches on the render threads, each handed to the
   * output when done; a template error is kept in {@link #failures} (one entry per error, with the
   * pages it struck). Progress counts over every batch so far.
   */
  private static final class Rendering {
    final Map<String, Failure> failures = new ConcurrentHashMap<>();
    private final SiteOutput output;
    private final RenderLimits limits;
    private final Progress progress;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();

    Rendering(SiteOutput output, RenderLimits limits, Progress progress) {
      this.output = output;
      this.limits = limits;
      this.progress = progress;
    }

    void render(List<PageSpec> specs) {
      total.addAndGet(specs.size());
      RenderThread.forEach(
          specs,
          Runtime.getRuntime().availableProcessors(),
          limits,
          spec -> {
            RenderThread thread = RenderThread.current().orElseThrow();
            thread.beginPage();
            try {
              output.write(spec.file(), spec.content().get());
              int n = done.incrementAndGet();
              if (n % 200 == 0 || n == total.get()) {
                progress.rendered(n, total.get());
              }
            } catch (TemplateFailure e) {
              if (e.abandoned()) {
                return;
              }
              failures.compute(
                  e.where() + " " + e.getMessage(),
                  (k, seen) -> seen == null ? new Failure(e, spec) : seen.alsoOn(spec));
            } finally {
              thread.endPage();
            }
          });
    }
  }

  /**
   * One template error and the pages it struck; the page named is the first by path, so the
   * diagnostic is the same however the threads happened to run.
   */
  private static final class Failure {
    final TemplateFailure error;
    final PageSpec page;
    final AtomicInteger pages = new AtomicInteger(1);

    Failure(TemplateFailure error, PageSpec page) {
      this.error = error;
      this.page = page;
    }

    private Failure(TemplateFailure error, PageSpec page, int count) {
      this(error, page);
      pages.set(count);
    }

    Failure alsoOn(PageSpec other) {
      PageSpec first = other.path().compareTo(page.path()) < 0 ? other : page;
      return new Failure(error, first, pages.get() + 1);
    }

    Diagnostic diagnostic() {
      String where = page.source().isEmpty() ? page.file() : page.source();
      int more = pages.get() - 1;
      String message =
          "template error: "
              + TemplateFailure.firstLine(error.getMessage())
              + " (while rendering "
              + where
              + (more > 0 ? " and " + more + " more " + (more == 1 ? "page" : "pages") : "")
              + ")";
      SourcePosition at =
          new SourcePosition("templates/" + error.template(), error.line(), error.column(), "");
      return Diagnostic.error(at, message)
          .withHint("fix the template, or the content value it names");
    }
  }
}
