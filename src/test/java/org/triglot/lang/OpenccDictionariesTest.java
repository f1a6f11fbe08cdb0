package org.triglot.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OpenccDictionariesTest {
  private final char[] variants =
      OpenccDictionaries.taiwanVariants(
          OpenccDictionaries.DictionaryFile.read("STCharacters.txt"),
          OpenccDictionaries.DictionaryFile.read("TWVariants.txt"));

  @Test
  void readsTaiwanVariantsFromOpenccTraditionalForms() {
    assertEquals('麵', variants['麪']);
    assertEquals('裡', variants['裏']);
    assertEquals('著', variants['着']);
    assertEquals('為', variants['爲']);
    assertEquals('矽', variants['硅']);
  }

  @Test
  void leavesCharactersThatAreNotOpenccFormsAlone() {
    assertEquals('面', variants['面']);
    assertEquals('里', variants['里']);
    assertEquals('才', variants['才']);
  }

  @Test
  void usesTaiwanFormsOnlyWhereThePhraseCallsForThem() {
    PhraseTable toTaiwan = OpenccDictionaries.toTaiwan();
    assertEquals("麵條", toTaiwan.lookup("面条"));
    assertEquals('面', toTaiwan.character('面'));
    assertEquals("裡面", toTaiwan.lookup("里面"));
    assertEquals('著', toTaiwan.character('着'));
  }

  @Test
  void readsTaiwanFormsBackThroughOpenccForms() {
    PhraseTable toSimplified = OpenccDictionaries.toSimplified();
    assertEquals('着', toSimplified.character('著'));
    assertEquals('里', toSimplified.character('裡'));
    assertEquals('干', toSimplified.character('乾'));
    assertEquals('么', toSimplified.character('么'));
    assertEquals("显著", toSimplified.lookup("顯著"));
  }
}
