package org.triglot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.triglot.diag.Diagnostic;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourceText;

class YamlParserTest {
  private final Diagnostics diagnostics = new Diagnostics();

  private List<String> parse(String yaml) {
    SourceText file = new SourceText("x.yaml", yaml);
    assertTrue(YamlParser.parse(file, yaml, 1, diagnostics).isEmpty());
    return diagnostics.all().stream().map(Diagnostic::headline).toList();
  }

  /** Found by FrontMatterFuzzTest: the alias made the converter recurse until the stack ran out. */
  @Test
  void refusesAnAliasInsideTheValueOfItsOwnAnchor() {
    assertEquals(
        List.of("x.yaml:1:4: error: the YAML nests lists and maps more than 100 levels deep"),
        parse("a: &x [*x]\n"));
  }

  @Test
  void refusesAliasesThatExpandToMoreThanTheValueLimit() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x]\n");
    for (int i = 1; i <= 24; i++) {
      yaml.append("a").append(i).append(": &a").append(i);
      yaml.append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
    }
    List<String> errors =
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(yaml.toString()));
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(
        errors
            .get(0)
            .endsWith("the YAML holds more than 100000 values once its aliases are expanded"),
        errors.get(0));
  }

  @Test
  void reportsAControlCharacterAtItsLineAndColumn() {
    assertEquals(
        List.of("x.yaml:2:6: error: malformed YAML: the character U+0007 is not allowed in YAML"),
        parse("a: b\nc: d \u0007\n"));
  }

  /** Found by StringsAndGlossaryFuzzTest: "&~: a" made a message under the empty key. */
  @Test
  void refusesAMissingKey() {
    SourceText file = new SourceText("x.yaml", "&~ : a\nb: c\n");
    YamlParser.parse(file, file.text(), 1, diagnostics);
    assertEquals(
        List.of("x.yaml:1:1: error: a key is missing before \":\""),
        diagnostics.all().stream().map(Diagnostic::headline).toList());
  }
}
