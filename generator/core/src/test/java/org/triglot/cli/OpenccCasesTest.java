package org.triglot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * OpenCC's own test cases ({@code testcases.json} of the OpenCC data Triglot ships, Apache-2.0),
 * run through {@code triglot convert} with the bundled glossary, one case a line. Each test prints
 * its score and the cases it misses.
 */
class OpenccCasesTest {
  record Case(String id, String input, Map<String, String> expected) {}

  static List<Case> cases;

  @TempDir Path site;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void load() throws IOException {
    String json;
    try (InputStream in =
        OpenccCasesTest.class.getResourceAsStream("/org/triglot/lang/opencc/testcases.json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(json);
    cases = new ArrayList<>();
    for (Object item : (List<Object>) root.get("cases")) {
      Map<String, Object> c = (Map<String, Object>) item;
      cases.add(
          new Case(
              (String) c.get("id"),
              (String) c.get("input"),
              (Map<String, String>) c.get("expected")));
    }
  }

  /**
   * The s2t and s2tw cases, right when the output is OpenCC's s2t or s2tw output. Where a case
   * lists only its s2t output, OpenCC's s2tw output is that text with OpenCC's Taiwan stage applied
   * ({@code TWVariantsPhrases}, else {@code TWVariants}, longest match, as {@code s2tw.json} chains
   * them), computed here from the two files without Triglot's converter. The figure counting only
   * the listed strings is printed as well.
   */
  @Test
  void convertsSimplifiedAsOpenccDoesForTaiwan() throws IOException {
    score(
        "zh-Hans → zh-Hant (tw), listed s2t or s2tw only", List.of("s2t", "s2tw"), toTraditional());
    TaiwanStage taiwan = TaiwanStage.read();
    List<Case> withTaiwan =
        cases.stream()
            .filter(c -> c.expected().containsKey("s2t") || c.expected().containsKey("s2tw"))
            .map(
                c -> {
                  Map<String, String> expected = new HashMap<>(c.expected());
                  if (c.expected().containsKey("s2t")) {
                    expected.putIfAbsent("s2tw", taiwan.apply(c.expected().get("s2t")));
                  }
                  return new Case(c.id(), c.input(), expected);
                })
            .toList();
    double score =
        score(
            "zh-Hans → zh-Hant (tw), s2t or s2tw",
            List.of("s2t", "s2tw"),
            toTraditional(),
            withTaiwan);
    assertTrue(score >= 0.97, "below 97%: " + score);
  }

  /** OpenCC's Taiwan stage, read straight from its two files: the oracle for s2tw outputs. */
  record TaiwanStage(Map<String, String> phrases, Map<String, String> characters) {
    static TaiwanStage read() throws IOException {
      return new TaiwanStage(entries("TWVariantsPhrases.txt"), entries("TWVariants.txt"));
    }

    private static Map<String, String> entries(String file) throws IOException {
      Map<String, String> entries = new HashMap<>();
      try (InputStream in =
          OpenccCasesTest.class.getResourceAsStream("/org/triglot/lang/opencc/" + file)) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (!line.isEmpty() && !line.startsWith("#") && line.contains("\t")) {
            String[] parts = line.split("\t");
            entries.putIfAbsent(parts[0], parts[1].split(" ")[0]);
          }
        }
      }
      return entries;
    }

    String apply(String text) {
      StringBuilder out = new StringBuilder();
      int i = 0;
      while (i < text.length()) {
        String match = null;
        for (Map<String, String> dict : List.of(phrases, characters)) {
          for (int end = text.length(); end > i && match == null; end--) {
            if (dict.containsKey(text.substring(i, end))) {
              match = text.substring(i, end);
              out.append(dict.get(match));
            }
          }
          if (match != null) {
            break;
          }
        }
        if (match == null) {
          match = text.substring(i, text.offsetByCodePoints(i, 1));
          out.append(match);
        }
        i += match.length();
      }
      return out.toString();
    }
  }

  @Test
  void taiwanCasesMatchS2tw() {
    double score = score("zh-Hans → zh-Hant (tw), s2tw only", List.of("s2tw"), toTraditional());
    assertTrue(score >= 0.97, "below 97%: " + score);
  }

