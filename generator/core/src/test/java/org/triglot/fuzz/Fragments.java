package org.triglot.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Generators of structured but broken site text for the fuzzing properties: YAML-ish lines with
 * fences, quotes, tabs, anchors and aliases, tags, block scalars and deep nesting; Markdown
 * constructs; HTML tags and entities; glossary lines; ICU messages. Pieces are mostly well-formed
 * and combined carelessly, with control characters, lone surrogates, odd line ends and long runs
 * mixed in, so that inputs reach deep into the readers rather than failing on the first byte.
 */
public final class Fragments {
  private Fragments() {}

  /** Characters that the readers treat specially. */
  private static final String SPECIAL = ":-#&*!|>'\"%@`{}[],?<=\\ \t~^$()";

  /** Characters no site file should hold, and some that look like others. */
  public static final List<String> ODD =
      List.of(
          "\u0000",
          "\u0001",
          "\u001B[31m",
          "\u007F",
          "\u0085",
          "\u00A0",
          "\u2028",
          "\u2029",
          "\u202E",
          "\u2066",
          "\uFEFF",
          "\uD800",
          "\uDFFF",
          "\uDBFF\uDFFF",
          "\r",
          "\r\n",
          "\t",
          "\uFFFD",
          "\uFFFE",
          "\u0301",
          "𠮷",
          "😀",
          "\u3000",
          "：");

  /** A short word: letters, CJK, digits, special or odd characters. */
  public static Gen<String> word() {
    return Gen.weighted(
        6, Gen.chars("abcdefghijklmnopqrstuvwxyz", 1, 8),
        3, Gen.of("简体", "繁體", "历史", "關係", "台湾", "后来", "发展", "乾隆", "𠮷野"),
        2, Gen.chars("0123456789", 1, 5),
        2, Gen.chars(SPECIAL, 1, 3),
        1, Gen.ofList(ODD),
        1, Gen.anyChars(4));
  }

  /** Words joined by spaces. */
  public static Gen<String> phrase() {
    return Gen.joined(word(), 6, " ");
  }

  /** A long run of one piece, to reach the length limits and deep nesting. */
  public static Gen<String> longRun() {
    return Gen.of("a", "字", "\t", "[", "{", "- ", "\\", "'", "&a ", "*a ", "> ", "<b>", "`")
        .with(Gen.of(100, 1000, 5000, 20_000, 70_000), String::repeat);
  }

  /** A YAML scalar: plain, quoted (with good and bad escapes), typed, dated, null-ish. */
  public static Gen<String> yamlScalar() {
    return Gen.weighted(
        5, phrase(),
        2, phrase().map(p -> "\"" + p + "\""),
        1, phrase().map(p -> "'" + p.replace("'", "''") + "'"),
        1,
            Gen.of(
                "\"\\x41\\u4E2D\\U0001F600\"",
                "\"\\q\"",
                "\"\\uD800\"",
                "\"unclosed",
                "'open",
                "\"a\\",
                "\"\\0\\a\\e\"",
                "\"\\N\\_\\L\\P\"",
                "\"\\U00110000\""),
        2,
            Gen.of(
                "2024-03-01",
                "2024-02-30",
                "2024-03-01T09:30",
                "2024-03-01 09:30:00+08:00",
                "0001-01-01",
                "99999-01-01",
                "1583-10-15",
                "-2024-01-01",
                "2024-13-01",
                "2024-03-01T25:00",
                "2001-12-14t21:59:43.10-05:00"),
        2,
            Gen.of(
                "~",
                "null",
                "Null",
                "true",
                "yes",
                "No",
                "on",
                "y",
                "0x1F",
                "0o17",
                "017",
                "0b101",
                "1_000",
                "1:20:30",
                "-0",
                ".inf",
                "-.Inf",
                ".NaN",
                "1e400",
                "9".repeat(80),
                "0x" + "f".repeat(60),
                "3.14",
                "+12",
                "0x",
                "-",
                "0b",
                "+",
                "1:",
                "_"),
        1,
            Gen.of(
                    "!!int ",
                    "!!str ",
                    "!!float ",
                    "!!bool ",
                    "!!timestamp ",
                    "!!null ",
                    "!!binary ",
                    "!!map ",
                    "!!seq ",
                    "!foo ",
                    "!<tag:x,1:y> ",
                    "!!python/object ",
                    "! ")
                .with(
                    Gen.oneOf(phrase(), Gen.of("abc", "1x", "", "yes?", "2024-99-99")),
                    String::concat),
        1, longRun(),
        1, Gen.ofList(ODD));
  }

