package org.triglot.content;

import java.util.Locale;

/**
 * Where an article stands in one language against its original: the translators' vocabulary, the
 * same in the {@code status} command, the status report and the pages.
 */
public enum TranslationState {
  /** The version that carries the shared fields; translations are made from it. */
  ORIGINAL,
  /** A translation stamped with the original's current stamp: up to date. */
  CURRENT,
  /** A translation whose stamp no longer matches: the original changed since. */
  STALE,
  /** A translation without a stamp: present, but nobody recorded what it was made from. */
  UNSTAMPED,
  /** No file, but the language's edition is converted from another script's file. */
  DERIVED,
  /** Not available in this language. */
  MISSING;

  /** The lower-case name shown to translators: "current", "stale". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a person wrote this language's version (the original or a translation). */
  public boolean isWritten() {
    return this == ORIGINAL || this == CURRENT || this == STALE || this == UNSTAMPED;
  }
}