  @Test
  void hongKongStandardMatchesS2hk() {
    double score =
        score("zh-Hans → zh-Hant (hk), s2hk", List.of("s2hk"), toTraditional("--standard", "hk"));
    assertTrue(score >= 0.97, "below 97%: " + score);
  }

  @Test
  void taiwanPhrasesMatchS2twp() {
    double score =
        score(
            "zh-Hans → zh-Hant (tw, phrases), s2twp", List.of("s2twp"), toTraditional("--phrases"));
    assertTrue(score >= 0.97, "below 97%: " + score);
  }

  @Test
  void openccStandardMatchesS2t() {
    double score =
        score(
            "zh-Hans → zh-Hant (opencc), s2t",
            List.of("s2t"),
            toTraditional("--standard", "opencc"));
    assertTrue(score >= 0.97, "below 97%: " + score);
  }

  @Test
  void taiwanTraditionalBackMatchesTw2s() {
    double score = score("zh-Hant (tw) → zh-Hans, tw2s", List.of("tw2s"), toSimplified());
    assertTrue(score >= 0.97, "below 97%: " + score);
  }

  @Test
  void hongKongTraditionalBackMatchesHk2s() {
    double score =
        score("zh-Hant (hk) → zh-Hans, hk2s", List.of("hk2s"), toSimplified("--standard", "hk"));
    assertTrue(score >= 0.97, "below 97%: " + score);
  }

  @Test
  void taiwanPhrasesBackMatchTw2sp() {
    double score =
        score(
            "zh-Hant (tw, phrases) → zh-Hans, tw2sp", List.of("tw2sp"), toSimplified("--phrases"));
    assertTrue(score >= 0.97, "below 97%: " + score);
  }

  @Test
  void openccTraditionalBackMatchesT2s() {
    double score =
        score(
            "zh-Hant (opencc) → zh-Hans, t2s",
            List.of("t2s"),
            toSimplified("--standard", "opencc"));
    assertTrue(score >= 0.97, "below 97%: " + score);
  }

  private String[] toTraditional(String... options) {
    return command("zh-Hans", "zh-Hant", options);
  }

  private String[] toSimplified(String... options) {
    return command("zh-Hant", "zh-Hans", options);
  }

  private String[] command(String from, String to, String... options) {
    return Stream.concat(
            Stream.of("convert", "--from", from, "--to", to, "--source", site.toString()),
            Arrays.stream(options))
        .toArray(String[]::new);
  }

  /**
   * Converts every case that has an expected output for one of {@code configs} in one run of the
   * command, and returns the share whose output equals one of them.
   */
  private static double score(String label, List<String> configs, String[] command) {
    return score(label, configs, command, cases);
  }

  private static double score(
      String label, List<String> configs, String[] command, List<Case> cases) {
    List<Case> chosen =
        cases.stream().filter(c -> configs.stream().anyMatch(c.expected()::containsKey)).toList();
    assertTrue(chosen.size() >= 5, "only " + chosen.size() + " cases for " + configs);
    StringBuilder input = new StringBuilder();
    chosen.forEach(c -> input.append(c.input()).append('\n'));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Main.run(
            command,
            new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)),
            new PrintWriter(out),
            new PrintWriter(err));
    assertEquals(0, exit, err.toString());
    String[] lines = out.toString().split("\n", -1);
    assertEquals(chosen.size() + 1, lines.length, "one output line per case");
    List<String> misses = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      Case c = chosen.get(i);
      String actual = lines[i];
      boolean right = configs.stream().map(c.expected()::get).anyMatch(actual::equals);
      if (!right) {
        misses.add(
            "  "
                + c.id()
                + ": "
                + c.input()
                + " → "
                + actual
                + " (expected "
                + configs.stream()
                    .filter(c.expected()::containsKey)
                    .map(k -> k + " " + c.expected().get(k))
                    .reduce((a, b) -> a + " or " + b)
                    .orElseThrow()
                + ")");
      }
    }
    double score = 1.0 - (double) misses.size() / chosen.size();
    System.out.printf(
        Locale.ROOT,
        "OpenCC %s cases, %s: %d/%d right (%.1f%%)%n",
        String.join("+", configs),
        label,
        chosen.size() - misses.size(),
        chosen.size(),
        100 * score);
    misses.forEach(System.out::println);
    return score;
  }
}
