package org.triglot.content;

import java.text.Normalizer;
import java.util.Locale;

/** Turns free text into a URL-safe id, for hints and for the new-article scaffold. */
public final class Slugs {
  private Slugs() {}

  /** Lower-case ASCII letters and digits joined by single hyphens; "article" if nothing is left. */
  public static String suggest(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug =
        ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.isEmpty() ? "article" : slug;
  }

  public static boolean isValid(String slug) {
    return DataFiles.ID.matcher(slug).matches();
  }
}
