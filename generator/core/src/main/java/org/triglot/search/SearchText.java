package org.triglot.search;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * How text becomes search terms, the same at build time and in the browser ({@code
 * assets/search.js} follows every rule here; change both together).
 *
 * <ul>
 *   <li>A <em>word</em> is a run of letters, digits and combining marks that are not CJK; anything
 *       else (spaces, punctuation, apostrophes, hyphens) separates words. A word is decomposed
 *       (NFKD), loses its combining marks (so {@code café} is {@code cafe}), is lower-cased, is
 *       dropped when it is a {@linkplain #STOP_WORDS stop word}, and is stemmed with Snowball's
 *       English stemmer ({@code nations}, {@code national} → {@code nation}).
 *   <li>A <em>CJK run</em> is a run of Han, Hiragana and Katakana characters. It gives every pair
 *       of neighbouring characters (a bigram: 对俄制裁 → 对俄, 俄制, 制裁), so any query of two characters or
 *       more that occurs in the text matches; a run of one character gives that character. Chinese
 *       text is folded to one script before it is cut ({@link org.triglot.lang.SearchFold}).
 * </ul>
 */
public final class SearchText {
  /**
   * English words too common to find anything; the browser drops the same ones. Short on purpose: a
   * quoted phrase still matches them in the text.
   */
  public static final List<String> STOP_WORDS =
      List.of(
          "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is",
          "it", "no", "not", "of", "on", "or", "s", "such", "t", "that", "the", "their", "then",
          "there", "these", "they", "this", "to", "was", "will", "with");

  private static final Set<String> STOPS = Set.copyOf(STOP_WORDS);

  /**
   * No character below this one is Han, Hiragana or Katakana (the CJK radicals supplement starts
   * there), so most text is told apart without a lookup in Unicode's script table.
   */
  private static final int FIRST_CJK = 0x2E80;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Receives the terms of a text in order. */
  public interface Terms {
    void term(String term);
  }

  private SearchText() {}

  /** Whether {@code codePoint} belongs to a CJK run. */
  static boolean isCjk(int codePoint) {
    if (codePoint < FIRST_CJK) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  /** Whether {@code codePoint} belongs to a word. */
  static boolean isWordPart(int codePoint) {
    if (codePoint < 0x80) {
      return (codePoint >= 'a' && codePoint <= 'z')
          || (codePoint >= 'A' && codePoint <= 'Z')
          || (codePoint >= '0' && codePoint <= '9');
    }
    if (isCjk(codePoint)) {
      return false;
    }
    return switch (Character.getType(codePoint)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER,
          Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK ->
          true;
      default -> false;
    };
  }

  /**
   * Words already made terms, shared by the threads of one index build: a publication repeats its
   * vocabulary, so most words are looked up rather than folded and stemmed again.
   */
  public static final class Words {
    private final java.util.concurrent.ConcurrentHashMap<String, String> terms =
        new java.util.concurrent.ConcurrentHashMap<>();
    private final ThreadLocal<EnglishStemmer> stemmers =
        ThreadLocal.withInitial(EnglishStemmer::new);

    String term(String word) {
      String term = terms.get(word);
      if (term == null) {
        term = word(word, stemmers.get());
        terms.putIfAbsent(word, term);
      }
      return term;
    }
  }

  /** Every term of {@code text}, in order, to {@code out}; {@code stemmer} is not shared. */
  public static void terms(CharSequence text, EnglishStemmer stemmer, Terms out) {
    Words words = new Words();
    words.stemmers.set(stemmer);
    terms(text, words, out);
  }

  /** Every term of {@code text}, in order, to {@code out}. */
  public static void terms(CharSequence text, Words words, Terms out) {
    int length = text.length();
    int i = 0;
    while (i < length) {
      int c = Character.codePointAt(text, i);
      if (isCjk(c)) {
        int start = i;
        int previous = -1;
        int count = 0;
        while (i < length && isCjk(c = Character.codePointAt(text, i))) {
          if (previous >= 0) {
            out.term(text.subSequence(previous, i + Character.charCount(c)).toString());
          }
          previous = i;
          count++;
          i += Character.charCount(c);
        }
        if (count == 1) {
          out.term(text.subSequence(start, i).toString());
        }
      } else if (isWordPart(c)) {
        int start = i;
        while (i < length && isWordPart(c = Character.codePointAt(text, i))) {
          i += Character.charCount(c);
        }
        String word = words.term(text.subSequence(start, i).toString());
        if (!word.isEmpty()) {
          out.term(word);
        }
      } else {
        i += Character.charCount(c);
      }
    }
  }

  private static boolean isAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** One word as a term: folded, stemmed; "" for a stop word or a word of marks only. */
  static String word(String word, EnglishStemmer stemmer) {
    String folded =
        MARKS
            .matcher(Normalizer.normalize(word, Normalizer.Form.NFKD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    if (folded.isEmpty() || STOPS.contains(folded)) {
      return "";
    }
    stemmer.setCurrent(folded);
    stemmer.stem();
    return stemmer.getCurrent();
  }
}
