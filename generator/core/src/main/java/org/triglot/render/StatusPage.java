package org.triglot.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triglot.content.TranslationReport;
import org.triglot.content.TranslationState;
import org.triglot.derive.LocalizedArticle;
import org.triglot.lang.Language;
import org.triglot.lang.Messages;

/**
 * The translation status report at {@code status/index.html}: coverage per language as a bar chart
 * and a table of every article's state in each language, in the strings of the site's first
 * language. For the team, so it is marked noindex, left out of the sitemap and not linked from the
 * sites.
 */
final class StatusPage {
  private final RenderContext context;

  StatusPage(RenderContext context) {
    this.context = context;
  }

  byte[] render(TranslationReport report) {
    Language shownIn = context.languages.first();
    Messages messages = context.messages(shownIn);
    Map<TranslationState, String> labels = new EnumMap<>(TranslationState.class);
    List<Views.LegendEntry> legend = new ArrayList<>();
    for (TranslationState state : TranslationState.values()) {
      labels.put(state, messages.get("status.label." + state.label()));
      legend.add(
          new Views.LegendEntry(
              state.label(), labels.get(state), messages.get("status.legend." + state.label())));
    }
    int total = report.rows().size();
    List<Views.Coverage> coverage = new ArrayList<>();
    for (Language language : context.languages.all()) {
      Map<TranslationState, Integer> counts = report.coverage(language);
      List<Views.CoverageBar> bars = new ArrayList<>();
      for (TranslationState state : TranslationState.values()) {
        int count = counts.get(state);
        bars.add(
            new Views.CoverageBar(
                state.label(),
                labels.get(state),
                count,
                total == 0 ? 0 : Math.round(1000.0 * count / total) / 10.0));
      }
      coverage.add(
          new Views.Coverage(
              context.paths.lang(language),
              language.switcherLabel(),
              report.written(language),
              total,
              bars));
    }
    Map<String, LocalizedArticle> published = new HashMap<>();
    context.publication.articles().forEach(a -> published.put(a.slug(), a));
    List<Views.StatusRow> rows = new ArrayList<>();
    for (TranslationReport.Row row : report.rows()) {
      List<Views.StatusCell> cells = new ArrayList<>();
      for (Language language : context.languages.all()) {
        TranslationState state = row.state(language);
        LocalizedArticle article = published.get(row.slug());
        String href =
            article != null && article.has(language)
                ? context.paths.href(context.paths.article(language, row.slug()))
                : "";
        cells.add(
            new Views.StatusCell(
                context.paths.lang(language), state.label(), labels.get(state), href));
      }
      rows.add(new Views.StatusRow(row.slug(), row.title(), row.draft(), cells));
    }
    Views.Head head =
        ViewsHeadBuilder.builder()
            .lang(context.paths.lang(shownIn))
            .title(messages.get("status.title"))
            .robots("noindex, nofollow")
            .stylesheet(context.assets.href("style.css"))
            .build();
    Views.StatusView view = new Views.StatusView(head, legend, coverage, rows);
    return context
        .templates
        .render("status.ftlh", Map.of("status", view), messages)
        .getBytes(StandardCharsets.UTF_8);
  }
}
