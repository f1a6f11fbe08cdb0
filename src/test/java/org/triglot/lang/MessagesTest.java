package org.triglot.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.time.ZonedDateTime;
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

  @Test
  void formatsDatesPerLanguageInTheSitesZoneNotTheMachines() {
    ZonedDateTime date = ZonedDateTime.of(2021, 4, 6, 0, 30, 0, 0, ZoneId.of("Asia/Taipei"));
    assertEquals(
        "Apr 06, 2021",
        new DateStyle(Language.of("en"), "MMM dd, yyyy", ZoneId.of("Asia/Taipei")).format(date));
    assertEquals(
        "2021年4月6日",
        new DateStyle(Language.of("zh-Hans"), "y年M月d日", ZoneId.of("Asia/Taipei")).format(date));
    assertEquals(
        "2021年4月5日",
        new DateStyle(Language.of("zh-Hant"), "y年M月d日", ZoneId.of("UTC")).format(date));
  }

  @Test
  void cutsSummariesAtSentenceBoundaries() {
    String english =
        "The first sentence is short. The second sentence runs on for quite a few more words than the first. Third.";
    assertEquals("The first sentence is short.", Excerpts.cut(english, Language.of("en"), 10));
    assertEquals(english, Excerpts.cut(english, Language.of("en"), 100));
    String chinese = "第一句很短。第二句要长得多，长到超过限制。第三句。";
    assertEquals("第一句很短。", Excerpts.cut(chinese, Language.of("zh-Hans"), 10));
    assertEquals(
        "Supercalifragilistic words…",
        Excerpts.cut(
            "Supercalifragilistic words without any sentence end at all here",
            Language.of("en"),
            2));
  }
}
