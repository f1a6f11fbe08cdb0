package org.triglot.lang;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourceText;

/**
 * Runs the hand-written phrase set ({@code phrases.tsv}: news, diplomacy, economics, arms control,
 * names, one-to-many characters) through the converters with the bundled glossary, in both
 * directions, and requires 99.3% of phrases exactly right. ICU's character-level converter and the
 * dictionaries without the glossary are scored on the same set for comparison (printed only).
 */
class ConversionAccuracyTest {
  static final double REQUIRED = 0.993;

  record Pair(String simplified, String traditional, int line) {}

  static List<Pair> pairs;
  static Glossary bundled;

  @BeforeAll
  static void load() throws IOException {
    pairs = readPairs();
    bundled = bundledGlossary();
  }

  @Test
  void convertsSimplifiedPhrasesToTaiwanTraditional() {
    double ours =
        score(
            "zh-Hans → zh-Hant, ours",
            ScriptConverters.opencc(bundled).toTraditional(),
            true,
            true);
    score(
        "zh-Hans → zh-Hant, dictionaries without glossary",
        ScriptConverters.opencc(Glossary.empty()).toTraditional(),
        true,
        false);
    score(
        "zh-Hans → zh-Hant, ICU Hans-Hant",
        new IcuScriptConverter(Script.HANS, Script.HANT),
        true,
        false);
    assertTrue(ours >= REQUIRED, "accuracy " + ours + " is below " + REQUIRED);
  }

  @Test
  void convertsTaiwanTraditionalPhrasesToSimplified() {
    double ours =
        score(
            "zh-Hant → zh-Hans, ours",
            ScriptConverters.opencc(bundled).toSimplified(),
            false,
            true);
    score(
        "zh-Hant → zh-Hans, dictionaries without glossary",
        ScriptConverters.opencc(Glossary.empty()).toSimplified(),
        false,
        false);
    score(
        "zh-Hant → zh-Hans, ICU Hant-Hans",
        new IcuScriptConverter(Script.HANT, Script.HANS),
        false,
        false);
    assertTrue(ours >= REQUIRED, "accuracy " + ours + " is below " + REQUIRED);
  }

  @Test
  void phraseSetIsLargeEnoughToMeasure() {
    assertTrue(pairs.size() >= 300, "only " + pairs.size() + " phrases");
  }

  private static double score(
      String label, ScriptConverter converter, boolean toTraditional, boolean listFailures) {
    List<String> failures = new ArrayList<>();
    for (Pair pair : pairs) {
      String input = toTraditional ? pair.simplified() : pair.traditional();
      String expected = toTraditional ? pair.traditional() : pair.simplified();
      String actual = converter.convert(input);
      if (!actual.equals(expected)) {
        failures.add(
            "  phrases.tsv:"
                + pair.line()
                + ": "
                + input
                + " → "
                + actual
                + " (expected "
                + expected
                + ")");
      }
    }
    double accuracy = 1.0 - (double) failures.size() / pairs.size();
    System.out.printf(
        Locale.ROOT,
        "%s: %d/%d exactly right (%.1f%%)%n",
        label,
        pairs.size() - failures.size(),
        pairs.size(),
        100 * accuracy);
    if (listFailures) {
      failures.forEach(System.out::println);
    }
    return accuracy;
  }

  static List<Pair> readPairs() throws IOException {
    String text = resource("/org/triglot/lang/phrases.tsv");
    List<Pair> read = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      if (columns.length != 2) {
        throw new IllegalStateException(
            "phrases.tsv:" + (i + 1) + ": expected two tab-separated columns");
      }
      read.add(new Pair(columns[0], columns[1], i + 1));
    }
    return read;
  }

  /** The glossary that ships in the jar ({@code i18n/zh-Hant.glossary}); it must parse cleanly. */
  static Glossary bundledGlossary() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    Glossary glossary =
        Glossary.parse(
            new SourceText(
                "i18n/zh-Hant.glossary", resource("/org/triglot/bundled/i18n/zh-Hant.glossary")),
            diagnostics);
    assertTrue(diagnostics.all().isEmpty(), () -> "bundled glossary: " + diagnostics.all());
    return glossary;
  }

  static String resource(String name) throws IOException {
    try (InputStream in = ConversionAccuracyTest.class.getResourceAsStream(name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
