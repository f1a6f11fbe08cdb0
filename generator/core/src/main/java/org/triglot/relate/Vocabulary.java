package org.triglot.relate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

/**
 * The terms of the articles' text, numbered in the order they are first seen. It maps each raw
 * token, as the {@link Tokenizer} cuts it, to its term once and remembers the answer, so that the
 * millions of tokens of a large site cost one hash lookup each and no allocation. English tokens
 * lose a possessive {@code 's}, stop words and tokens without a letter are dropped, and plurals are
 * reduced by the Harman "S" rule ({@code policies} → {@code policy}, {@code sanctions} → {@code
 * sanction}; {@code -is}, {@code -us} and {@code -ss} endings are kept). Chinese tokens of one
 * character and Chinese function words are dropped. English and Chinese terms are two vocabularies:
 * a Latin word inside Chinese text is a Chinese-side term. Not thread-safe.
 */
final class Vocabulary {
  static final int NONE = -1;

  /** Function words, contractions and the vaguest words of commentary. */
  private static final Set<String> ENGLISH_STOP_WORDS =
      Set.copyOf(
          List.of(
              (""
                      + "a about above after again against all almost also although always am among an and another any "
                      + "are aren't around as at be became because become becomes been before being below between both "
                      + "but by can can't cannot could couldn't did didn't do does doesn't doing don't done down during "
                      + "each either else enough even ever every few for from further had hadn't has hasn't have haven't "
                      + "having he he'd he'll he's her here here's hers herself him himself his how how's however i i'd "
                      + "i'll i'm i've if in into is isn't it it's its itself just least less let's like made make makes "
                      + "many may me might more most much must mustn't my myself neither never no nor not now of off "
                      + "often on once one only or other others otherwise our ours ourselves out over own per perhaps "
                      + "quite rather really same say says said seem seems several shall shan't she she'd she'll she's "
                      + "should shouldn't since so some still such than that that's the their theirs them themselves then "
                      + "there there's these they they'd they'll they're they've this those though through thus to too "
                      + "toward towards under until up upon us very via was wasn't we we'd we'll we're we've were weren't "
                      + "what what's whatever when when's where where's whether which while who who's whom whose why "
                      + "why's will with within without won't would wouldn't yet you you'd you'll you're you've your "
                      + "yours yourself yourselves")
                  .split(" ")));

  /**
   * Chinese function words of two or more characters that ICU keeps together (simplified script).
   */
  private static final Set<String> CHINESE_STOP_WORDS =
      Set.copyOf(
          List.of(
              (""
                      + "我们 你们 他们 她们 它们 自己 这个 那个 这些 那些 这样 那样 这种 那种 这里 那里 因此 所以 但是 然而 "
                      + "而且 并且 以及 或者 如果 虽然 因为 由于 可以 可能 已经 没有 不是 就是 还是 只是 一个 一些 什么 怎么 "
                      + "如何 为了 对于 关于 其中 之间 通过 进行 认为 表示 这一 同时 此外 其实 而是 不过 甚至 仍然 "
                      + "一直 非常 更加 需要 应该 能够 成为 作为 之后 之前 目前 当前 方面 问题 情况")
                  .split(" ")));

  /** Marks Chinese-side terms in the map of terms, so that they never meet English ones. */
  private static final char CHINESE = '\u0001';

  private char[][] forms = new char[1 << 12][];
  private int[] formHash = new int[1 << 12];
  private int[] formTerm = new int[1 << 12];
  private boolean[] formChinese = new boolean[1 << 12];
  private int formCount;
  private String[] terms = new String[1 << 10];
  private boolean[] chinese = new boolean[1 << 10];
  private int termCount;
  private final HashMap<String, Integer> termIds = new HashMap<>();

  int size() {
    return termCount;
  }

  String term(int id) {
    return terms[id];
  }

  boolean isChinese(int id) {
    return chinese[id];
  }

  /**
   * The term of an English token, {@code text[start..start+length)} in lower case, whose {@code
   * hash} is {@code 31 * h + c} over its characters; {@link #NONE} if dropped.
   */
  int english(char[] text, int start, int length, int hash) {
    return lookup(text, start, length, hash, false);
  }

  /** The term of a Chinese word, as for {@link #english}; {@link #NONE} if dropped. */
  int chinese(char[] text, int start, int length, int hash) {
    return lookup(text, start, length, hash, true);
  }

