package org.triglot.content;

import java.util.Objects;
import org.triglot.lang.LocalizedText;

/** A subject from {@code topics.yaml}: a language-neutral id and a label per language. */
public record Topic(String id, LocalizedText label) {
  public Topic {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    if (label.isEmpty()) {
      throw new IllegalArgumentException("topic " + id + " has no label");
    }
  }
}
