package org.triglot.site;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.triglot.diag.Diagnostic;
import org.triglot.lang.Language;

/**
 * What a successful build produced: pages per language, files written, warnings, phase times, the
 * base URL the site was built for (site.yaml's or the request's), and what the build cache saved
 * (empty without one).
 */
public record BuildResult(
    Map<Language, Integer> pagesPerLanguage,
    int files,
    List<Diagnostic> warnings,
    PhaseTimes times,
    URI baseUrl,
    String cacheNote) {
  public BuildResult {
    pagesPerLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(pagesPerLanguage));
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(cacheNote, "cacheNote");
  }

  /** One line for the end of every build: pages per language, warnings, time per phase. */
  public String summaryLine() {
    StringBuilder line = new StringBuilder("built ");
    for (Language language : pagesPerLanguage.keySet()) {
      line.append(pagesPerLanguage.get(language)).append(' ').append(language.tag()).append(", ");
    }
    line.append(files)
        .append(" files; ")
        .append(warnings.size())
        .append(warnings.size() == 1 ? " warning" : " warnings");
    line.append("; ").append(times.totalMillis()).append(" ms (");
    StringBuilder phases = new StringBuilder();
    times
        .millis()
        .forEach(
            (phase, ms) ->
                phases
                    .append(phases.length() == 0 ? "" : ", ")
                    .append(phase)
                    .append(' ')
                    .append(ms));
    times
        .partMillis()
        .forEach((part, ms) -> phases.append("; ").append(part).append(' ').append(ms));
    line.append(phases).append(")");
    if (!cacheNote.isEmpty()) {
      line.append("; cache: ").append(cacheNote);
    }
    return line.toString();
  }
}