  /** A YAML value: a scalar, a flow collection, an anchor or alias, or nesting. */
  public static Gen<String> yamlValue() {
    return Gen.weighted(
        12, yamlScalar(),
        2, Gen.lazy(() -> Gen.joined(yamlValue(), 4, ", ").map(v -> "[" + v + "]")),
        2, Gen.lazy(() -> word().with(yamlValue(), (k, v) -> "{" + k + ": " + v + "}")),
        2, Gen.lazy(() -> anchor().with(yamlValue(), (a, v) -> "&" + a + " " + v)),
        2, anchor().map(a -> "*" + a),
        1,
            Gen.lazy(
                () -> anchor().with(yamlValue(), (a, v) -> "&" + a + " [*" + a + ", " + v + "]")),
        1, Gen.between(1, 300).map(n -> "[".repeat(n) + "]".repeat(n)),
        1, Gen.between(1, 300).map(n -> "[".repeat(n)),
        1, Gen.between(1, 300).map(n -> "{a: ".repeat(n) + "}".repeat(n)));
  }

  private static Gen<String> anchor() {
    return Gen.of("a", "b", "x", "self", "a1");
  }

  private static Gen<String> key() {
    return Gen.weighted(
        4,
            Gen.of(
                "title", "date", "updated", "author", "topics", "summary", "draft", "expires",
                "aliases", "source", "autor", "params", "nav", "home", "<<"),
        3, word(),
        1,
            Gen.of(
                "? [a, b]",
                "? {a: b}",
                "\"quoted key\"",
                "'k'",
                "&k key",
                "*k",
                "!!str key",
                "? |\n  block",
                "[a, b]",
                "{a: b}",
                "&a [*a]",
                "? &s [*s]"));
  }

  /** One line of YAML-ish text, without its line end. */
  public static Gen<String> yamlLine() {
    Gen<String> indent =
        Gen.weighted(
            6, Gen.just(""),
            3, Gen.of("  ", "    ", " "),
            1, Gen.of("\t", " \t", "        "));
    Gen<String> content =
        Gen.weighted(
            8, key().with(yamlValue(), (k, v) -> k + ": " + v),
            2,
                key()
                    .with(
                        Gen.of("", " |", " >", " |-", " >+", " |2", " |0", " |10", " &a", " !!map"),
                        (k, v) -> k + ":" + v),
            3, yamlValue().map(v -> "- " + v),
            2, phrase(),
            1,
                Gen.of(
                    "---",
                    "...",
                    "--- ",
                    "----",
                    "%YAML 1.2",
                    "%YAML 1.1",
                    "%TAG ! !x",
                    "# comment",
                    "#",
                    ":",
                    "- ",
                    "-",
                    "? ",
                    "key:value",
                    "a: b: c",
                    "a: 'b' c",
                    "a: &x [*x]",
                    "b: &y {k: *y}",
                    "<<: *a",
                    "<<: [*a, *b]"),
            1, Gen.ofList(ODD));
    return indent.with(content, String::concat);
  }

  /** A line end, mostly {@code \n}. */
  private static Gen<String> lineEnd() {
    return Gen.weighted(20, Gen.just("\n"), 1, Gen.of("\r\n", "\r", "\u2028", "\u0085"));
  }

  /** Up to {@code max} lines, each with its line end. */
  public static Gen<String> lines(Gen<String> line, int max) {
    return Gen.joined(line.with(lineEnd(), String::concat), max, "");
  }

