package org.triglot.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExcerptsTest {
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
