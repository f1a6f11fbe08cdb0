package org.triglot.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourceText;
import org.triglot.fuzz.Bounded;
import org.triglot.fuzz.Diagnosed;
import org.triglot.fuzz.Fragments;
import org.triglot.fuzz.Fuzz;
import org.triglot.lang.Glossary;
import org.triglot.lang.ScriptConverters;

/**
 * Fuzzes the strings loader and the glossary loader from the file's bytes on: any input gives
 * messages (each a valid ICU pattern) or a glossary (one that a converter can be built from and
 * used), with diagnostics for the rest, never an exception, a hang or an out-of-memory.
 */
class StringsAndGlossaryFuzzTest {

  @Test
  void anyStringsFileGivesValidMessagesOrDiagnostics() {
    Fuzz.bytes(
        "strings",
        20260603L,
        400,
        Fragments.bytesOf(Fragments.stringsFile()),
        file -> {
          Diagnostics diagnostics = new Diagnostics();
          Optional<Map<String, String>> messages =
              Bounded.call(
                  () ->
                      SourceDecoder.decode(file, "i18n/en.yaml", diagnostics)
                          .map(text -> StringsLoader.parse(text, diagnostics)));
          messages.ifPresent(
              m ->
                  m.forEach(
                      (key, pattern) -> {
                        assertTrue(!key.isEmpty());
                        new MessageFormat(pattern, ULocale.ROOT);
                      }));
          Diagnosed.check(diagnostics, messages.isEmpty());
        });
  }

  @Test
  void anyGlossaryGivesAUsableGlossaryOrDiagnostics() {
    Fuzz.bytes(
        "glossary",
        20260604L,
        400,
        Fragments.bytesOf(Fragments.glossary()),
        file -> {
          Diagnostics diagnostics = new Diagnostics();
          Optional<Glossary> glossary =
              Bounded.call(
                  () ->
                      SourceDecoder.decode(file, "i18n/zh-Hant.glossary", diagnostics)
                          .map(text -> org.triglot.lang.Glossary.parse(text, diagnostics)));
          glossary.ifPresent(
              g -> {
                if (!g.isEmpty()) {
                  ScriptConverters converters = Bounded.call(() -> ScriptConverters.opencc(g));
                  for (Glossary.Entry entry : g.entries()) {
                    String converted = converters.toTraditional().convert(entry.simplified());
                    assertTrue(converted.contains(entry.traditional()), converted);
                    converters.toSimplified().convert(entry.traditional());
                  }
                }
              });
          Diagnosed.check(diagnostics, glossary.isEmpty());
        });
  }

  /** Text that no decoder made, lone surrogates and all. */
  @Test
  void anyGlossaryTextGivesAGlossaryOrDiagnostics() {
    Fuzz.text(
        "glossary (text)",
        20260605L,
        300,
        Fragments.glossary(),
        text -> {
          Diagnostics diagnostics = new Diagnostics();
          Bounded.call(() -> Glossary.parse(new SourceText("g", text), diagnostics));
          Diagnosed.check(diagnostics, false);
        });
  }
}
