package org.triglot.lang;

/**
 * Estimates reading time per script: Chinese (and other CJK) characters at one rate, words of
 * alphabetic scripts at another, so mixed text (a Chinese article quoting English) is counted
 * fairly. Always at least one minute.
 */
public final class ReadingTime {
  private ReadingTime() {}

  /** What a text holds: CJK characters and words of other scripts. */
  public record Count(int characters, int words) {}

  public static Count count(String text) {
    int characters = 0;
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isCjk(cp)) {
        characters++;
        inWord = false;
      } else if (Character.isLetterOrDigit(cp)
          || (inWord && (cp == '\'' || cp == '’' || cp == '-'))) {
        if (!inWord) {
          words++;
        }
        inWord = true;
      } else {
        inWord = false;
      }
    }
    return new Count(characters, words);
  }

  /** Whole minutes, rounded up, for {@code text} read at the given rates. */
  public static int minutes(String text, int wordsPerMinute, int charactersPerMinute) {
    Count count = count(text);
    double minutes =
        (double) count.words() / wordsPerMinute + (double) count.characters() / charactersPerMinute;
    return Math.max(1, (int) Math.ceil(minutes - 1e-9));
  }

  private static boolean isCjk(int cp) {
    if (cp < 0x1100) {
      return false;
    }
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)) {
      return true;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.BOPOMOFO;
  }
}