  /** YAML-ish text of several lines: strings files, data files, front matter. */
  public static Gen<String> yamlText() {
    return lines(yamlLine(), 12);
  }

  /** A content file: front-matter fences (or their near misses) around YAML, then Markdown. */
  public static Gen<String> contentFile() {
    Gen<String> open =
        Gen.weighted(
            12, Gen.just("---\n"),
            1, Gen.of("", "--- \n", "---\r\n", "\uFEFF---\n", "----\n", "---", " ---\n", "+++\n"));
    Gen<String> close =
        Gen.weighted(12, Gen.just("---\n"), 1, Gen.of("", "---", "--- \t\n", "...\n", "---\r\n"));
    return r -> open.next(r) + yamlText().next(r) + close.next(r) + markdown(true).next(r);
  }

  /** Link targets of every kind: allowed, refused, disguised. */
  public static Gen<String> url() {
    return Gen.of(
        "https://example.org/a?b=c#d",
        "http://x",
        "/root",
        "../up",
        "rel",
        "#frag",
        "mailto:a@b.c",
        "tel:+1",
        "javascript:alert(1)",
        "JaVaScRiPt:x",
        "java\tscript:x",
        "java&#x09;script:x",
        "jav&#97;script:x",
        "&#106;avascript:x",
        "data:text/html,x",
        "vbscript:x",
        " javascript:x",
        "\u0001javascript:x",
        "file:///etc/passwd",
        "x:y",
        "<javascript:x>",
        "",
        "a b",
        "ftp://x",
        "//evil.example",
        "%6Aavascript:x",
        "javascript&colon;x",
        "java\\script:x",
        "<java\nscript:x>",
        "java&Tab;script:x",
        "&#x6A;&#x61;vascript:x",
        "\u3000javascript:x",
        "javascript\u0000:x");
  }

  /** An inline Markdown piece: emphasis, code, links of every scheme, images, entities, notes. */
  public static Gen<String> inline(boolean rawHtml) {
    Gen<String> markdown =
        Gen.oneOf(
            phrase(),
            phrase().map(p -> "*" + p + "*"),
            phrase().map(p -> "**" + p + "**"),
            phrase().map(p -> "~~" + p + "~~"),
            phrase().map(p -> "`" + p + "`"),
            phrase().with(url(), (t, u) -> "[" + t + "](" + u + ")"),
            phrase().with(url(), (t, u) -> "![" + t + "](" + u + " \"t\")"),
            url().map(u -> "<" + u + ">"),
            url(),
            phrase().map(p -> "[" + p + "][ref]"),
            phrase().map(p -> "[" + p + "]"),
            Gen.of(
                "[^1]",
                "[^note]",
                "[^]",
                "[^1]:",
                "\\",
                "\\*",
                "  ",
                "&amp;",
                "&#0;",
                "&#xD800;",
                "&#99999999;",
                "&nbsp",
                "&copy;",
                "&#x110000;",
                "*",
                "_",
                "`",
                "**",
                "[",
                "](",
                "![",
                "<",
                ">",
                "|",
                "fn-1",
                "fnref-1",
                "fn",
                "1",
                "a-1",
                "{#x}",
                "www.x.org"),
            Gen.ofList(ODD));
    return rawHtml ? Gen.weighted(5, markdown, 1, tag()) : markdown;
  }

