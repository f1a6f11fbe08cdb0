package org.triglot.lang;

import com.ibm.icu.text.BreakIterator;

/**
 * Cuts a paragraph down to a summary at a sentence boundary (ICU's sentence BreakIterator for the
 * language), within a length counted in words for English and in characters for Chinese. The cut
 * never falls inside a word or a character: when even the first sentence is too long, the text is
 * cut at the last word boundary that fits and an ellipsis is added.
 */
public final class Excerpts {
  private Excerpts() {}

  /**
   * The longest run of whole sentences from the start of {@code text} that fits in {@code limit}
   * (words for English, characters for Chinese); the whole text when it fits.
   */
  public static String cut(String text, Language language, int limit) {
    String clean = text.strip().replaceAll("\\s+", " ");
    if (length(clean, language) <= limit) {
      return clean;
    }
    BreakIterator sentences = BreakIterator.getSentenceInstance(language.locale());
    sentences.setText(clean);
    int end = 0;
    for (int boundary = sentences.next();
        boundary != BreakIterator.DONE;
        boundary = sentences.next()) {
      if (length(clean.substring(0, boundary), language) > limit) {
        break;
      }
      end = boundary;
    }
    if (end > 0) {
      return clean.substring(0, end).strip();
    }
    BreakIterator words = BreakIterator.getWordInstance(language.locale());
    words.setText(clean);
    int wordEnd = 0;
    for (int boundary = words.next(); boundary != BreakIterator.DONE; boundary = words.next()) {
      if (length(clean.substring(0, boundary), language) > limit) {
        break;
      }
      wordEnd = boundary;
    }
    return clean.substring(0, wordEnd).strip() + "…";
  }

  /** Words for English; letters and digits (not punctuation or spaces) for Chinese. */
  static int length(String text, Language language) {
    if (language.lengthUnit() == LengthUnit.CHARACTERS) {
      return (int) text.codePoints().filter(Character::isLetterOrDigit).count();
    }
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = !Character.isWhitespace(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }
}
