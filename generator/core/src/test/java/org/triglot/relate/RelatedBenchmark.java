package org.triglot.relate;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.triglot.cache.Memo;
import org.triglot.config.RelatedSettings;
import org.triglot.config.SiteConfig;
import org.triglot.config.SiteConfigLoader;
import org.triglot.config.SiteSources;
import org.triglot.config.StringsLoader;
import org.triglot.content.Content;
import org.triglot.content.ContentLoader;
import org.triglot.content.Linker;
import org.triglot.content.PublishOptions;
import org.triglot.derive.Deriver;
import org.triglot.derive.LocalizedArticle;
import org.triglot.derive.Publication;
import org.triglot.diag.Diagnostics;
import org.triglot.lang.Glossary;
import org.triglot.lang.Language;
import org.triglot.lang.ScriptConverters;
import org.triglot.markdown.MarkdownRenderer;
import org.triglot.markdown.RenderedArticle;
import org.triglot.markdown.RenderedMarkdown;

/**
 * Measures the related index on real sites: loads each site given on the command line through the
 * pipeline up to the derive phase (not measured), then builds the index, which scores every
 * article, and asks it for every article's list. Reports, per site and run, the CPU time of that
 * work summed over all threads (ThreadMXBean) and the whole process's (which adds the JIT compiler
 * and the garbage collector), the wall time, the bytes allocated (which bound the extra heap it
 * needs at its peak), the heap the index keeps after a full collection, and the bytes of the
 * index's arrays. Run by {@code bench/related.sh}.
 *
 * <pre>
 * RelatedBenchmark [--runs R] [--accuracy] [--grid "rs=32,rt=16;tc=48"] [--show all|N|slug,slug] [--terms N]
 *                  [--set minScore=0.1] [--set includeNewer=false] [--set weights=40/40/10/10] [--set halfLife=365]
 *                  [--now 2026-06-01T00:00:00Z] SITE...
 * </pre>
 *
 * {@code --accuracy} compares the lists with those of exhaustive scoring (every pair, whole texts);
 * {@code --grid} does the same for other {@link Tuning} constants; {@code --show} prints lists with
 * their signals to judge them; {@code --terms} prints the heaviest terms of the first articles.
 */
public final class RelatedBenchmark {
  private RelatedBenchmark() {}