  /** A line of Markdown: a paragraph line, heading, list, quote, table row, fence or reference. */
  public static Gen<String> markdownLine(boolean rawHtml) {
    Gen<String> text = Gen.joined(inline(rawHtml), 6, " ");
    Gen<String> prefix =
        Gen.weighted(
            8, Gen.just(""),
            3, Gen.of("# ", "## ", "### ", "###### ", "####### ", "#"),
            2, Gen.of("- ", "* ", "1. ", "  - ", "    - ", "> ", "> > ", "1) ", "- [ ] ", "+ "),
            1,
                Gen.of(
                    "| ",
                    "|",
                    "    ",
                    "\t",
                    "===",
                    "---",
                    "***",
                    "```",
                    "~~~",
                    "``` js",
                    "[ref]: ",
                    "[ref]: javascript:x ",
                    "[^1]: ",
                    "[^note]: ",
                    "[ref]: <",
                    "[REF]: https://x "),
            1, Gen.between(1, 200).map(n -> "> ".repeat(n)),
            1, Gen.between(1, 200).map(n -> "  ".repeat(n) + "- "),
            1, Gen.between(1, 200).map(n -> "[".repeat(n)),
            1, Gen.between(1, 200).map(n -> "*".repeat(n)));
    Gen<String> suffix =
        Gen.weighted(
            10, Gen.just(""), 1, Gen.of(" |", " | a | b |", "  ", "\\", " #", " {#id}", " ##"));
    Gen<String> line = r -> prefix.next(r) + text.next(r) + suffix.next(r);
    Gen<String> rare =
        rawHtml
            ? Gen.of(
                "|---|---|",
                "| --- | :-: | --: |",
                "",
                "",
                "<!--",
                "-->",
                "<div>",
                "</div>",
                "<pre>",
                "</pre>")
            : Gen.of("|---|---|", "| --- | :-: | --: |", "", "", "===", "---");
    return Gen.weighted(12, line, 2, rare, 1, longRun());
  }

  /** A Markdown body; without raw HTML when {@code rawHtml} is false. */
  public static Gen<String> markdown(boolean rawHtml) {
    return lines(markdownLine(rawHtml), 20);
  }

  /** An element name, the ones the HTML converter treats specially among them. */
  public static Gen<String> tagName() {
    return Gen.of(
        "p",
        "a",
        "span",
        "code",
        "pre",
        "kbd",
        "em",
        "div",
        "br",
        "img",
        "h2",
        "script",
        "style",
        "svg",
        "math",
        "textarea",
        "li",
        "ul",
        "x-y",
        "P",
        "CODE",
        "td",
        "samp",
        "Pre");
  }

  /** An attribute, {@code lang} in its many spellings among them. */
  public static Gen<String> attribute() {
    return Gen.of(
        " lang=\"en\"",
        " lang=zh-Hans",
        " lang='zh-Hant'",
        " LANG=\"EN\"",
        " lang=\"zh\"",
        " lang=\"\"",
        " lang=",
        " xml:lang=\"en\"",
        " data-lang=\"en\"",
        " title=\"a lang=en\"",
        " href=\"/简体?a=b&amp;c\"",
        " id=\"简体\"",
        " title=\"a > b\"",
        " title='it\"s'",
        " class=x",
        " hidden",
        " alt=\"<简>\"",
        "\nlang=\"en\"",
        "\tlang=\"en\"",
        " lang = \"en\"",
        " lang=\"zh-Hans\"",
        " lang=en",
        " title=\"简\"");
  }

  /** An opening tag, closing tag, comment or declaration, well-formed (its quotes are closed). */
  public static Gen<String> tag() {
    Gen<String> open =
        r ->
            "<"
                + tagName().next(r)
                + Gen.joined(attribute(), 3, "").next(r)
                + Gen.of(">", "/>", " >").next(r);
    return Gen.weighted(
        6, open,
        4, tagName().map(n -> "</" + n + ">"),
        1, Gen.of("<!-- 简体 -->", "<!DOCTYPE html>", "<?xml 简?>", "<!---->", "<!-- a -- b -->"));
  }

  /** HTML text between tags: CJK, entities, and characters that look like markup but are not. */
  public static Gen<String> htmlText() {
    return Gen.joined(
        Gen.weighted(
            6,
                Gen.of(
                    "简体",
                    "发展",
                    "后来",
                    "简",
                    "a",
                    " ",
                    "&amp;",
                    "&#31616;",
                    "&lt;简&gt;",
                    "a < b",
                    "<3",
                    "< 简",
                    ">",
                    "\"",
                    "'",
                    "=",
                    "\n",
                    "1<2",
                    "<",
                    "<<",
                    "< /p>",
                    "<-",
                    "<=",
                    "<#",
                    "<1"),
            1, Gen.ofList(ODD)),
        4,
        "");
  }

