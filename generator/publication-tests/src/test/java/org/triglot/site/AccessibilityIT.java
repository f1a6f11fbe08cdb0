package org.triglot.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.browser.Browser;
import org.triglot.browser.StaticSite;

/**
 * axe-core (every rule it has, WCAG and best practice) over one page of every kind of the sample
 * site that {@code mvn package} built into target/site, in each language, served as a static host
 * serves it and rendered by headless Chromium: no violation of serious or critical impact. The
 * pages are those {@link PageKinds} chooses: each kind of page and each variant of the article
 * page; the search page with a query answered, its results listed.
 */
class AccessibilityIT {
  private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

  /** A query per language that the sample site answers with results (URL-encoded). */
  private static final Map<String, String> SEARCH_QUERIES =
      Map.of("en", "language", "zh-hans", "%E8%AF%AD%E8%A8%80", "zh-hant", "%E8%AA%9E%E8%A8%80");

  @TempDir Path dir;

  @Test
  void noPageKindOfTheSampleSiteHasSeriousOrCriticalAxeViolations() throws Exception {
    Path site = BuiltSite.folder();
    Map<String, Map<String, String>> sections = PageKinds.chosen(site);
    assertEquals(List.of("", "en", "zh-hans", "zh-hant"), List.copyOf(sections.keySet()));
    assertTrue(
        sections.get("").keySet().containsAll(PageKinds.SITE_WIDE_KINDS),
        "site-wide pages: " + sections.get(""));
    for (String language : List.of("en", "zh-hans", "zh-hant")) {
      assertTrue(
          sections.get(language).keySet().containsAll(PageKinds.LANGUAGE_KINDS),
          language + " has only " + sections.get(language).keySet());
    }

    List<String> failures = new ArrayList<>();
    Map<String, Integer> lesser = new TreeMap<>();
    // Each page once, with the kinds and variants it stands for.
    Map<String, List<String>> pages = new TreeMap<>();
    for (Map<String, String> kinds : sections.values()) {
      for (Map.Entry<String, String> kind : kinds.entrySet()) {
        pages.computeIfAbsent(kind.getValue(), p -> new ArrayList<>()).add(kind.getKey());
      }
    }
    try (StaticSite server = StaticSite.folder(site);
        Browser browser = Browser.launch(dir)) {
      for (Map.Entry<String, List<String>> page : pages.entrySet()) {
        URI url = server.page(page.getKey().replaceFirst("index\\.html$", ""));
        if (page.getValue().contains("search")) {
          // The search page as a reader sees it after a query: the count and the results.
          url = URI.create(url + "?q=" + SEARCH_QUERIES.get(page.getKey().split("/")[0]));
          browser.open(url);
          browser.awaitElement("#search-results li mark");
        } else {
          browser.open(url);
        }
        Results results = new AxeBuilder().analyze(browser.driver());
        for (Rule rule : results.getViolations()) {
          for (CheckedNode node : rule.getNodes()) {
            String impact = node.getImpact() == null ? rule.getImpact() : node.getImpact();
            if (FAILING_IMPACTS.contains(impact)) {
              failures.add(
                  url
                      + " ("
                      + String.join(", ", page.getValue())
                      + "): "
                      + rule.getId()
                      + " ["
                      + impact
                      + "] "
                      + node.getTarget()
                      + "\n    "
                      + rule.getHelp()
                      + ": "
                      + node.getFailureSummary().replace("\n", " ")
                      + "\n    "
                      + node.getHtml());
            } else {
              lesser.merge(rule.getId() + " [" + impact + "]", 1, Integer::sum);
            }
          }
        }
      }
    }
    if (!lesser.isEmpty()) {
      System.out.println("axe: lesser violations (not failures), by rule: " + lesser);
    }
    assertTrue(
        failures.isEmpty(),
        failures.size()
            + " serious or critical axe-core violations in "
            + pages.size()
            + " pages:\n"
            + String.join("\n", failures));
  }
}
