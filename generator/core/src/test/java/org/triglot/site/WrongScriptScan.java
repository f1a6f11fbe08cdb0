package org.triglot.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.triglot.lang.Language;

/**
 * Scans a built site for characters of the wrong Chinese script: in zh-Hant pages, characters that
 * exist only in Simplified Chinese; in zh-Hans pages, characters that exist only in Traditional.
 * The text scanned is every text node, the title, the meta description and the {@code alt}, {@code
 * title} and {@code aria-label} attributes; code ({@code code}, {@code pre}, {@code kbd}, {@code
 * samp}), scripts and styles, and elements whose {@code lang} names another language (the language
 * switcher's 简体) are left out, and URLs are never text.
 *
 * <p>The two character sets come from OpenCC's data, independently of Triglot's converter:
 * Simplified-only is a character that {@code STCharacters} always replaces (none of its candidates
 * is itself), that no Traditional text writes (no candidate of {@code STCharacters}, no key of
 * {@code TSCharacters}, no Taiwan or Hong Kong variant form); Traditional-only the same the other
 * way round.
 *
 * <p>{@code main} scans a built site folder for the benchmark scripts: {@code WrongScriptScan
 * SITE_DIR} prints each finding and exits 1 when there is one.
 */
final class WrongScriptScan {
  private static final String DATA = "/org/triglot/lang/opencc/";
  private static final Set<String> CODE = Set.of("code", "pre", "kbd", "samp", "script", "style");

  /** One character of the wrong script, where it is and the text around it. */
  record Finding(String page, boolean derived, String character, String context) {
    @Override
    public String toString() {
      return page
          + (derived ? " (derived)" : "")
          + ": "
          + character
          + " U+"
          + Integer.toHexString(character.codePointAt(0)).toUpperCase(Locale.ROOT)
          + " in \""
          + context
          + "\"";
    }
  }

  /** What one scan found, and how much it read. */
  record Result(List<Finding> findings, int pages, int derivedPages, long characters) {
    List<Finding> inDerivedPages() {
      return findings.stream().filter(Finding::derived).toList();
    }
  }

  private final Set<Integer> simplifiedOnly;
  private final Set<Integer> traditionalOnly;

  private WrongScriptScan(Set<Integer> simplifiedOnly, Set<Integer> traditionalOnly) {
    this.simplifiedOnly = simplifiedOnly;
    this.traditionalOnly = traditionalOnly;
  }

  static WrongScriptScan fromOpenccData() {
    Map<String, List<String>> st = read("STCharacters.txt");
    Map<String, List<String>> ts = read("TSCharacters.txt");
    Set<String> writtenInTraditional = new HashSet<>(ts.keySet());
    st.values().forEach(writtenInTraditional::addAll);
    for (String variants : List.of("TWVariants.txt", "HKVariants.txt")) {
      read(variants).values().forEach(writtenInTraditional::addAll);
    }
    Set<String> writtenInSimplified = new HashSet<>(st.keySet());
    ts.values().forEach(writtenInSimplified::addAll);
    return new WrongScriptScan(
        alwaysReplaced(st, writtenInTraditional), alwaysReplaced(ts, writtenInSimplified));
  }

  int simplifiedOnlyCount() {
    return simplifiedOnly.size();
  }

  int traditionalOnlyCount() {
    return traditionalOnly.size();
  }

  boolean isSimplifiedOnly(int codePoint) {
    return simplifiedOnly.contains(codePoint);
  }

  boolean isTraditionalOnly(int codePoint) {
    return traditionalOnly.contains(codePoint);
  }

  /** Single characters the table always replaces, except those the other script writes too. */
  private static Set<Integer> alwaysReplaced(Map<String, List<String>> table, Set<String> except) {
    Set<Integer> only = new HashSet<>();
    table.forEach(
        (key, candidates) -> {
          if (key.codePointCount(0, key.length()) == 1
              && !candidates.contains(key)
              && !except.contains(key)) {
            only.add(key.codePointAt(0));
          }
        });
    return only;
  }

  private static Map<String, List<String>> read(String file) {
    try (InputStream in = WrongScriptScan.class.getResourceAsStream(DATA + file)) {
      Map<String, List<String>> entries = new HashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        int tab = line.indexOf('\t');
        if (!line.startsWith("#") && tab > 0) {
          entries.put(line.substring(0, tab), List.of(line.substring(tab + 1).strip().split(" ")));
        }
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Scans every HTML page of the zh-Hans and zh-Hant editions of the site built in {@code site}.
   */
  Result scan(Path site) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(site)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
        files.put(site.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return scan(files);
  }

  /** Scans the HTML pages of the zh-Hans and zh-Hant editions among {@code files} (site paths). */
  Result scan(Map<String, byte[]> files) {
    List<Finding> findings = new ArrayList<>();
    int pages = 0;
    int derivedPages = 0;
    long characters = 0;
    for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
      String name = file.getKey();
      Language language;
      if (name.startsWith("zh-hant/")) {
        language = Language.of("zh-Hant");
      } else if (name.startsWith("zh-hans/")) {
        language = Language.of("zh-Hans");
      } else {
        continue;
      }
      if (!name.endsWith(".html")) {
        continue;
      }
      Set<Integer> wrong = language.tag().equals("zh-Hant") ? simplifiedOnly : traditionalOnly;
      Document document = Jsoup.parse(new String(file.getValue(), StandardCharsets.UTF_8));
      boolean derived = !document.select("p.notice.derived").isEmpty();
      pages++;
      if (derived) {
        derivedPages++;
      }
      List<String> texts = new ArrayList<>();
      texts.add(document.title());
      document.select("meta[name=description]").forEach(m -> texts.add(m.attr("content")));
      collect(document.body(), language, texts);
      for (String text : texts) {
        characters += text.length();
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
          int c = text.codePointAt(i);
          if (wrong.contains(c)) {
            String context = text.substring(Math.max(0, i - 12), Math.min(text.length(), i + 13));
            findings.add(new Finding(name, derived, Character.toString(c), context));
          }
        }
      }
    }
    return new Result(findings, pages, derivedPages, characters);
  }

  private static void collect(Element element, Language page, List<String> texts) {
    if (CODE.contains(element.normalName())) {
      return;
    }
    if (element.hasAttr("lang") && !page.isWrittenAs(element.attr("lang"))) {
      return;
    }
    for (String attribute : List.of("alt", "title", "aria-label")) {
      if (element.hasAttr(attribute)) {
        texts.add(element.attr(attribute));
      }
    }
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text) {
        texts.add(text.text());
      } else if (child instanceof Element childElement) {
        collect(childElement, page, texts);
      }
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: WrongScriptScan SITE_DIR (a built site)");
      System.exit(2);
    }
    WrongScriptScan scan = fromOpenccData();
    Result result = scan.scan(Path.of(args[0]));
    result.findings().forEach(System.out::println);
    System.out.printf(
        Locale.ROOT,
        "%d Chinese pages (%d derived), %d characters of text: %d wrong-script characters, %d in"
            + " derived pages%n",
        result.pages(),
        result.derivedPages(),
        result.characters(),
        result.findings().size(),
        result.inDerivedPages().size());
    System.exit(result.findings().isEmpty() ? 0 : 1);
  }
}
