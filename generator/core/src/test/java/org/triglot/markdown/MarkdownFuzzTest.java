package org.triglot.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.triglot.fuzz.Bounded;
import org.triglot.fuzz.Fragments;
import org.triglot.fuzz.Fuzz;

/**
 * Fuzzes the Markdown post-processing ({@link MarkdownRenderer}: the link policy, heading ids, the
 * facts taken from the document): any body renders within the time bound without an exception; the
 * headings have distinct ids; and in a body without raw HTML every link and image target, read as a
 * browser reads it, is relative or has an allowed scheme, and no two elements share an id.
 */
class MarkdownFuzzTest {
  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
  private static final Set<String> ALLOWED = Set.of("http", "https", "mailto", "tel");
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

  @Test
  void anyBodyRendersWithDistinctHeadingIds() {
    Fuzz.text(
        "markdown",
        20260606L,
        200,
        Fragments.markdown(true),
        body -> {
          RenderedMarkdown r = Bounded.call(() -> RENDERER.render(body));
          foreseen(r);
          Set<String> ids = new HashSet<>();
          for (Heading h : r.headings()) {
            assertTrue(!h.id().isEmpty() && ids.add(h.id()), () -> "heading id \"" + h.id() + "\"");
          }
        });
  }

  @Test
  void aBodyWithoutRawHtmlLinksOnlyAllowedTargetsAndRepeatsNoId() {
    Fuzz.text(
        "markdown links and ids",
        20260607L,
        200,
        Fragments.markdown(false),
        body -> {
          RenderedMarkdown r = Bounded.call(() -> RENDERER.render(body));
          foreseen(r);
          Document page = Jsoup.parseBodyFragment(r.html());
          Set<String> ids = new HashSet<>();
          for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
              String name = attribute.getKey().toLowerCase(Locale.ROOT);
              if ((name.equals("href") || name.equals("src")) && !allowed(attribute.getValue())) {
                fail(name + "=\"" + attribute.getValue() + "\" in " + r.html());
              }
              if (name.equals("id") && !ids.add(attribute.getValue())) {
                fail("two elements with id \"" + attribute.getValue() + "\" in " + r.html());
              }
            }
          }
        });
  }

  /** A refused body was refused by a limit, not by the stack overflowing after all. */
  private static void foreseen(RenderedMarkdown r) {
    for (Refusal refusal : r.refusals()) {
      assertTrue(!refusal.message().equals(MarkdownRenderer.TOO_DEEP), "the stack overflowed");
    }
  }

  /** Whether a browser would follow the (entity-decoded) URL to an allowed place. */
  private static boolean allowed(String url) {
    String read = url.replaceAll("[\\x00-\\x20\\x7F]", "");
    Matcher scheme = SCHEME.matcher(read);
    return !scheme.find() || ALLOWED.contains(scheme.group(1).toLowerCase(Locale.ROOT));
  }
}
