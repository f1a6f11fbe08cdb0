package org.triglot.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.triglot.config.SiteConfigLoader;
import org.triglot.diag.BuildFailure;
import org.triglot.diag.Diagnostic;
import org.triglot.site.BuildCache;
import org.triglot.site.BuildRequest;
import org.triglot.site.BuildResult;
import org.triglot.site.OutputFolder;
import org.triglot.site.OutputLock;
import org.triglot.site.OutputRefused;
import org.triglot.site.SiteBuild;
import org.triglot.site.StagedDirectoryOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code triglot build}: builds a site folder into an output folder, all or nothing. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the three sites of a site folder into an output folder.",
      "The site folder holds content/ and may bring templates/, i18n/ and site.yaml; what it lacks comes from Triglot's own.",
      "The output is written to a staging folder and moved into place only when the build succeeds."
    })
final class BuildCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--source",
      paramLabel = "DIR",
      description = "The site folder (default: the current folder).")
  Path source = Path.of(".");

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where the site goes (default: DIR/target/site).")
  Path out;

  @Option(names = "--drafts", description = "Include articles marked draft: true.")
  boolean drafts;

  @Option(names = "--future", description = "Include articles dated in the future.")
  boolean future;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description =
          "The URL the site is served from, instead of site.yaml's baseUrl (empty: site.yaml's).")
  String baseUrl;

  @Option(
      names = "--force",
      description =
          "Build into an output folder that holds files Triglot did not write, after moving them to OUT.backup-N.")
  boolean force;

  @Option(
      names = "--no-wait",
      description =
          "Exit with status 2 instead of waiting when another build is writing the same output.")
  boolean noWait;

  @Option(
      names = "--no-cache",
      description =
          "Render every Markdown body, convert every derived edition and build every search index again, without reading or writing the build cache (.triglot-cache beside the output folder).")
  boolean noCache;

  @Override
  public Integer call() {
    Path sourceDir = source.toAbsolutePath().normalize();
    Path outDir =
        (out == null ? sourceDir.resolve("target").resolve("site") : out)
            .toAbsolutePath()
            .normalize();
    checkFolders(sourceDir, outDir);
    Optional<URI> url = Optional.empty();
    if (baseUrl != null && !baseUrl.isBlank()) {
      url = SiteConfigLoader.parseBaseUrl(baseUrl);
      if (url.isEmpty()) {
        throw new Main.UsageError(
            "--base-url must be an absolute http(s) URL, e.g. https://example.org/commentary/ (got \""
                + baseUrl
                + "\")");
      }
    }
    BuildRequest request = new BuildRequest(sourceDir, drafts, future, url, Clock.systemUTC());
    var err = spec.commandLine().getErr();
    Optional<Path> backup;
    try {
      backup = OutputFolder.claim(outDir, force);
    } catch (OutputRefused refused) {
      throw new Main.UsageError(refused.getMessage());
    }
    backup.ifPresent(
        b ->
            err.println(
                "triglot: moved the files that were in "
                    + outDir
                    + " to "
                    + b
                    + " (nothing was deleted)"));
    var stdout = spec.commandLine().getOut();
    var progress = TerminalProgress.forTerminal(err);
    try (OutputLock lock = lock(outDir, err);
        StagedDirectoryOutput output =
            new StagedDirectoryOutput(
                outDir, notice -> err.println("triglot: warning: " + notice))) {
      BuildResult result;
      try {
        SiteBuild build =
            noCache
                ? SiteBuild.standard()
                : SiteBuild.caching(
                    BuildCache.folderFor(outDir),
                    notice -> err.println("triglot: warning: " + notice));
        result = build.build(request, output, progress);
      } finally {
        if (progress instanceof TerminalProgress terminal) {
          terminal.finish();
        }
      }
      output.commit();
      result.warnings().forEach(w -> err.print(w.format()));
      stdout.println(result.summaryLine() + " -> " + outDir);
      return Main.OK;
    } catch (OutputRefused refused) {
      throw new Main.UsageError(refused.getMessage());
    } catch (UncheckedIOException e) {
      throw new Main.UsageError(
          "cannot write the site to " + outDir + ": " + e.getCause().getMessage());
    } catch (BuildFailure failure) {
      failure.diagnostics().forEach(d -> err.print(d.format()));
      long errors = failure.diagnostics().stream().filter(Diagnostic::isError).count();
      err.println(
          "build failed: "
              + errors
              + (errors == 1 ? " error" : " errors")
              + "; "
              + outDir
              + " was left as it was, without its completion mark, so it will not be deployed");
      return Main.CONTENT_ERRORS;
    }
  }

  private OutputLock lock(Path outDir, PrintWriter err) {
    return noWait
        ? OutputLock.acquireNow(outDir)
        : OutputLock.acquire(outDir, waiting -> err.println("triglot: " + waiting));
  }

  /** Refuses a missing site, and an output folder that would swallow the site's own files. */
  static void checkFolders(Path sourceDir, Path outDir) {
    SiteFolder.require(sourceDir);
    if (sourceDir.startsWith(outDir)) {
      throw new Main.UsageError(
          "output folder " + outDir + " contains the site folder; building would replace it");
    }
    for (String kept : new String[] {"content", "templates", "i18n"}) {
      if (outDir.startsWith(sourceDir.resolve(kept))) {
        throw new Main.UsageError(
            "output folder " + outDir + " is inside the site's " + kept + "/ folder");
      }
    }
    if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
      throw new Main.UsageError("output " + outDir + " exists and is not a folder");
    }
  }
}
