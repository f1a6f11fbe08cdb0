package org.triglot.content;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns free text into a URL-safe id, for hints and for the new-article scaffold. Chinese
 * characters become pinyin without tones (ICU's {@code Han-Latin; Latin-ASCII}), a word at a time:
 * ICU's dictionary word segmentation finds the words, the syllables of a word are written together
 * and words are joined by hyphens ({@code 北极例外论} → {@code beiji-liwai-lun}).
 */
public final class Slugs {
  /** The longest suggestion; a longer one is cut at the last word boundary before it. */
  public static final int MAX_LENGTH = 60;

  private Slugs() {}

  /**
   * Lower-case ASCII letters and digits joined by single hyphens, at most {@link #MAX_LENGTH}
   * characters; "article" if nothing is left.
   */
  public static String suggest(String text) {
    String latin = hasHan(text) ? pinyin(text) : text;
    String ascii = Normalizer.normalize(latin, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug =
        ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    if (slug.length() > MAX_LENGTH) {
      int cut = slug.lastIndexOf('-', MAX_LENGTH);
      slug = cut > 0 ? slug.substring(0, cut) : slug.substring(0, MAX_LENGTH);
    }
    return slug.isEmpty() ? "article" : slug;
  }

  public static boolean isValid(String slug) {
    return DataFiles.ID.matcher(slug).matches();
  }

  private static boolean hasHan(String text) {
    return text.codePoints()
        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }

  /** Each word's Han characters as toneless pinyin written together; words apart. */
  private static String pinyin(String text) {
    Transliterator toLatin = Transliterator.getInstance("Han-Latin; Latin-ASCII");
    BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
    words.setText(text);
    StringBuilder out = new StringBuilder();
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      String word = text.substring(start, end);
      if (hasHan(word)) {
        out.append(' ').append(toLatin.transliterate(word).replaceAll("\\s+", "")).append(' ');
      } else {
        out.append(word);
      }
    }
    return out.toString();
  }
}