  private int lookup(char[] text, int start, int length, int rawHash, boolean isChinese) {
    int hash = (isChinese ? ~rawHash : rawHash) * 0x9E3779B9;
    hash ^= hash >>> 15;
    int mask = formHash.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      char[] form = forms[slot];
      if (form == null) {
        return insert(slot, hash, text, start, length, isChinese);
      }
      if (formHash[slot] == hash
          && form.length == length
          && formChinese[slot] == isChinese
          && same(form, text, start)) {
        return formTerm[slot];
      }
    }
  }

  private static boolean same(char[] form, char[] text, int start) {
    for (int i = 0; i < form.length; i++) {
      if (form[i] != text[start + i]) {
        return false;
      }
    }
    return true;
  }

  private int insert(int slot, int hash, char[] text, int start, int length, boolean isChinese) {
    char[] form = Arrays.copyOfRange(text, start, start + length);
    String raw = new String(form);
    String canonical = isChinese ? chineseTerm(raw) : englishTerm(raw);
    int term = NONE;
    if (canonical != null) {
      String key = isChinese ? CHINESE + canonical : canonical;
      Integer id = termIds.get(key);
      if (id == null) {
        id = termCount;
        termIds.put(key, id);
        if (termCount == terms.length) {
          terms = Arrays.copyOf(terms, termCount * 2);
          chinese = Arrays.copyOf(chinese, termCount * 2);
        }
        terms[termCount] = canonical;
        chinese[termCount] = isChinese;
        termCount++;
      }
      term = id;
    }
    forms[slot] = form;
    formHash[slot] = hash;
    formTerm[slot] = term;
    formChinese[slot] = isChinese;
    if (++formCount * 2 > forms.length) {
      grow();
    }
    return term;
  }

  private void grow() {
    char[][] oldForms = forms;
    int[] oldHash = formHash;
    int[] oldTerm = formTerm;
    boolean[] oldChinese = formChinese;
    forms = new char[oldForms.length * 2][];
    formHash = new int[oldForms.length * 2];
    formTerm = new int[oldForms.length * 2];
    formChinese = new boolean[oldForms.length * 2];
    int mask = forms.length - 1;
    for (int i = 0; i < oldForms.length; i++) {
      if (oldForms[i] != null) {
        int slot = oldHash[i] & mask;
        while (forms[slot] != null) {
          slot = (slot + 1) & mask;
        }
        forms[slot] = oldForms[i];
        formHash[slot] = oldHash[i];
        formTerm[slot] = oldTerm[i];
        formChinese[slot] = oldChinese[i];
      }
    }
  }

  /** The term an English token stands for, or null when it is dropped. */
  static String englishTerm(String token) {
    String word = token.endsWith("'s") ? token.substring(0, token.length() - 2) : token;
    if (word.length() < 2
        || ENGLISH_STOP_WORDS.contains(word)
        || word.chars().noneMatch(Character::isLetter)) {
      return null;
    }
    return singular(word);
  }

  /** The term a Chinese word stands for, or null when it is dropped. */
  static String chineseTerm(String word) {
    if (word.codePointCount(0, word.length()) < 2
        || CHINESE_STOP_WORDS.contains(word)
        || word.codePoints().noneMatch(Character::isLetter)) {
      return null;
    }
    return word;
  }

  /**
   * Harman's "S" rule: -ies → -y, -es → -e, -s → nothing; words ending -is, -us, -ss keep their s.
   */
  static String singular(String word) {
    int n = word.length();
    if (n < 4 || word.charAt(n - 1) != 's') {
      return word;
    }
    if (word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) {
      return word.substring(0, n - 3) + "y";
    }
    if (word.endsWith("es")
        && !word.endsWith("aes")
        && !word.endsWith("ees")
        && !word.endsWith("oes")) {
      return word.substring(0, n - 1);
    }
    if (word.endsWith("us") || word.endsWith("ss") || word.endsWith("is")) {
      return word;
    }
    return word.substring(0, n - 1);
  }

  /**
   * Bytes held, roughly (compressed references; each term also in the map of terms), for the
   * benchmark.
   */
  long bytes() {
    long bytes =
        4L * forms.length
            + 4L * formHash.length
            + 4L * formTerm.length
            + formChinese.length
            + 4L * terms.length
            + chinese.length;
    for (char[] form : forms) {
      bytes += form == null ? 0 : 16 + 2L * form.length;
    }
    for (int i = 0; i < termCount; i++) {
      bytes += 40 + 2L * terms[i].length() + 48;
    }
    return bytes;
  }
}
