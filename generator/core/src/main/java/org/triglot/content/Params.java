package org.triglot.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The front-matter fields Triglot does not know, kept for templates as {@code article.params} with
 * their YAML types: text as {@code String}, whole numbers as {@code Long}, other numbers as {@code
 * Double}, {@code true}/{@code false} as {@code Boolean}, lists and maps as unmodifiable {@code
 * List}s and {@code Map}s (in file order). Null values are left out. A translation's params are its
 * original's with its own on top.
 */
public record Params(Map<String, Object> values) {
  private static final Params NONE = new Params(Map.of());

  public Params {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static Params none() {
    return NONE;
  }

  /** These params with {@code own}'s on top, key by key. */
  public Params overriddenBy(Params own) {
    if (own.values.isEmpty()) {
      return this;
    }
    Map<String, Object> merged = new LinkedHashMap<>(values);
    merged.putAll(own.values);
    return new Params(merged);
  }
}
