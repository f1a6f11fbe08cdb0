package org.triglot.lang;

/**
 * Converts Chinese text from one script to the other (zh-Hans to zh-Hant or the reverse). The
 * derive phase goes through this interface only, so the conversion engine can be replaced without
 * touching the pipeline. Implementations are safe for concurrent use.
 */
public interface ScriptConverter {

  /** The script the input is written in. */
  Language from();

  /** The script of the output. */
  Language to();

  /** The converted text; characters that need no conversion come through unchanged. */
  String convert(String text);
}
