package org.triglot.lang;

/**
 * How an index of names (topics, authors) is grouped under headings for a language, with ICU's
 * {@code AlphabeticIndex}: the alphabet of its locale (A–Z for English), pinyin initials A–Z
 * (Simplified Chinese), or stroke counts with Latin-script names under A–Z after them (Traditional
 * Chinese).
 */
public enum IndexGrouping {
  ALPHABET,
  PINYIN,
  STROKES
}
