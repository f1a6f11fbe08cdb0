package org.triglot.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static final String COUNT = "{count, plural, one {# article} other {# articles}}";

  @Test
  void choosesTheCldrPluralFormOfTheLanguage() {
    Messages en = new Messages(Language.of("en"), Map.of("count", COUNT));
    assertEquals("1 article", en.format("count", Map.of("count", 1)));
    assertEquals("5 articles", en.format("count", Map.of("count", 5)));
    assertEquals("1,200 articles", en.format("count", Map.of("count", 1200)));
    Messages zh =
        new Messages(Language.of("zh-Hans"), Map.of("count", "{count, plural, other {#篇文章}}"));
    assertEquals("5篇文章", zh.format("count", Map.of("count", 5)));
    assertEquals("1篇文章", zh.format("count", Map.of("count", 1)));
  }

  @Test
  void rejectsAPatternThatIsNotValidMessageFormat() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Messages(Language.of("en"), Map.of("bad", "{count, plural, one {x}")));
  }
}
