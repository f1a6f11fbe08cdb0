package org.triglot.lang;

import com.ibm.icu.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The UI strings of one language: ICU MessageFormat patterns by key, formatted with CLDR plural
 * rules for that language ("1 article" / "5 articles", "5篇文章"). Safe for concurrent use.
 */
public final class Messages {
  private final Language language;
  private final Map<String, String> patterns;
  private final ThreadLocal<Map<String, MessageFormat>> compiled =
      ThreadLocal.withInitial(HashMap::new);
  private final Map<String, String> plain = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> argumentNames = new ConcurrentHashMap<>();

  public Messages(Language language, Map<String, String> patterns) {
    this.language = Objects.requireNonNull(language, "language");
    this.patterns = Map.copyOf(new TreeMap<>(patterns));
    for (Map.Entry<String, String> e : this.patterns.entrySet()) {
      try {
        new MessageFormat(e.getValue(), language.locale());
      } catch (IllegalArgumentException bad) {
        throw new IllegalArgumentException(
            "message \""
                + e.getKey()
                + "\" of "
                + language.tag()
                + " is not a valid ICU MessageFormat pattern: "
                + bad.getMessage(),
            bad);
      }
    }
  }

  public Language language() {
    return language;
  }

  public boolean has(String key) {
    return patterns.containsKey(key);
  }

  public Set<String> keys() {
    return patterns.keySet();
  }

  /** The raw pattern of a key, for checks and derivation. */
  public String pattern(String key) {
    String pattern = patterns.get(key);
    if (pattern == null) {
      throw new IllegalArgumentException("no UI string \"" + key + "\" for " + language.tag());
    }
    return pattern;
  }

  /** The message without arguments (formatted once, then remembered). */
  public String get(String key) {
    String done = plain.get(key);
    if (done == null) {
      done = format(key, Map.of());
      plain.put(key, done);
    }
    return done;
  }

  /** The message with named arguments, e.g. {@code format("articleCount", Map.of("count", 5))}. */
  public String format(String key, Map<String, Object> arguments) {
    MessageFormat format =
        compiled.get().computeIfAbsent(key, k -> new MessageFormat(pattern(k), language.locale()));
    Set<String> needed =
        argumentNames.computeIfAbsent(key, k -> Set.copyOf(format.getArgumentNames()));
    if (!arguments.keySet().containsAll(needed)) {
      Set<String> missing = new TreeSet<>(needed);
      missing.removeAll(arguments.keySet());
      throw new MissingArgument(
          "the UI string \""
              + key
              + "\" of "
              + language.tag()
              + " uses {"
              + String.join("}, {", missing)
              + "}, which this call does not pass ("
              + (arguments.isEmpty()
                  ? "it passes none"
                  : "it passes " + String.join(", ", new TreeSet<>(arguments.keySet())))
              + ")");
    }
    return format.format(arguments);
  }

  /**
   * A UI string names an argument its caller does not pass (a typo such as {@code {minuts}} in
   * i18n/*.yaml, or a template passing another name): without this, ICU prints the placeholder
   * verbatim on every page.
   */
  public static final class MissingArgument extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    MissingArgument(String message) {
      super(message);
    }
  }
}
