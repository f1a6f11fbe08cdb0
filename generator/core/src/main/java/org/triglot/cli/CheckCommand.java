package org.triglot.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.triglot.diag.BuildFailure;
import org.triglot.diag.Diagnostic;
import org.triglot.site.BuildRequest;
import org.triglot.site.BuildResult;
import org.triglot.site.LinkCheck;
import org.triglot.site.MemoryOutput;
import org.triglot.site.SiteBuild;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code triglot check}: every validation of the build, then every link of the built site. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a site without writing it: every validation of the build, then a link check over the built pages,",
      "feeds and sitemap. Every internal href and src must name a file of the site and every #fragment an id",
      "on its page; external links are listed, not fetched. Exit status 1 when anything is wrong."
    })
final class CheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--source",
      paramLabel = "DIR",
      description = "The site folder (default: the current folder).")
  Path source = Path.of(".");

  @Option(names = "--drafts", description = "Check drafts too.")
  boolean drafts;

  @Option(names = "--future", description = "Check articles dated in the future too.")
  boolean future;

  @Option(
      names = "--list-external",
      description = "List every external link with the number of pages using it.")
  boolean listExternal;

  @Override
  public Integer call() {
    Path site = SiteFolder.require(source);
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    MemoryOutput output = new MemoryOutput();
    BuildRequest request =
        new BuildRequest(site, drafts, future, Optional.empty(), Clock.systemUTC());
    BuildResult result;
    try {
      result = SiteBuild.standard().build(request, output);
      result.warnings().forEach(w -> err.print(w.format()));
    } catch (BuildFailure failure) {
      failure.diagnostics().forEach(d -> err.print(d.format()));
      long errors = failure.diagnostics().stream().filter(Diagnostic::isError).count();
      err.println(
          "check failed: " + errors + (errors == 1 ? " error" : " errors") + " in the content");
      return Main.CONTENT_ERRORS;
    }
    LinkCheck.Result links = LinkCheck.check(output.files(), result.baseUrl());
    links.problems().forEach(d -> err.print(d.format()));
    int externalUses = links.externalLinks().values().stream().mapToInt(Integer::intValue).sum();
    if (listExternal) {
      out.println("external links (not fetched):");
      links
          .externalLinks()
          .forEach((url, uses) -> out.println("  " + url + (uses > 1 ? "  (" + uses + "×)" : "")));
    }
    out.println(
        "checked "
            + output.files().size()
            + " files, "
            + links.linksChecked()
            + " links: "
            + links.problems().size()
            + (links.problems().size() == 1 ? " broken" : " broken")
            + ", "
            + links.externalLinks().size()
            + " external ("
            + externalUses
            + " uses, not fetched"
            + (listExternal ? "" : "; --list-external lists them")
            + ")");
    return links.problems().isEmpty() ? Main.OK : Main.CONTENT_ERRORS;
  }
}
