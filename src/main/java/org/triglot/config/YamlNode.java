package org.triglot.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triglot.diag.SourcePosition;

/**
 * A YAML value that remembers where it stands in its file, so that a diagnostic about a value (an
 * unknown topic id, a bad date) points at the value itself. Scalars keep their text as written;
 * interpreting them (dates, booleans) is the reader's job.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

  SourcePosition position();

  /** A short name of the kind of node for diagnostics: "text", "list", "map". */
  String kind();

  /** A plain value; {@code isNull} for {@code ~}, {@code null} or nothing. */
  record Scalar(String value, boolean isNull, SourcePosition position) implements YamlNode {
    @Override
    public String kind() {
      return "text";
    }
  }

  record Sequence(List<YamlNode> items, SourcePosition position) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String kind() {
      return "list";
    }
  }

  /** A map with text keys in file order; each entry keeps the key's position too. */
  record Mapping(Map<String, Entry> entries, SourcePosition position) implements YamlNode {
    public Mapping {
      entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
    }

    public Optional<YamlNode> find(String key) {
      Entry e = entries.get(key);
      return e == null ? Optional.empty() : Optional.of(e.value());
    }

    @Override
    public String kind() {
      return "map";
    }
  }

  /** One key of a mapping with its value. */
  record Entry(String key, SourcePosition keyPosition, YamlNode value) {}
}
