package org.triglot.config;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourceText;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML (front matter, authors.yaml, topics.yaml, site.yaml, i18n strings) into {@link
 * YamlNode}s with file positions, using SnakeYAML's composer. Malformed YAML and duplicate keys
 * become diagnostics at the file line where SnakeYAML found the problem.
 */
public final class YamlParser {
  private YamlParser() {}

  /**
   * Parses {@code yaml}, which starts at 1-based line {@code firstLine} of {@code file}. Returns
   * empty (with a diagnostic added) when the text is not valid YAML; an empty document is an empty
   * mapping. A duplicate key is reported and its second value dropped.
   */
  public static Optional<YamlNode> parse(
      SourceText file, String yaml, int firstLine, Diagnostics diagnostics) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowRecursiveKeys(false);
    options.setMaxAliasesForCollections(50);
    options.setProcessComments(false);
    Node root;
    try {
      root = new Yaml(options).compose(new StringReader(yaml));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? firstLine : firstLine + mark.getLine();
      int column = mark == null ? 1 : mark.getColumn() + 1;
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      diagnostics.error(
          file.at(line, column),
          "malformed YAML: " + problem,
          problem.contains("\\t(TAB)")
              ? "indent with spaces: YAML does not allow tabs in indentation"
              : "quote values that contain ': ', '#' or start with '[', '{', '*', '&', '!', '|' or"
                  + " '>'");
      return Optional.empty();
    } catch (YAMLException e) {
      diagnostics.error(file.at(firstLine, 1), "malformed YAML: " + e.getMessage(), "");
      return Optional.empty();
    }
    if (root == null) {
      return Optional.of(new YamlNode.Mapping(Map.of(), file.at(firstLine, 1)));
    }
    return Optional.of(convert(root, file, firstLine, diagnostics));
  }

  private static YamlNode convert(
      Node node, SourceText file, int firstLine, Diagnostics diagnostics) {
    var at =
        file.at(firstLine + node.getStartMark().getLine(), node.getStartMark().getColumn() + 1);
    if (node instanceof ScalarNode scalar) {
      YamlNode.ScalarType type = typeOf(scalar.getTag());
      return new YamlNode.Scalar(
          type == YamlNode.ScalarType.NULL ? "" : scalar.getValue(), type, at);
    }
    if (node instanceof SequenceNode sequence) {
      List<YamlNode> items = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        items.add(convert(item, file, firstLine, diagnostics));
      }
      return new YamlNode.Sequence(items, at);
    }
    MappingNode mapping = (MappingNode) node;
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      var keyAt =
          file.at(
              firstLine + keyNode.getStartMark().getLine(), keyNode.getStartMark().getColumn() + 1);
      if (!(keyNode instanceof ScalarNode key)) {
        diagnostics.error(keyAt, "a key must be plain text, not a list or map", "");
        continue;
      }
      if (entries.containsKey(key.getValue())) {
        diagnostics.error(
            keyAt,
            "duplicate key \"" + key.getValue() + "\"",
            "it is already set on line "
                + entries.get(key.getValue()).keyPosition().line()
                + "; keep one of them");
        continue;
      }
      entries.put(
          key.getValue(),
          new YamlNode.Entry(
              key.getValue(), keyAt, convert(tuple.getValueNode(), file, firstLine, diagnostics)));
    }
    return new YamlNode.Mapping(entries, at);
  }

  private static YamlNode.ScalarType typeOf(Tag tag) {
    if (Tag.NULL.equals(tag)) {
      return YamlNode.ScalarType.NULL;
    }
    if (Tag.INT.equals(tag)) {
      return YamlNode.ScalarType.INTEGER;
    }
    if (Tag.FLOAT.equals(tag)) {
      return YamlNode.ScalarType.FLOAT;
    }
    if (Tag.BOOL.equals(tag)) {
      return YamlNode.ScalarType.BOOLEAN;
    }
    if (Tag.TIMESTAMP.equals(tag)) {
      return YamlNode.ScalarType.TIMESTAMP;
    }
    return YamlNode.ScalarType.STRING;
  }
}
