package org.triglot.jbake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One JBake content file split into its header and its body. JBake 2.x writes the header as {@code
 * key=value} lines ended by a line of {@code ~~~~~~}, or as YAML front matter between {@code ---}
 * lines (which a {@code ~~~~~~} line may follow); the body is everything after.
 *
 * @param headers the header's keys and values, in file order, values as written (trimmed)
 * @param yaml whether the header was YAML; its values are then YAML scalars as written
 * @param body the body text
 * @param bodyLine the line the body starts on (1-based)
 */
record JBakeFile(Map<String, String> headers, boolean yaml, String body, int bodyLine) {
  static final String SEPARATOR = "~~~~~~";

  /** The header and body of {@code text}, or empty when it has no JBake header. */
  static Optional<JBakeFile> parse(String text) {
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    if (lines.length > 0 && lines[0].startsWith("\uFEFF")) {
      lines[0] = lines[0].substring(1);
    }
    if (lines.length > 0 && lines[0].strip().equals("---")) {
      return yaml(lines);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.equals(SEPARATOR)) {
        return Optional.of(new JBakeFile(headers, false, rest(lines, i + 1), i + 2));
      }
      int equals = line.indexOf('=');
      if (line.isEmpty() || equals <= 0) {
        return Optional.empty();
      }
      headers.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
    }
    return Optional.empty();
  }

  /** A YAML header: {@code key: value} lines between two {@code ---} lines. */
  private static Optional<JBakeFile> yaml(String[] lines) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.strip().equals("---")) {
        int body = i + 1;
        if (body < lines.length && lines[body].strip().equals(SEPARATOR)) {
          body++;
        }
        return Optional.of(new JBakeFile(headers, true, rest(lines, body), body + 1));
      }
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || Character.isWhitespace(line.charAt(0))) {
        return Optional.empty();
      }
      headers.put(line.substring(0, colon).strip(), unquote(line.substring(colon + 1).strip()));
    }
    return Optional.empty();
  }

  /** A YAML scalar without its quotes, and a flow list {@code [a, b]} as {@code a, b}. */
  private static String unquote(String value) {
    if (value.length() >= 2
        && (value.startsWith("\"") && value.endsWith("\"")
            || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    if (value.startsWith("[") && value.endsWith("]")) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }

  private static String rest(String[] lines, int from) {
    StringBuilder body = new StringBuilder();
    for (int i = from; i < lines.length; i++) {
      body.append(lines[i]);
      if (i < lines.length - 1) {
        body.append('\n');
      }
    }
    return body.toString();
  }
}
