package org.triglot.relate;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.function.IntConsumer;

/**
 * Cuts article text into tokens and hands the term of each (from the {@link Vocabulary}) to a
 * consumer. English is cut by a single pass over the characters: a token is a run of letters and
 * digits (with inner apostrophes), lower-cased without regard to the default locale. Chinese is
 * segmented into words by ICU's dictionary-based word BreakIterator; Latin words inside it are
 * lower-cased the same way. Not thread-safe: one per thread, like its {@link Vocabulary}.
 */
final class Tokenizer {
  private static final int MAX_TOKEN = 64;

  private final Vocabulary vocabulary;

  /** ASCII letters and digits in lower case; 0 for every other ASCII character. */
  private static final char[] ASCII = new char[128];

  static {
    for (char c = '0'; c <= '9'; c++) {
      ASCII[c] = c;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII[c] = c;
      ASCII[c - 'a' + 'A'] = c;
    }
  }

  private final char[] token = new char[MAX_TOKEN];
  private char[] chars = new char[1 << 14];
  private BreakIterator words;
  private ULocale wordsLocale;

  Tokenizer(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * Passes the term of every English token of {@code text}, up to {@code end}, to {@code terms}, in
   * order.
   */
  void english(String text, int end, IntConsumer terms) {
    int n = end;
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    text.getChars(0, n, chars, 0);
    english(chars, 0, n, terms);
  }

  /**
   * Tokens of {@code in[from..to)}, lower-cased in place as they are read. Runs of lower-case ASCII
   * letters, most of any English text, take a short loop of their own.
   */
  private void english(char[] in, int from, int to, IntConsumer terms) {
    int start = from;
    int length = 0;
    int hash = 0;
    int i = from;
    while (i < to) {
      char c = in[i];
      if (c >= 'a' && c <= 'z') {
        if (length == 0) {
          start = i;
        }
        int j = i;
        do {
          hash = 31 * hash + c;
          j++;
        } while (j < to && (c = in[j]) >= 'a' && c <= 'z');
        length += j - i;
        i = j;
        continue;
      }
      char lower = c < 128 ? ASCII[c] : otherLetter(c);
      if (lower == 0
          && (c == '\'' || c == '\u2019')
          && length > 0
          && i + 1 < to
          && Character.isLetter(in[i + 1])) {
        lower = '\'';
      }
      if (lower != 0) {
        if (length == 0) {
          start = i;
        }
        in[i] = lower;
        hash = 31 * hash + lower;
        length++;
      } else if (length > 0) {
        emit(in, start, length, hash, terms);
        length = 0;
        hash = 0;
      }
      i++;
    }
    if (length > 0) {
      emit(in, start, length, hash, terms);
    }
  }

  private void emit(char[] in, int start, int length, int hash, IntConsumer terms) {
    if (length <= MAX_TOKEN) {
      int term = vocabulary.english(in, start, length, hash);
      if (term != Vocabulary.NONE) {
        terms.accept(term);
      }
    }
  }

  /**
   * A non-ASCII letter or digit in lower case, or 0; Chinese characters are not English letters.
   */
  private static char otherLetter(char c) {
    return Character.isLetterOrDigit(c)
            && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN
        ? Character.toLowerCase(c)
        : 0;
  }

  /**
   * Passes the term of every word of {@code text}, segmented by ICU's dictionary-based word breaks
   * for {@code locale} (Chinese, Japanese, Thai; embedded Latin words too), to {@code terms}, in
   * order.
   */
  void segmented(String text, ULocale locale, IntConsumer terms) {
    if (words == null || !locale.equals(wordsLocale)) {
      words = BreakIterator.getWordInstance(locale);
      wordsLocale = locale;
    }
    words.setText(text);
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      int status = words.getRuleStatus();
      int length = end - start;
      if (status >= BreakIterator.WORD_NUMBER
          && status < BreakIterator.WORD_IDEO_LIMIT
          && length <= MAX_TOKEN) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
          char c = text.charAt(start + i);
          char lower = c < 128 && ASCII[c] != 0 ? ASCII[c] : Character.toLowerCase(c);
          token[i] = lower;
          hash = 31 * hash + lower;
        }
        int term = vocabulary.chinese(token, 0, length, hash);
        if (term != Vocabulary.NONE) {
          terms.accept(term);
        }
      }
    }
  }
}
