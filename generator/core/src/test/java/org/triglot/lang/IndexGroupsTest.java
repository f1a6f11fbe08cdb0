package org.triglot.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class IndexGroupsTest {
  private static String render(List<IndexGroups.Group<String>> groups) {
    StringBuilder out = new StringBuilder();
    for (IndexGroups.Group<String> g : groups) {
      out.append(g.heading()).append(": ").append(String.join(" ", g.items())).append("\n");
    }
    return out.toString();
  }

  @Test
  void groupsSimplifiedChineseByPinyinUnderLatinLetters() {
    var groups =
        IndexGroups.group(
            Language.of("zh-Hans"),
            List.of("制裁", "北极", "贸易", "军备控制", "多边主义", "能源安全", "海洋安全"),
            Function.identity());
    assertEquals(
        """
        B: 北极
        D: 多边主义
        H: 海洋安全
        J: 军备控制
        M: 贸易
        N: 能源安全
        Z: 制裁
        """,
        render(groups));
  }

  @Test
  void groupsTraditionalChineseByStrokeCountWithLatinNamesAfterThem() {
    var groups =
        IndexGroups.group(
            Language.of("zh-Hant"),
            List.of("貿易", "北極", "制裁", "軍備控制", "一帶一路", "Arms Control"),
            Function.identity());
    assertEquals(
        """
        1劃: 一帶一路
        5劃: 北極
        8劃: 制裁
        9劃: 軍備控制
        12劃: 貿易
        A: Arms Control
        """,
        render(groups));
  }

  @Test
  void groupsEnglishAlphabeticallyIgnoringAccentsAndCase() {
    var groups =
        IndexGroups.group(
            Language.of("en"),
            List.of("trade", "Élan", "Arctic", "arms control", "Energy"),
            Function.identity());
    assertEquals(
        """
        A: Arctic arms control
        E: Élan Energy
        T: trade
        """,
        render(groups));
  }
}
