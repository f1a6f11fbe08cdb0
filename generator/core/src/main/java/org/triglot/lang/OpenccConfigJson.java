package org.triglot.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON of OpenCC's configuration files into maps, lists, strings, numbers (as text) and
 * booleans. These files ship inside the jar, so this is a small reader for well-formed JSON (with
 * the trailing commas OpenCC's parser allows), not a general one: it needs no library, which keeps
 * the first conversion of a cold JVM from loading a YAML or JSON parser for eight small files.
 */
final class OpenccConfigJson {
  private final String text;
  private final String name;
  private int at;

  private OpenccConfigJson(String text, String name) {
    this.text = text;
    this.name = name;
  }

  /** The value {@code text} holds; {@code name} names the file in errors. */
  static Object parse(String text, String name) {
    OpenccConfigJson reader = new OpenccConfigJson(text, name);
    Object value = reader.value();
    reader.skipSpace();
    if (reader.at != text.length()) {
      throw reader.error("text after the value");
    }
    return value;
  }

  private Object value() {
    skipSpace();
    if (at >= text.length()) {
      throw error("end of file where a value belongs");
    }
    char c = text.charAt(at);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      default:
        int start = at;
        while (at < text.length() && "{}[],: \t\r\n\"".indexOf(text.charAt(at)) < 0) {
          at++;
        }
        String word = text.substring(start, at);
        return switch (word) {
          case "true" -> Boolean.TRUE;
          case "false" -> Boolean.FALSE;
          case "null" -> null;
          default -> {
            if (!word.matches("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
              at = start;
              throw error("\"" + word + "\" where a value belongs");
            }
            yield word;
          }
        };
    }
  }

  private Map<String, Object> object() {
    Map<String, Object> map = new LinkedHashMap<>();
    at++;
    while (true) {
      skipSpace();
      if (peek() == '}') {
        at++;
        return map;
      }
      if (peek() != '"') {
        throw error("a key that is not a string");
      }
      String key = string();
      skipSpace();
      expect(':');
      map.put(key, value());
      skipSpace();
      if (peek() == ',') {
        at++;
      } else if (peek() != '}') {
        throw error("no comma between members");
      }
    }
  }

  private List<Object> array() {
    List<Object> list = new ArrayList<>();
    at++;
    while (true) {
      skipSpace();
      if (peek() == ']') {
        at++;
        return list;
      }
      list.add(value());
      skipSpace();
      if (peek() == ',') {
        at++;
      } else if (peek() != ']') {
        throw error("no comma between elements");
      }
    }
  }

  private String string() {
    at++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw error("a string without its closing quote");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (at >= text.length()) {
        throw error("a string without its closing quote");
      }
      char escaped = text.charAt(at++);
      switch (escaped) {
        case '"', '\\', '/' -> out.append(escaped);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw error("a \\u escape cut short");
          }
          try {
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          } catch (NumberFormatException e) {
            throw error("a \\u escape that is not hexadecimal");
          }
          at += 4;
        }
        default -> throw error("the escape \\" + escaped);
      }
    }
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("no '" + c + "'");
    }
    at++;
  }

  private char peek() {
    if (at >= text.length()) {
      throw error("end of file inside a value");
    }
    return text.charAt(at);
  }

  private void skipSpace() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        at++;
      } else if (c == '/' && text.startsWith("//", at)) {
        int end = text.indexOf('\n', at);
        at = end < 0 ? text.length() : end + 1;
      } else {
        return;
      }
    }
  }

  private IllegalStateException error(String what) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < Math.min(at, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new IllegalStateException(
        "OpenCC configuration "
            + name
            + ":"
            + line
            + ":"
            + (at - lineStart + 1)
            + ": "
            + what
            + " (the file is not OpenCC's JSON; run scripts/refresh-opencc-data.sh)");
  }
}