  /** A glossary file: entries, comments, near misses and odd characters. */
  public static Gen<String> glossary() {
    Gen<String> separator = Gen.of(" = ", "=", " == ", " =", "= ", "\t=\t", " ", "\u3000=\u3000");
    Gen<String> entry = r -> word().next(r) + separator.next(r) + word().next(r);
    Gen<String> line =
        Gen.weighted(
            8, entry,
            2, entry.with(phrase(), (e, c) -> e + " # " + c),
            1,
                Gen.of(
                    "",
                    "#",
                    "# 注释",
                    "=",
                    " = ",
                    "a = b = c",
                    "\uFEFF简 = 簡",
                    "简 = ",
                    " = 簡",
                    "简 体 = 簡體",
                    "乾 = 乾",
                    "后 = 後",
                    "后 = 后",
                    "𠮷 = 𠮷",
                    "\uD800 = x"),
            1, longRun(),
            1, Gen.ofList(ODD));
    return lines(line, 15);
  }

  /** An ICU message pattern, mostly valid, sometimes broken or deeply nested. */
  public static Gen<String> icuMessage() {
    return Gen.weighted(
        4, phrase(),
        4,
            Gen.of(
                "{count}",
                "{count, number}",
                "{date, date, long}",
                "'{'",
                "'",
                "{",
                "}",
                "{0}",
                "{count, plural, one {# article} other {# articles}}",
                "{count, plural, =0 {none} other {#}}",
                "{a, select, x {y} other {z}}",
                "{count, plural, other}",
                "{a, choice, 0#none|1#one}",
                "{a, spellout}",
                "{,}",
                "{count, plural, one {# {count, plural, one {x} other {y}}} other {z}}",
                "{count, plural, offset:1 other {#}}",
                "{a, date, ::yyyyMMMd}",
                "{n, number, ::}",
                "{a, select, other {{b}}}"),
        1,
            Gen.between(1, 3000)
                .map(n -> "{a, select, x {".repeat(n) + "y" + "} other {z}}".repeat(n)),
        1, Gen.between(1, 3000).map(n -> "{".repeat(n) + "}".repeat(n)),
        1, Gen.lazy(() -> phrase().with(icuMessage(), (p, m) -> p + " " + m)));
  }

  /** A strings file: nested keys over ICU messages, with YAML-ish breakage mixed in. */
  public static Gen<String> stringsFile() {
    Gen<String> message =
        icuMessage().map(m -> "\"" + m.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    Gen<String> line =
        Gen.weighted(
            6, key().with(message, (k, m) -> k + ": " + m),
            2, key().with(message, (k, m) -> "  " + k + ": " + m),
            1, key().map(k -> k + ":"),
            3, yamlLine());
    return lines(line, 12);
  }

  /**
   * The UTF-8 bytes of a text, one time in four with bytes that are not UTF-8 put in: stray
   * continuation bytes, truncated sequences, overlong forms, encoded surrogates, 0xFE/0xFF, a
   * UTF-16 byte-order mark.
   */
  public static Gen<byte[]> bytesOf(Gen<String> text) {
    Gen<byte[]> bad =
        Gen.of(
            new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xC3},
            new byte[] {(byte) 0xE4, (byte) 0xB8},
            new byte[] {(byte) 0xC0, (byte) 0x80},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xFE},
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            new byte[] {(byte) 0xE9});
    return r -> {
      byte[] good = text.next(r).getBytes(StandardCharsets.UTF_8);
      if (r.nextInt(4) != 0) {
        return good;
      }
      byte[] b = bad.next(r);
      int at = r.nextInt(good.length + 1);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(good, 0, at);
      out.write(b, 0, b.length);
      out.write(good, at, good.length - at);
      return out.toByteArray();
    };
  }
}
