package org.triglot.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

  /**
   * A plain value as written, with the type YAML's core schema resolves it to ({@code NULL} for
   * {@code ~}, {@code null} or nothing, then "".
   */
  record Scalar(String value, ScalarType type, SourcePosition position) implements YamlNode {
    public Scalar {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(type, "type");
    }

    public boolean isNull() {
      return type == ScalarType.NULL;
    }

    @Override
    public String kind() {
      return "text";
    }
  }

  /** The type of a scalar under YAML 1.1's implicit resolution, as SnakeYAML applies it. */
  enum ScalarType {
    STRING,
    INTEGER,
    FLOAT,
    BOOLEAN,
    NULL,
    TIMESTAMP
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
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
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
