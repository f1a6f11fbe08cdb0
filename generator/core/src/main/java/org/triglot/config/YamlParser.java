package org.triglot.config;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads YAML (front matter, authors.yaml, topics.yaml, site.yaml, i18n strings) into {@link
 * YamlNode}s with file positions, using SnakeYAML's composer. Malformed YAML and duplicate keys
 * become diagnostics at the file line where SnakeYAML found the problem. A line longer than {@link
 * #MAX_LINE_BYTES} is refused before parsing; nesting deeper than {@link #MAX_DEPTH} (an alias
 * inside its own anchor is endless nesting) and aliases that expand to more than {@link
 * #MAX_VALUES} values are refused while converting.
 */
public final class YamlParser {
  /** The most bytes (in UTF-8) a line of YAML may have: 64 KiB. */
  public static final int MAX_LINE_BYTES = 64 * 1024;

  /** How deep lists and maps may nest, aliases expanded. */
  static final int MAX_DEPTH = 100;

  /** How many values a YAML text may hold once its aliases are expanded. */
  static final int MAX_VALUES = 100_000;

  private YamlParser() {}

  /** Thrown inside {@link #convert} when a limit is reached; the diagnostic is already added. */
  private static final class LimitReached extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LimitReached() {
      super(null, null, false, false);
    }
  }

  /** The values converted so far. */
  private static final class Budget {
    int values;
  }

  /**
   * Parses {@code yaml}, which starts at 1-based line {@code firstLine} of {@code file}. Returns
   * empty (with a diagnostic added) when the text is not valid YAML; an empty document is an empty
   * mapping. A duplicate key is reported and its second value dropped.
   */
  public static Optional<YamlNode> parse(
      SourceText file, String yaml, int firstLine, Diagnostics diagnostics) {
    if (hasOverlongLine(file, yaml, firstLine, diagnostics)) {
      return Optional.empty();
    }
    LoaderOptions options = new LoaderOptions();
    options.setAllowRecursiveKeys(false);
    options.setMaxAliasesForCollections(50);
    options.setProcessComments(false);
    // Site files are limited in bytes before they are decoded; SnakeYAML's own, smaller limit in
    // code points would otherwise refuse a long file with a message about "the incoming document".
    options.setCodePointLimit(Integer.MAX_VALUE);
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
    } catch (ReaderException e) {
      int[] lineAndColumn = lineAndColumn(yaml, e.getPosition());
      diagnostics.error(
          file.at(firstLine + lineAndColumn[0], lineAndColumn[1]),
          String.format(
              Locale.ROOT,
              "malformed YAML: the character U+%04X is not allowed in YAML",
              e.getCodePoint()),
          "remove it; a control character often comes from copying text out of another program");
      return Optional.empty();
    } catch (YAMLException e) {
      diagnostics.error(file.at(firstLine, 1), "malformed YAML: " + e.getMessage(), "");
      return Optional.empty();
    }
    if (root == null) {
      return Optional.of(new YamlNode.Mapping(Map.of(), file.at(firstLine, 1)));
    }
    try {
      return Optional.of(convert(root, file, firstLine, diagnostics, 0, new Budget()));
    } catch (LimitReached e) {
      return Optional.empty();
    }
  }

  /** The 0-based line and 1-based column of the code point at {@code position} in {@code text}. */
  private static int[] lineAndColumn(String text, int position) {
    int line = 0;
    int column = 1;
    int i = 0;
    for (int cp = 0; cp < position && i < text.length(); cp++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += Character.charCount(text.codePointAt(i));
    }
    return new int[] {line, column};
  }

  /** Reports the first line of {@code yaml} with more than {@link #MAX_LINE_BYTES} bytes. */
  private static boolean hasOverlongLine(
      SourceText file, String yaml, int firstLine, Diagnostics diagnostics) {
    int line = firstLine;
    long bytes = 0;
    for (int i = 0; i < yaml.length(); i++) {
      char c = yaml.charAt(i);
      if (c == '\n') {
        line++;
        bytes = 0;
        continue;
      }
      bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
      if (bytes > MAX_LINE_BYTES) {
        diagnostics.error(
            file.at(line, 1),
            "this line has more than " + MAX_LINE_BYTES + " bytes, the most a YAML line may have",
            "shorten the value; long text belongs in the article body");
        return true;
      }
    }
    return false;
  }

  private static YamlNode convert(
      Node node,
      SourceText file,
      int firstLine,
      Diagnostics diagnostics,
      int depth,
      Budget budget) {
    var at =
        file.at(firstLine + node.getStartMark().getLine(), node.getStartMark().getColumn() + 1);
    if (depth > MAX_DEPTH) {
      diagnostics.error(
          at,
          "the YAML nests lists and maps more than " + MAX_DEPTH + " levels deep",
          "an alias (*name) inside the value of its own anchor (&name) nests without end");
      throw new LimitReached();
    }
    if (++budget.values > MAX_VALUES) {
      diagnostics.error(
          at,
          "the YAML holds more than " + MAX_VALUES + " values once its aliases are expanded",
          "repeat fewer values through aliases (*name)");
      throw new LimitReached();
    }
    if (node instanceof ScalarNode scalar) {
      YamlNode.ScalarType type = typeOf(scalar.getTag());
      return new YamlNode.Scalar(
          type == YamlNode.ScalarType.NULL ? "" : scalar.getValue(), type, at);
    }
    if (node instanceof SequenceNode sequence) {
      List<YamlNode> items = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        items.add(convert(item, file, firstLine, diagnostics, depth + 1, budget));
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
      if (key.getValue().isEmpty()) {
        diagnostics.error(keyAt, "a key is missing before \":\"", "write the key, e.g. title: …");
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
              key.getValue(),
              keyAt,
              convert(tuple.getValueNode(), file, firstLine, diagnostics, depth + 1, budget)));
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