  public static void main(String[] args) {
    int runs = 3;
    String show = "";
    boolean accuracy = false;
    int terms = 0;
    String grid = "";
    List<String> overrides = new ArrayList<>();
    Instant at = Instant.parse("2026-06-01T00:00:00Z");
    List<Path> sites = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--show" -> show = args[++i];
        case "--now" -> at = Instant.parse(args[++i]);
        case "--accuracy" -> accuracy = true;
        case "--terms" -> terms = Integer.parseInt(args[++i]);
        case "--grid" -> grid = args[++i];
        case "--set" -> overrides.add(args[++i]);
        default -> sites.add(Path.of(args[i]));
      }
    }
    System.out.println(
        "articles | CPU s, all threads | CPU s, process | wall s | allocated MB | retained MB | run");
    for (Path site : sites) {
      Loaded loaded = load(site, at);
      RelatedSettings settings = loaded.config.related();
      for (String override : overrides) {
        settings = override(settings, override);
      }
      System.out.println("# settings: " + settings);
      RelatedIndex index = null;
      for (int run = 1; run <= runs; run++) {
        index = null;
        Measure m = Measure.start();
        index = RelatedIndex.build(loaded.publication.articles(), loaded.now, settings);
        int listed = 0;
        for (LocalizedArticle a : loaded.publication.articles()) {
          listed += index.slugsRelatedTo(a.slug()).size();
        }
        m.stop(index);
        System.out.printf(
            Locale.ROOT,
            "%8d | %18.3f | %14.3f | %6.3f | %12.1f | %11.1f | %s%s%n",
            loaded.publication.articles().size(),
            m.threadCpu / 1e9,
            m.processCpu / 1e9,
            m.wall / 1e9,
            m.allocated / 1e6,
            m.retained / 1e6,
            run == 1 ? "first (cold JIT)" : "repeat " + run,
            run == 1
                ? String.format(
                    Locale.ROOT,
                    "; %d entries listed; %d terms; index arrays %.1f MB",
                    listed,
                    index.stats().terms(),
                    index.stats().indexBytes() / 1e6)
                : "");
      }
      if (accuracy || !grid.isEmpty()) {
        RelatedIndex reference =
            RelatedIndex.build(
                loaded.publication.articles(),
                loaded.now,
                settings,
                Tuning.DEFAULT.with("el", Integer.MAX_VALUE).with("cl", Integer.MAX_VALUE),
                true);
        if (accuracy) {
          System.out.println(
              "against exhaustive scoring of whole texts: " + accuracy(loaded, index, reference));
        }
        for (String config : grid.isEmpty() ? new String[0] : grid.split(";")) {
          Tuning tuning = Tuning.DEFAULT;
          for (String kv : config.split(",")) {
            String[] p = kv.split("=");
            tuning = tuning.with(p[0].strip(), Integer.parseInt(p[1].strip()));
          }
          double best = Double.MAX_VALUE;
          RelatedIndex tuned = null;
          for (int run = 0; run < 3; run++) {
            Measure m = Measure.start();
            tuned =
                RelatedIndex.build(
                    loaded.publication.articles(), loaded.now, settings, tuning, false);
            m.stop(tuned);
            best = Math.min(best, m.threadCpu / 1e9);
          }
          System.out.printf(
              Locale.ROOT,
              "%s: warm CPU %.3f s; %s%n",
              tuning.shortForm(),
              best,
              accuracy(loaded, tuned, reference));
        }
      }
      if (terms > 0) {
        printTerms(loaded, terms);
      }
      if (!show.isEmpty()) {
        print(loaded.publication, index, show);
      }
    }
  }

  /**
   * The settings with one changed: minScore=0.1, includeNewer=false, count=5, halfLife=365,
   * weights=40/40/10/10.
   */
  private static RelatedSettings override(RelatedSettings settings, String override) {
    String[] kv = override.split("=");
    return switch (kv[0]) {
      case "minScore" -> settings.withMinScore(Double.parseDouble(kv[1]));
      case "includeNewer" -> settings.withIncludeNewer(Boolean.parseBoolean(kv[1]));
      case "count" -> settings.withCount(Integer.parseInt(kv[1]));
      case "halfLife" ->
          new RelatedSettings(
              settings.count(),
              settings.weights(),
              settings.minScore(),
              settings.includeNewer(),
              Integer.parseInt(kv[1]));
      case "weights" -> {
        String[] w = kv[1].split("/");
        yield settings.withWeights(
            new RelatedSettings.Weights(
                Double.parseDouble(w[0]),
                Double.parseDouble(w[1]),
                Double.parseDouble(w[2]),
                Double.parseDouble(w[3])));
      }
      default -> throw new IllegalArgumentException("unknown setting " + kv[0]);
    };
  }

  /**
   * How close {@code index} comes to {@code reference}: the share of its entries found, and of its
   * total score reached.
   */
  private static String accuracy(Loaded loaded, RelatedIndex index, RelatedIndex reference) {
    int found = 0;
    int total = 0;
    double got = 0;
    double best = 0;
    for (LocalizedArticle a : loaded.publication.articles()) {
      List<String> mine = index.slugsRelatedTo(a.slug());
      List<String> wanted = reference.slugsRelatedTo(a.slug());
      found += (int) mine.stream().filter(wanted::contains).count();
      total += wanted.size();
      got += reference.exactScores(a.slug(), mine);
      best += reference.matchesOf(a.slug()).stream().mapToDouble(RelatedIndex.Match::score).sum();
    }
    return String.format(
        Locale.ROOT,
        "%.1f%% of its entries found; the lists' exact scores add up to %.2f%% of its",
        100.0 * found / Math.max(1, total),
        100 * got / Math.max(1e-9, best));
  }

  private static void printTerms(Loaded loaded, int count) {
    List<LocalizedArticle> articles = loaded.publication.articles();
    boolean[] candidate = new boolean[articles.size()];
    Arrays.fill(candidate, true);
    int[] rank = new int[articles.size()];
    Arrays.setAll(rank, i -> i);
    TextVectors v =
        TextVectors.build(
            articles.stream().map(RelatedIndex::textSource).toList(),
            candidate,
            rank,
            Tuning.DEFAULT);
    for (int i = 0; i < Math.min(articles.size(), count); i++) {
      StringBuilder line = new StringBuilder(articles.get(i).slug() + ":");
      int first = v.start(i);
      Integer[] order = new Integer[v.length(i)];
      Arrays.setAll(order, j -> first + j);
      Arrays.sort(order, (x, y) -> Float.compare(v.weight(y), v.weight(x)));
      for (int at : order) {
        line.append(
            String.format(Locale.ROOT, " %s %.2f", v.vocabulary.term(v.term(at)), v.weight(at)));
      }
      System.out.println(line);
    }
  }

  private record Loaded(SiteConfig config, ZonedDateTime now, Publication publication) {}

  /** The pipeline up to derive, as {@code SiteBuild} runs it; fails on content errors. */
  static Loaded load(Path site, Instant at) {
    long start = System.nanoTime();
    Diagnostics diagnostics = new Diagnostics();
    SiteSources sources = SiteSources.of(site);
    SiteConfig config = SiteConfigLoader.load(sources, diagnostics);
    Map<Language, Map<String, String>> strings =
        StringsLoader.load(sources, config.languages(), diagnostics);
    Content content =
        ContentLoader.load(sources, config.languages(), config.timeZone(), diagnostics);
    diagnostics.throwIfErrors();
    ZonedDateTime now = at.atZone(config.timeZone());
    Content published = Linker.link(content, new PublishOptions(false, false, now), diagnostics);
    MarkdownRenderer markdown = new MarkdownRenderer();
    List<RenderedArticle> bodies =
        published.articles().parallelStream()
            .map(
                article -> {
                  Map<Language, RenderedMarkdown> rendered = new LinkedHashMap<>();
                  article
                      .versions()
                      .forEach(
                          (language, version) ->
                              rendered.put(
                                  language, markdown.render(version.body().text(), language)));
                  return new RenderedArticle(article, rendered);
                })
            .toList();
    Publication publication =
        new Deriver(
                config.languages(),
                ScriptConverters.opencc(Glossary.empty()),
                config.summaries(),
                Memo.disabled())
            .derive(published, bodies, strings, diagnostics);
    diagnostics.throwIfErrors();
    System.out.printf(
        Locale.ROOT,
        "# %s: %d articles loaded and derived in %.1f s (not measured)%n",
        site,
        publication.articles().size(),
        (System.nanoTime() - start) / 1e9);
    return new Loaded(config, now, publication);
  }

  private static void print(Publication publication, RelatedIndex index, String show) {
    Map<String, LocalizedArticle> bySlug = new HashMap<>();
    publication.articles().forEach(a -> bySlug.put(a.slug(), a));
    List<LocalizedArticle> chosen;
    if (show.equals("all")) {
      chosen = publication.articles();
    } else if (show.matches("[0-9]+")) {
      List<LocalizedArticle> all = publication.articles();
      int n = Integer.parseInt(show);
      chosen = new ArrayList<>();
      for (int i = 0; i < n && i < all.size(); i++) {
        chosen.add(all.get((int) ((long) i * all.size() / n)));
      }
    } else {
      chosen = Arrays.stream(show.split(",")).map(bySlug::get).toList();
    }
    for (LocalizedArticle a : chosen) {
      System.out.println();
      System.out.println(describe(a));
      for (RelatedIndex.Match m : index.matchesOf(a)) {
        System.out.printf(
            Locale.ROOT,
            "  %.3f  [topics %.2f text %.2f authors %.2f date %.2f]  %s%n",
            m.score(),
            m.scores().topics(),
            m.scores().text(),
            m.scores().authors(),
            m.scores().date(),
            describe(m.article()));
      }
    }
  }

  private static String describe(LocalizedArticle a) {
    String title = a.editions().values().iterator().next().title();
    return a.article().date().toLocalDate()
        + " "
        + a.slug()
        + " \""
        + title
        + "\" "
        + a.article().topicIds()
        + " by "
        + a.article().authorIds()
        + " "
        + a.editions().keySet().stream().map(Language::tag).toList();
  }

  /**
   * CPU, allocation and heap figures around one piece of work. Allocated bytes bound the extra heap
   * the work can need at its peak (a sampled "heap in use" mostly measures the JVM's allocation
   * buffers at these sizes, so it is not reported); retained bytes are what stays live after it.
   */
  private static final class Measure {
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean OS =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    long threadCpu;
    long processCpu;
    long wall;
    long allocated;
    long retained;
    private long heapBefore;
    private Map<Long, long[]> threadsBefore;

    static Measure start() {
      Measure m = new Measure();
      m.heapBefore = settledHeap();
      m.threadsBefore = threadFigures();
      m.processCpu = OS.getProcessCpuTime();
      m.wall = System.nanoTime();
      return m;
    }

    void stop(Object keep) {
      wall = System.nanoTime() - wall;
      processCpu = OS.getProcessCpuTime() - processCpu;
      Map<Long, long[]> after = threadFigures();
      for (Map.Entry<Long, long[]> e : after.entrySet()) {
        long[] before = threadsBefore.getOrDefault(e.getKey(), new long[2]);
        threadCpu += e.getValue()[0] - before[0];
        allocated += e.getValue()[1] - before[1];
      }
      retained = settledHeap() - heapBefore;
      Reference.reachabilityFence(keep);
    }

    /** CPU nanoseconds and allocated bytes of every live thread, by thread id. */
    private static Map<Long, long[]> threadFigures() {
      long[] ids = THREADS.getAllThreadIds();
      long[] cpu = THREADS.getThreadCpuTime(ids);
      long[] bytes = THREADS.getThreadAllocatedBytes(ids);
      Map<Long, long[]> figures = new HashMap<>();
      for (int i = 0; i < ids.length; i++) {
        figures.put(ids[i], new long[] {Math.max(0, cpu[i]), Math.max(0, bytes[i])});
      }
      return figures;
    }

    private static long settledHeap() {
      long used = Long.MAX_VALUE;
      for (int i = 0; i < 3; i++) {
        System.gc();
        used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
      }
      return used;
    }
  }
}
