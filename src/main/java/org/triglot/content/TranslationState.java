package org.triglot.content;

/** Where a language version of an article stands against its original. */
public enum TranslationState {
  /** The version that carries the shared fields; translations are made from it. */
  ORIGINAL,
  /** A translation stamped with the original's current stamp. */
  CURRENT,
  /** A translation whose stamp no longer matches: the original changed since. */
  STALE,
  /** A translation without a stamp: present, but nobody recorded what it was made from. */
  UNSTAMPED,
  /** No file: the edition is derived by script conversion, or the language is absent. */
  MISSING
}
