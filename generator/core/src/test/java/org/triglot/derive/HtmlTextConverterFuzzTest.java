package org.triglot.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.triglot.fuzz.Bounded;
import org.triglot.fuzz.Fragments;
import org.triglot.fuzz.Fuzz;
import org.triglot.fuzz.Gen;
import org.triglot.lang.Glossary;
import org.triglot.lang.Language;
import org.triglot.lang.Script;
import org.triglot.lang.ScriptConverter;
import org.triglot.lang.ScriptConverters;

/**
 * Fuzzes the HTML text converter. On well-formed HTML made from a tree, the output is exactly the
 * input with the text converted outside code, scripts and elements marked with another language (a
 * model of the rules, written independently of the converter). On tag soup (unbalanced, unclosed,
 * stray closing tags) every tag comes through unchanged and only text changes; with the real OpenCC
 * converter too. Never an exception or a hang.
 */
class HtmlTextConverterFuzzTest {
  private static final Language HANS = Language.of("zh-Hans");
  private static final Language HANT = Language.of("zh-Hant");
  private static final Map<Character, Character> MAP = Map.of('简', '簡', '体', '體', '发', '發');

  /** Converts three characters, one for one, so positions stay put. */
  private static final ScriptConverter MARKING =
      new ScriptConverter() {
        @Override
        public Script from() {
          return Script.HANS;
        }

        @Override
        public Script to() {
          return Script.HANT;
        }

        @Override
        public String convert(String text) {
          StringBuilder out = new StringBuilder(text.length());
          for (char c : text.toCharArray()) {
            out.append(MAP.getOrDefault(c, c));
          }
          return out.toString();
        }
      };

  private static final Set<String> VERBATIM =
      Set.of("code", "pre", "kbd", "samp", "script", "style", "textarea", "math", "svg");
  private static final Set<String> VOID = Set.of("br", "img", "hr", "wbr", "input");

  /** An attribute as written, and the language it gives its element (null: none). */
  private record Attr(String text, String lang) {}

  private static final List<Attr> ATTRIBUTES =
      List.of(
          new Attr(" lang=\"en\"", "en"),
          new Attr(" lang=zh-Hans", "zh-Hans"),
          new Attr(" lang='zh-Hant'", "zh-Hant"),
          new Attr(" LANG=\"EN\"", "EN"),
          new Attr(" lang=\"zh-Hans\"", "zh-Hans"),
          new Attr(" lang=\"zh-hans-CN\"", "zh-hans-CN"),
          new Attr(" lang=\"\"", ""),
          new Attr(" xml:lang=\"en\"", null),
          new Attr(" data-lang=\"en\"", null),
          new Attr(" title=\"a lang=en\"", null),
          new Attr(" title='x lang=\"en\"'", null),
          new Attr(" href=\"/简体?a=b&amp;c\"", null),
          new Attr(" id=\"简体\"", null),
          new Attr(" title=\"a > b\"", null),
          new Attr(" title='it\"s'", null),
          new Attr(" class=x", null),
          new Attr(" hidden", null),
          new Attr(" alt=\"<简>\"", null),
          new Attr("\nlang=\"en\"", "en"),
          new Attr("\tlang=\"en\"", "en"),
          new Attr(" lang = \"en\"", "en"),
          new Attr(" lang=en", "en"));

  /** Generated HTML and the output the rules call for. */
  private record Case(String html, String expected) {}

  private static Gen<Case> tree(int depth) {
    return r -> {
      StringBuilder html = new StringBuilder();
      StringBuilder expected = new StringBuilder();
      children(r, depth, false, false, html, expected);
      return new Case(html.toString(), expected.toString());
    };
  }

