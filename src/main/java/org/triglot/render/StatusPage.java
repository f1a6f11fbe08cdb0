package org.triglot.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.triglot.content.TranslationReport;
import org.triglot.lang.Language;
import org.triglot.lang.Messages;

/**
 * The translation status report at {@code status/index.html}: coverage per language as a bar chart
 * and a table of every article's status in each language. For the team, so it is marked noindex,
 * left out of the sitemap and not linked from the three sites.
 */
final class StatusPage {
  private final RenderContext context;

  StatusPage(RenderContext context) {
    this.context = context;
  }

  byte[] render(TranslationReport report) {
    Language shownIn = Language.EN; // the language whose strings render the report
    Messages messages = context.messages(shownIn);
    Map<TranslationReport.Status, String> labels = new EnumMap<>(TranslationReport.Status.class);
    List<Views.LegendEntry> legend = new ArrayList<>();
    for (TranslationReport.Status status : TranslationReport.Status.values()) {
      labels.put(status, messages.get("status.label." + stringName(status)));
      legend.add(
          new Views.LegendEntry(
              status.label(),
              labels.get(status),
              messages.get("status.legend." + stringName(status))));
    }
    int total = report.rows().size();
    List<Views.Coverage> coverage = new ArrayList<>();
    for (Language language : Language.all()) {
      Map<TranslationReport.Status, Integer> counts = report.coverage(language);
      List<Views.CoverageBar> bars = new ArrayList<>();
      for (TranslationReport.Status status : TranslationReport.Status.values()) {
        int count = counts.get(status);
        bars.add(
            new Views.CoverageBar(
                status.label(),
                labels.get(status),
                count,
                total == 0 ? 0 : Math.round(1000.0 * count / total) / 10.0));
      }
      int written =
          counts.get(TranslationReport.Status.ORIGINAL)
              + counts.get(TranslationReport.Status.PRESENT)
              + counts.get(TranslationReport.Status.STALE)
              + counts.get(TranslationReport.Status.UNSTAMPED);
      coverage.add(
          new Views.Coverage(language.tag(), language.switcherLabel(), written, total, bars));
    }
    List<Views.StatusRow> rows = new ArrayList<>();
    for (TranslationReport.Row row : report.rows()) {
      List<Views.StatusCell> cells = new ArrayList<>();
      for (Language language : Language.all()) {
        TranslationReport.Status status = row.statuses().get(language);
        var article = context.article(row.slug());
        String href =
            article != null && article.has(language)
                ? context.paths.href(context.paths.article(language, row.slug()))
                : "";
        cells.add(new Views.StatusCell(language.tag(), status.label(), labels.get(status), href));
      }
      rows.add(new Views.StatusRow(row.slug(), row.title(), row.draft(), cells));
    }
    Views.Head head =
        new Views.Head(
            shownIn.tag(),
            messages.get("status.title"),
            "",
            "noindex, nofollow",
            "",
            List.of(),
            List.of(),
            context.assets.href("style.css"));
    Views.StatusView view = new Views.StatusView(head, legend, coverage, rows);
    return context
        .templates
        .render("status.ftlh", Map.of("status", view), messages)
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The name of a status in the strings ({@code status.label.NAME}, {@code status.legend.NAME}):
   * its machine name, except that PRESENT is called "current" there.
   */
  private static String stringName(TranslationReport.Status status) {
    return status == TranslationReport.Status.PRESENT ? "current" : status.label();
  }
}
