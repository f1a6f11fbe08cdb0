package org.triglot.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.triglot.config.SiteSources;
import org.triglot.content.Article;
import org.triglot.content.Content;
import org.triglot.content.ContentLoader;
import org.triglot.diag.Diagnostics;
import org.triglot.lang.Language;
import org.triglot.lang.Languages;

/**
 * The English articles of the sample publication render to the HTML in {@code
 * golden/sample-en.html}, which was written by the renderer before it had any rule for CJK text:
 * the Chinese rules leave English byte for byte as it was.
 */
class EnglishSampleHtmlTest {
  static final String GOLDEN = "/org/triglot/markdown/golden/sample-en.html";

  /** Every English body of the sample content, in folder order, each under a comment naming it. */
  static String renderEnglishSample(MarkdownRenderer renderer) {
    Content content =
        ContentLoader.load(
            SiteSources.of(Path.of("")), Languages.standard(), ZoneOffset.UTC, new Diagnostics());
    Language english = Language.of("en");
    StringBuilder out = new StringBuilder();
    for (Article article : content.articles()) {
      article
          .find(english)
          .ifPresent(
              version ->
                  out.append("<!-- ")
                      .append(article.slug())
                      .append(" -->\n")
                      .append(renderer.render(version.body().text(), english).html()));
    }
    return out.toString();
  }

  @Test
  void rendersTheEnglishSampleArticlesByteForByteAsBefore() {
    assertEquals(golden(), renderEnglishSample(new MarkdownRenderer()));
  }

  private static String golden() {
    try (InputStream in = EnglishSampleHtmlTest.class.getResourceAsStream(GOLDEN)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