  private static void children(
      SplittableRandom r,
      int depth,
      boolean protect,
      boolean rawText,
      StringBuilder html,
      StringBuilder expected) {
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      if (depth == 0 || rawText || r.nextInt(3) == 0) {
        String text = text(r);
        html.append(text);
        expected.append(protect ? text : MARKING.convert(text));
      } else if (r.nextInt(8) == 0) {
        String other = Gen.of("<!-- 简体 -->", "<!DOCTYPE html>", "<?xml 简?>", "<!---->").next(r);
        html.append(other);
        expected.append(other);
      } else {
        element(r, depth - 1, protect, html, expected);
      }
    }
  }

  private static void element(
      SplittableRandom r, int depth, boolean protect, StringBuilder html, StringBuilder expected) {
    String name = Fragments.tagName().next(r);
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder tag = new StringBuilder("<").append(name);
    // An element marked as the source language, whose text is converted, is marked as the target.
    StringBuilder expectedTag = new StringBuilder("<").append(name);
    boolean converted = !protect && !VOID.contains(lower) && !VERBATIM.contains(lower);
    String lang = null;
    int attributes = r.nextInt(3);
    for (int a = 0; a < attributes; a++) {
      Attr attr = ATTRIBUTES.get(r.nextInt(ATTRIBUTES.size()));
      String expectedText = attr.text();
      if (attr.lang() != null && attr.text().toLowerCase(Locale.ROOT).contains("lang")) {
        if (lang != null) {
          continue; // one lang attribute an element
        }
        lang = attr.lang();
        if (converted && HANS.isWrittenAs(lang)) {
          int at = attr.text().lastIndexOf(lang);
          expectedText =
              attr.text().substring(0, at) + HANT.tag() + attr.text().substring(at + lang.length());
        }
      }
      tag.append(attr.text());
      expectedTag.append(expectedText);
    }
    if (VOID.contains(lower)) {
      String end = r.nextBoolean() ? ">" : " />";
      html.append(tag).append(end);
      expected.append(tag).append(end);
      return;
    }
    tag.append('>');
    expectedTag.append('>');
    html.append(tag);
    expected.append(expectedTag);
    boolean inner =
        protect || VERBATIM.contains(lower) || (lang != null && !HANS.isWrittenAs(lang));
    boolean rawText = Set.of("script", "style", "textarea").contains(lower);
    children(r, depth, inner, rawText, html, expected);
    String close = "</" + name + ">";
    html.append(close);
    expected.append(close);
  }

  /** Text that is no markup: it never holds a "<" that starts a tag, nor ends with "<". */
  private static String text(SplittableRandom r) {
    String text = Fragments.htmlText().next(r).replaceAll("<(?=[A-Za-z/!?])", "< ");
    return text.endsWith("<") ? text + " " : text;
  }

  /**
   * The tag as the converter writes it when the element's text is converted: a {@code lang} that
   * names the source language names the target instead (the tag itself if it has no such lang).
   */
  private static String relabelled(String tag) {
    int[] lang = HtmlTextConverter.langValue(tag);
    if (lang == null || !HANS.isWrittenAs(tag.substring(lang[0], lang[1]))) {
      return tag;
    }
    return tag.substring(0, lang[0]) + HANT.tag() + tag.substring(lang[1]);
  }

  /** Whether a token (perhaps cut by shrinking) is still a whole tag. */
  private static boolean isTag(String token) {
    return token.matches("<([A-Za-z/!?])[^<>\"']*(\"[^\"]*\"[^<>\"']*|'[^']*'[^<>\"']*)*>");
  }

  @Test
  void wellFormedHtmlHasItsTextConvertedAndItsMarkupKept() {
    Gen<Case> cases = tree(6);
    List<Case> seen = new ArrayList<>();
    Fuzz.text(
        "html converter (tree)",
        20260608L,
        400,
        r -> {
          Case c = cases.next(r);
          seen.add(c);
          return c.html();
        },
        html -> {
          String expected = expectedFor(seen, html);
          String out = Bounded.call(() -> new HtmlTextConverter(MARKING, HANS, HANT).convert(html));
          if (expected != null) {
            assertEquals(expected, out);
          }
        });
  }

  /** The expected output of a generated input (null for a shrunk one, which has none). */
  private static String expectedFor(List<Case> seen, String html) {
    for (int i = seen.size() - 1; i >= 0; i--) {
      if (seen.get(i).html().equals(html)) {
        return seen.get(i).expected();
      }
    }
    return null;
  }

  /** Tags and text in any order, with the positions of the tags. */
  private static Gen<List<String>> soup() {
    return r -> {
      List<String> tokens = new ArrayList<>();
      int n = r.nextInt(30);
      for (int i = 0; i < n; i++) {
        tokens.add(Fragments.tag().next(r));
        tokens.add(text(r));
      }
      return tokens;
    };
  }

  @Test
  void tagSoupKeepsEveryTagAndChangesOnlyText() {
    Gen<List<String>> soup = soup();
    Fuzz.text(
        "html converter (soup)",
        20260609L,
        400,
        r -> String.join("\u0000\u0000", soup.next(r)),
        joined -> {
          String[] tokens = joined.split("\u0000\u0000", -1);
          String html = String.join("", tokens);
          String out = Bounded.call(() -> new HtmlTextConverter(MARKING, HANS, HANT).convert(html));
          int at = 0;
          for (int t = 0; t < tokens.length; t++) {
            String token = tokens[t];
            if (t % 2 == 0 && isTag(token)) {
              String relabelled = relabelled(token);
              int start = at;
              assertTrue(
                  out.startsWith(token, start) || out.startsWith(relabelled, start),
                  () -> "tag " + token + " changed in " + out);
              at += out.startsWith(token, start) ? token.length() : relabelled.length();
              continue;
            }
            for (int i = 0; i < token.length(); i++, at++) {
              char in = token.charAt(i);
              char got = out.charAt(at);
              assertTrue(got == in || got == MAP.getOrDefault(in, in), out);
            }
          }
          assertEquals(out.length(), at, out);
        });
  }

  @Test
  void theRealConverterKeepsEveryTagOfTagSoup() {
    ScriptConverter opencc = ScriptConverters.opencc(Glossary.empty()).toTraditional();
    Gen<List<String>> soup = soup();
    Fuzz.text(
        "html converter (soup, OpenCC)",
        20260610L,
        200,
        r -> String.join("\u0000\u0000", soup.next(r)),
        joined -> {
          String[] tokens = joined.split("\u0000\u0000", -1);
          String html = String.join("", tokens);
          String out = Bounded.call(() -> new HtmlTextConverter(opencc, HANS, HANT).convert(html));
          int from = 0;
          for (int t = 0; t < tokens.length; t += 2) {
            if (!isTag(tokens[t])) {
              continue;
            }
            int kept = out.indexOf(tokens[t], from);
            int relabelled = out.indexOf(relabelled(tokens[t]), from);
            int found = kept >= 0 ? kept : relabelled;
            assertTrue(found >= 0, () -> "lost " + joined + " in " + out);
            from = found + (kept >= 0 ? tokens[t] : relabelled(tokens[t])).length();
          }
        });
  }
}
