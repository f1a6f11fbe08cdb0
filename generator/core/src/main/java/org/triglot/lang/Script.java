package org.triglot.lang;

/**
 * The writing system of a language, as far as Triglot treats scripts differently: Latin, the two
 * Chinese scripts (which convert into each other) and any other. The ISO 15924 code a language's
 * locale implies decides it ({@code Latn}, {@code Hans}, {@code Hant}).
 */
public enum Script {
  LATIN,
  HANS,
  HANT,
  OTHER;

  /** The script of an ISO 15924 code such as {@code Latn} or {@code Hant}. */
  static Script ofCode(String iso15924) {
    return switch (iso15924) {
      case "Latn" -> LATIN;
      case "Hans" -> HANS;
      case "Hant" -> HANT;
      default -> OTHER;
    };
  }
}
