package org.triglot.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private static final ULocale SIMPLIFIED = ULocale.forLanguageTag("zh-Hans");

  private final Vocabulary vocabulary = new Vocabulary();
  private final Tokenizer tokenizer = new Tokenizer(vocabulary);

  private List<String> english(String text) {
    List<String> terms = new ArrayList<>();
    tokenizer.english(text, text.length(), id -> terms.add(vocabulary.term(id)));
    return terms;
  }

  private List<String> chinese(String text) {
    List<String> terms = new ArrayList<>();
    tokenizer.segmented(text, SIMPLIFIED, id -> terms.add(vocabulary.term(id)));
    return terms;
  }

  @Test
  void englishTermsAreLowerCaseSingularAndFreeOfStopWords() {
    assertEquals(
        List.of("eu", "sanction", "policy", "working", "crisis", "analysis"),
        english("The EU's sanctions policies aren't working: a crisis, and an analysis."));
  }

  @Test
  void curlyApostrophesAndNonAsciiLettersStayInsideWords() {
    assertEquals(
        List.of("europe", "café", "société", "générale"),
        english("Europe’s café; Société Générale"));
  }

  @Test
  void numbersAndSingleLettersAreNotTerms() {
    assertEquals(
        List.of("g20", "summit", "part", "met"),
        english("In 2024 the G20 summit, part 3 (b), met."));
  }

  @Test
  void upperAndLowerCaseMeetInOneTerm() {
    List<String> terms = english("Arctic ARCTIC arctic");
    assertEquals(List.of("arctic", "arctic", "arctic"), terms);
    assertEquals(1, vocabulary.size());
  }

  @Test
  void chineseIsSegmentedIntoWordsWithoutParticlesOrFunctionWords() {
    List<String> terms = chinese("我们认为海上安全的挑战在于海底电缆。");
    assertTrue(terms.contains("海上"), () -> "terms: " + terms);
    assertTrue(terms.contains("电缆"), () -> "terms: " + terms);
    assertFalse(terms.contains("的"), () -> "terms: " + terms);
    assertFalse(terms.contains("我们"), () -> "terms: " + terms);
    assertFalse(terms.contains("认为"), () -> "terms: " + terms);
  }

  @Test
  void latinWordsInChineseTextAreLowerCasedButStayChineseSideTerms() {
    List<Integer> inChinese = new ArrayList<>();
    tokenizer.segmented("WTO 改革与渔业补贴。", SIMPLIFIED, inChinese::add);
    List<Integer> inEnglish = new ArrayList<>();
    tokenizer.english("WTO reform", 10, inEnglish::add);

    int chineseWto =
        inChinese.stream()
            .filter(id -> vocabulary.term(id).equals("wto"))
            .findFirst()
            .orElseThrow();
    int englishWto = inEnglish.get(0);
    assertEquals("wto", vocabulary.term(englishWto));
    assertTrue(vocabulary.isChinese(chineseWto));
    assertFalse(vocabulary.isChinese(englishWto));
    assertTrue(chineseWto != englishWto, "an English and a Chinese text never share a term");
  }
}
