package org.triglot.content;

import java.util.Optional;
import org.triglot.config.YamlNode;
import org.triglot.config.YamlParser;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourceText;

/**
 * Splits a content file into its YAML front matter (between two {@code ---} lines at the top) and
 * its Markdown body, and parses the front matter with file line numbers.
 */
public record FrontMatter(YamlNode.Mapping fields, String body, int bodyLine) {

  /** Reads {@code file}; empty (with diagnostics) when it has no valid front matter. */
  public static Optional<FrontMatter> read(SourceText file, Diagnostics diagnostics) {
    String text = file.text();
    if (!isFence(file.line(1))) {
      diagnostics.error(
          file.at(1, 1),
          "missing front matter",
          "start the file with a line '---', then 'title: ...' and the other fields, then a line '---'");
      return Optional.empty();
    }
    int closing = -1;
    for (int line = 2; line <= file.lineCount(); line++) {
      if (isFence(file.line(line))) {
        closing = line;
        break;
      }
    }
    if (closing < 0) {
      diagnostics.error(
          file.at(1, 1),
          "front matter is not closed",
          "end the front matter with a line '---' before the article text");
      return Optional.empty();
    }
    int yamlStart = offsetOfLine(text, 2);
    int yamlEnd = offsetOfLine(text, closing);
    int bodyStart = offsetOfLine(text, closing + 1);
    String yaml = text.substring(yamlStart, Math.max(yamlStart, yamlEnd));
    String body = bodyStart >= text.length() ? "" : text.substring(bodyStart);
    Optional<YamlNode> parsed = YamlParser.parse(file, yaml, 2, diagnostics);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    if (!(parsed.get() instanceof YamlNode.Mapping fields)) {
      diagnostics.error(
          parsed.get().position(),
          "front matter must be a map of fields",
          "e.g. title: My article");
      return Optional.empty();
    }
    return Optional.of(new FrontMatter(fields, body, closing + 1));
  }

  private static boolean isFence(String line) {
    return line.stripTrailing().equals("---");
  }

  private static int offsetOfLine(String text, int line) {
    int offset = 0;
    for (int current = 1; current < line; current++) {
      int newline = text.indexOf('\n', offset);
      if (newline < 0) {
        return text.length();
      }
      offset = newline + 1;
    }
    return offset;
  }
}
