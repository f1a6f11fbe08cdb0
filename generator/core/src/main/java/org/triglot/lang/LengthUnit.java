package org.triglot.lang;

/**
 * How the length of a text in a language is counted, for summaries cut from a first paragraph: in
 * words where words are separated by spaces, in characters (letters and digits) where they are not
 * (Chinese, Japanese, Thai, ...).
 */
public enum LengthUnit {
  WORDS,
  CHARACTERS
}
