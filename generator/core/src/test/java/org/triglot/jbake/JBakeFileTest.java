package org.triglot.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JBakeFileTest {
  @Test
  void readsKeyValueHeadersUpToTheSeparator() {
    JBakeFile file =
        JBakeFile.parse(
                "\uFEFFtitle=A = B\r\ndate=2024-01-02\r\ntags=x, y\r\n~~~~~~\r\n\r\nBody\r\n")
            .orElseThrow();
    assertEquals(Map.of("title", "A = B", "date", "2024-01-02", "tags", "x, y"), file.headers());
    assertEquals("\nBody\n", file.body());
    assertEquals(5, file.bodyLine());
  }

  @Test
  void readsYamlHeadersWithOrWithoutTheSeparatorAfterThem() {
    JBakeFile file =
        JBakeFile.parse("---\ntitle: \"Q: A\"\ntags: [a, b]\n# note\n---\n~~~~~~\nBody")
            .orElseThrow();
    assertEquals(Map.of("title", "Q: A", "tags", "a, b"), file.headers());
    assertEquals("Body", file.body());
    assertEquals("Body", JBakeFile.parse("---\ntitle: T\n---\nBody").orElseThrow().body());
  }

  @Test
  void findsNoHeaderInAFileWithoutOne() {
    assertTrue(JBakeFile.parse("# Just Markdown\n\ntitle=not a header\n").isEmpty());
    assertTrue(JBakeFile.parse("title=No separator\ndate=2024-01-02\n").isEmpty());
    assertTrue(JBakeFile.parse("---\ntitle: never closed\n").isEmpty());
  }
}
