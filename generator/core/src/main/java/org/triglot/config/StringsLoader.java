package org.triglot.config;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourceText;
import org.triglot.lang.Language;
import org.triglot.lang.Languages;

/**
 * Reads the UI strings, {@code i18n/<tag>.yaml}: ICU MessageFormat patterns under keys, which may
 * be nested ({@code nav: {home: Home}} is key {@code nav.home}). Bundled strings are read first and
 * the site's own override them key by key. A language may lack keys; the derive phase fills them.
 */
public final class StringsLoader {
  /**
   * How deep the braces of a message may nest. ICU's pattern parser recurses once per level, so
   * thousands of levels overflow the stack; real messages use two or three.
   */
  static final int MAX_NESTING = 20;

  private StringsLoader() {}

  /** The deepest nesting of braces in {@code pattern}, quoted ones counted too. */
  private static int nesting(String pattern) {
    int depth = 0;
    int deepest = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '{') {
        deepest = Math.max(deepest, ++depth);
      } else if (c == '}' && depth > 0) {
        depth--;
      }
    }
    return deepest;
  }

  /**
   * The strings each language file gives, before any fallback. A key that the site sets (or
   * changes) in a language's source but not in the language itself, such as a {@code site.title}
   * written in {@code zh-Hans.yaml} only, is left out of that language even where Triglot's own
   * strings have it, so that the derive phase converts the site's text rather than showing the
   * bundled one.
   */
  public static Map<Language, Map<String, String>> load(
      SiteSources sources, Languages languages, Diagnostics diagnostics) {
    Map<Language, Map<String, String>> bundled = new LinkedHashMap<>();
    Map<Language, Map<String, String>> own = new LinkedHashMap<>();
    for (Language language : languages.readable()) {
      Map<String, String> fromBundle = new TreeMap<>();
      Map<String, String> fromSite = new TreeMap<>();
      for (Path root : sources.stringRoots()) {
        Path file = root.resolve(language.stringsFileName());
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
          read(file, sources, diagnostics)
              .forEach((sources.isBundled(root) ? fromBundle : fromSite)::put);
        }
      }
      bundled.put(language, fromBundle);
      own.put(language, fromSite);
    }
    Map<Language, Map<String, String>> strings = new LinkedHashMap<>();
    for (Language language : languages.readable()) {
      Map<String, String> merged = new TreeMap<>(bundled.get(language));
      merged.putAll(own.get(language));
      language
          .derivableFrom()
          .filter(own::containsKey)
          .ifPresent(
              source ->
                  own.get(source)
                      .forEach(
                          (key, text) -> {
                            boolean changedBySite = !text.equals(bundled.get(source).get(key));
                            if (changedBySite && !own.get(language).containsKey(key)) {
                              merged.remove(key);
                            }
                          }));
      strings.put(language, Map.copyOf(merged));
    }
    return strings;
  }

  private static Map<String, String> read(Path file, SiteSources sources, Diagnostics diagnostics) {
    return sources.read(file, diagnostics).map(text -> parse(text, diagnostics)).orElse(Map.of());
  }

  /** The messages of one strings file's text, by flattened key; malformed ones are reported. */
  static Map<String, String> parse(SourceText text, Diagnostics diagnostics) {
    Optional<YamlNode> parsed = YamlParser.parse(text, text.text(), 1, diagnostics);
    Map<String, String> out = new TreeMap<>();
    if (parsed.isPresent()) {
      if (parsed.get() instanceof YamlNode.Mapping map) {
        flatten("", map, out, diagnostics);
      } else {
        diagnostics.error(
            parsed.get().position(),
            "a strings file must be a map of keys to messages",
            "e.g. nav.home: Home");
      }
    }
    return out;
  }

  private static void flatten(
      String prefix, YamlNode.Mapping map, Map<String, String> out, Diagnostics diagnostics) {
    for (YamlNode.Entry entry : map.entries().values()) {
      String key = prefix + entry.key();
      if (entry.value() instanceof YamlNode.Mapping nested) {
        flatten(key + ".", nested, out, diagnostics);
      } else if (entry.value() instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
        String pattern = scalar.value();
        if (nesting(pattern) > MAX_NESTING) {
          diagnostics.error(
              scalar.position(),
              "\"" + key + "\" nests more than " + MAX_NESTING + " levels of {…}",
              "a message needs a few levels at most: {count, plural, one {# article} other {…}}");
          continue;
        }
        try {
          new MessageFormat(pattern, ULocale.ROOT);
          out.put(key, pattern);
        } catch (IllegalArgumentException | IndexOutOfBoundsException bad) {
          // ICU throws the second for an argument number too large ("{84430"), found by fuzzing.
          diagnostics.error(
              scalar.position(),
              "\"" + key + "\" is not a valid ICU message: " + bad.getMessage(),
              "plural form: {count, plural, one {# article} other {# articles}}; quote a literal brace as '{'");
        }
      } else {
        diagnostics.error(entry.value().position(), "the message \"" + key + "\" must be text", "");
      }
    }
  }
}
