package org.triglot.lang;

/**
 * Converts Chinese text from one script to the other (Simplified to Traditional or the reverse).
 * The derive phase goes through this interface only, so the conversion engine can be replaced
 * without touching the pipeline. Implementations are safe for concurrent use.
 */
public interface ScriptConverter {

  /** The script the input is written in. */
  Script from();

  /** The script of the output. */
  Script to();

  /** The converted text; characters that need no conversion come through unchanged. */
  String convert(String text);
}
