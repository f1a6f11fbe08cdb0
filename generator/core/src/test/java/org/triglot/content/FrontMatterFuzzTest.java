package org.triglot.content;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triglot.config.SourceDecoder;
import org.triglot.config.YamlNode;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourceText;
import org.triglot.fuzz.Bounded;
import org.triglot.fuzz.Diagnosed;
import org.triglot.fuzz.Fragments;
import org.triglot.fuzz.Fuzz;

/**
 * Fuzzes the front-matter reader: a content file's bytes through {@link SourceDecoder}, {@link
 * FrontMatter} and the YAML parser, then every field as templates get it. Any input gives front
 * matter or diagnostics, never an exception, a hang or an out-of-memory.
 */
class FrontMatterFuzzTest {
  private static final String PATH = "content/articles/x/en.md";

  @Test
  void anyFileGivesFrontMatterOrDiagnostics() {
    Fuzz.bytes(
        "front matter (bytes)",
        20260601L,
        400,
        Fragments.bytesOf(Fragments.contentFile()),
        file -> {
          Diagnostics diagnostics = new Diagnostics();
          boolean read =
              Bounded.call(
                  () ->
                      SourceDecoder.decode(file, PATH, diagnostics)
                          .flatMap(text -> read(text, diagnostics))
                          .isPresent());
          Diagnosed.check(diagnostics, !read);
        });
  }

  /** Text that no decoder made, lone surrogates and all, straight into the reader. */
  @Test
  void anyTextGivesFrontMatterOrDiagnostics() {
    Fuzz.text(
        "front matter (text)",
        20260602L,
        300,
        Fragments.contentFile(),
        file -> {
          Diagnostics diagnostics = new Diagnostics();
          boolean read =
              Bounded.call(() -> read(new SourceText(PATH, file), diagnostics).isPresent());
          Diagnosed.check(diagnostics, !read);
        });
  }

  private static Optional<FrontMatter> read(SourceText text, Diagnostics diagnostics) {
    Optional<FrontMatter> fm = FrontMatter.read(text, diagnostics);
    fm.ifPresent(
        f -> {
          for (YamlNode.Entry entry : f.fields().entries().values()) {
            FrontMatterValues.of(entry.value());
          }
        });
    return fm;
  }
}
