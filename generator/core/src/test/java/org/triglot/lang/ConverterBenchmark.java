package org.triglot.lang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourceText;

/**
 * A plain benchmark harness for the script converters (run by {@code bench/converter.sh}).
 *
 * <ul>
 *   <li>{@code load}: in a fresh JVM, the time to load and compile each direction's dictionaries;
 *   <li>{@code throughput [FILE|DIR ...]}: single-threaded conversion speed in characters per
 *       second after warm-up, over the Simplified bodies of the given Markdown files (default: the
 *       sample articles, {@code content/articles/*}/zh-Hans.md), repeated to a few megabytes and
 *       converted paragraph by paragraph as the build does; the Traditional direction converts the
 *       result back. ICU's character-level converter is measured on the same text for comparison.
 * </ul>
 */
public final class ConverterBenchmark {
  private static final int TARGET_CHARS = 4_000_000;

  private ConverterBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0 || !(args[0].equals("load") || args[0].equals("throughput"))) {
      System.err.println("usage: ConverterBenchmark load | throughput [FILE|DIR ...]");
      System.exit(2);
    }
    if (args[0].equals("load")) {
      load();
    } else {
      throughput(Arrays.asList(args).subList(1, args.length));
    }
  }

  private static void load() {
    long start = System.nanoTime();
    OpenccConversion toTaiwan = OpenccConversion.named("s2tw");
    long middle = System.nanoTime();
    OpenccConversion toSimplified = OpenccConversion.named("tw2s");
    long end = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "cold load: zh-Hans→zh-Hant (%s, %d entries) %.1f ms, zh-Hant→zh-Hans (%s, %d entries) %.1f ms, both %.1f ms%n",
        toTaiwan.name(),
        toTaiwan.entries(),
        (middle - start) / 1e6,
        toSimplified.name(),
        toSimplified.entries(),
        (end - middle) / 1e6,
        (end - start) / 1e6);
  }

  private static void throughput(List<String> sources) throws IOException {
    List<String> paragraphs = corpus(sources.isEmpty() ? List.of("content/articles") : sources);
    ScriptConverters ours = ScriptConverters.opencc(Glossary.empty());
    List<String> traditional = paragraphs.stream().map(ours.toTraditional()::convert).toList();
    long chars = paragraphs.stream().mapToLong(String::length).sum();
    System.out.printf(
        Locale.ROOT,
        "corpus: %d paragraphs, %.2f million characters%n",
        paragraphs.size(),
        chars / 1e6);
    measure("ours zh-Hans→zh-Hant", ours.toTraditional(), paragraphs, 5, 7);
    measure("ours zh-Hant→zh-Hans", ours.toSimplified(), traditional, 5, 7);
    ScriptConverters withGlossary = ScriptConverters.opencc(bundledGlossary());
    measure(
        "ours zh-Hans→zh-Hant, bundled glossary", withGlossary.toTraditional(), paragraphs, 5, 7);
    measure(
        "ours zh-Hant→zh-Hans, bundled glossary", withGlossary.toSimplified(), traditional, 5, 7);
    List<String> sample = paragraphs.subList(0, Math.max(1, paragraphs.size() / 8));
    measure(
        "ICU  zh-Hans→zh-Hant (1/8 of the corpus)",
        new IcuScriptConverter(Script.HANS, Script.HANT),
        sample,
        2,
        3);
    measure(
        "ICU  zh-Hant→zh-Hans (1/8 of the corpus)",
        new IcuScriptConverter(Script.HANT, Script.HANS),
        traditional.subList(0, sample.size()),
        2,
        3);
  }

  private static void measure(
      String label, ScriptConverter converter, List<String> paragraphs, int warmups, int rounds) {
    long chars = paragraphs.stream().mapToLong(String::length).sum();
    long sink = 0;
    for (int i = 0; i < warmups; i++) {
      sink += run(converter, paragraphs);
    }
    double[] rates = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      sink += run(converter, paragraphs);
      rates[i] = chars / ((System.nanoTime() - start) / 1e9);
    }
    Arrays.sort(rates);
    System.out.printf(
        Locale.ROOT,
        "%-44s median %6.1f M chars/s, best %6.1f M chars/s (one thread)%s%n",
        label,
        rates[rounds / 2] / 1e6,
        rates[rounds - 1] / 1e6,
        sink == 42 ? " " : "");
  }

  private static long run(ScriptConverter converter, List<String> paragraphs) {
    long length = 0;
    for (String paragraph : paragraphs) {
      length += converter.convert(paragraph).length();
    }
    return length;
  }

  private static Glossary bundledGlossary() throws IOException {
    try (var in =
        ConverterBenchmark.class.getResourceAsStream(
            "/org/triglot/bundled/i18n/zh-Hant.glossary")) {
      String text =
          new String(
              Objects.requireNonNull(in, "bundled glossary").readAllBytes(),
              StandardCharsets.UTF_8);
      return Glossary.parse(new SourceText("i18n/zh-Hant.glossary", text), new Diagnostics());
    }
  }

  /**
   * The Simplified paragraphs of the sources, repeated until they hold a few million characters.
   */
  private static List<String> corpus(List<String> sources) throws IOException {
    List<String> once = new ArrayList<>();
    for (String source : sources) {
      Path path = Path.of(source);
      List<Path> files;
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          files =
              walk.filter(
                      p ->
                          p.getFileName().toString().equalsIgnoreCase("zh-Hans.md")
                              || p.toString().replace('\\', '/').contains("/zh-hans/"))
                  .filter(Files::isRegularFile)
                  .sorted()
                  .toList();
        }
      } else {
        files = List.of(path);
      }
      for (Path file : files) {
        for (String line : body(Files.readString(file, StandardCharsets.UTF_8)).split("\n")) {
          if (!line.isBlank()) {
            once.add(line);
          }
        }
      }
    }
    if (once.isEmpty()) {
      throw new IllegalArgumentException("no Simplified Chinese text found in " + sources);
    }
    List<String> paragraphs = new ArrayList<>();
    long chars = 0;
    while (chars < TARGET_CHARS) {
      for (String line : once) {
        paragraphs.add(line);
        chars += line.length();
      }
    }
    return paragraphs;
  }

  /** The text after a front matter block, if there is one. */
  private static String body(String markdown) {
    if (markdown.startsWith("---")) {
      int end = markdown.indexOf("\n---", 3);
      if (end > 0) {
        return markdown.substring(markdown.indexOf('\n', end + 1) + 1);
      }
    }
    return markdown;
  }
}
