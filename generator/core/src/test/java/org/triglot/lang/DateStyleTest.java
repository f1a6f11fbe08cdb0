package org.triglot.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DateStyleTest {
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
}
