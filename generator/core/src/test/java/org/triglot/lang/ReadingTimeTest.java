package org.triglot.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReadingTimeTest {
  @Test
  void countsReadingTimePerScript() {
    assertEquals(new ReadingTime.Count(4, 4), ReadingTime.count("美俄关系 and the US view"));
    assertEquals(1, ReadingTime.minutes("short", 230, 400));
    assertEquals(2, ReadingTime.minutes("word ".repeat(231), 230, 400));
    assertEquals(3, ReadingTime.minutes("字".repeat(801), 230, 400));
    assertEquals(2, ReadingTime.minutes("字".repeat(400) + " word".repeat(115), 230, 400));
  }
}
