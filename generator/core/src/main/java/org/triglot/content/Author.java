package org.triglot.content;

import java.util.Objects;
import org.triglot.lang.LocalizedText;

/** A writer from {@code authors.yaml}: a language-neutral id, a name and a title per language. */
public record Author(String id, LocalizedText name, LocalizedText title) {
  public Author {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("author " + id + " has no name");
    }
  }
}
