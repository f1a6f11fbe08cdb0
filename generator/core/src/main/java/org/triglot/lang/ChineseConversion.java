package org.triglot.lang;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a site converts between its Chinese scripts: which Traditional standard its zh-Hant edition
 * writes, and whether Taiwan's vocabulary replaces the mainland's ({@code site.yaml}: {@code
 * conversion: {standard: tw, phrases: false}}). Each choice is one of OpenCC's conversions, both
 * ways.
 *
 * @param standard the glyph forms of Traditional text
 * @param phrases whether Simplified words become Taiwan's (软件 → 軟體, 内存 → 記憶體), as OpenCC's {@code
 *     s2twp}; only with {@link Standard#TW}
 */
public record ChineseConversion(Standard standard, boolean phrases) {
  /** Taiwan glyph forms, vocabulary as written. */
  public static final ChineseConversion DEFAULT = new ChineseConversion(Standard.TW, false);

  public ChineseConversion {
    Objects.requireNonNull(standard, "standard");
    if (phrases && standard != Standard.TW) {
      throw new IllegalArgumentException(phrasesProblem(standard));
    }
  }

  /** Why {@code phrases} cannot go with {@code standard}. */
  public static String phrasesProblem(Standard standard) {
    return "Taiwan phrases go only with the tw standard, not " + standard.key();
  }

  /** The Traditional Chinese standards a site can write. */
  public enum Standard {
    /** Taiwan's standard glyph forms (為, 裡, 著), as OpenCC's {@code s2tw}. */
    TW("s2tw", "tw2s", "", List.of()),
    /** Hong Kong's forms (爲, 裏, 着, 綫), as OpenCC's {@code s2hk}. */
    HK("s2hk", "hk2s", "HK", List.of("tw2t", "t2hk")),
    /** OpenCC's own standard Traditional forms (爲, 裏, 着), as {@code s2t}. */
    OPENCC("s2t", "t2s", "", List.of("tw2t"));

    private final String toTraditional;
    private final String toSimplified;
    private final String region;
    private final List<String> fromTaiwanForms;

    Standard(
        String toTraditional, String toSimplified, String region, List<String> fromTaiwanForms) {
      this.toTraditional = toTraditional;
      this.toSimplified = toSimplified;
      this.region = region;
      this.fromTaiwanForms = fromTaiwanForms;
    }

    /**
     * Traditional text in Taiwan's forms rewritten in this standard's, by OpenCC's {@code tw2t}
     * (and {@code t2hk}): how the bundled glossary, written for Taiwan, serves the others.
     */
    public String fromTaiwanForms(String taiwan) {
      String text = taiwan;
      for (String conversion : fromTaiwanForms) {
        StringBuilder out = new StringBuilder(text.length());
        OpenccConversion.named(conversion).convert(text, 0, text.length(), out);
        text = out.toString();
      }
      return text;
    }

    /** How {@code site.yaml} and the command line name it: tw, hk, opencc. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The standard {@code key} names, if any. */
    public static Optional<Standard> of(String key) {
      return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }

    /** The keys, for hints: "tw, hk or opencc". */
    public static String keys() {
      String all = Arrays.stream(values()).map(Standard::key).collect(Collectors.joining(", "));
      int last = all.lastIndexOf(", ");
      return all.substring(0, last) + " or " + all.substring(last + 2);
    }
  }

  /** OpenCC's configuration from Simplified into this standard. */
  String toTraditionalConversion() {
    return phrases ? "s2twp" : standard.toTraditional;
  }

  /** OpenCC's configuration from this standard back to Simplified. */
  String toSimplifiedConversion() {
    return phrases ? "tw2sp" : standard.toSimplified;
  }

  /**
   * The {@code lang} of pages in {@code language}: a Traditional Chinese language with no region of
   * its own gets the standard's ({@code zh-Hant-HK} for Hong Kong's forms, so that browsers choose
   * Hong Kong glyphs and screen readers a Hong Kong voice); every other language, and Traditional
   * Chinese in Taiwan's or OpenCC's forms, keeps its tag (zh-Hant is Taiwan's forms to browsers and
   * fonts already).
   */
  public String htmlLang(Language language) {
    return language.script() == Script.HANT
            && !standard.region.isEmpty()
            && language.locale().getCountry().isEmpty()
        ? language.tag() + "-" + standard.region
        : language.tag();
  }
}
