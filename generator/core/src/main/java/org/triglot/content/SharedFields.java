package org.triglot.content;

import java.util.List;
import java.util.Objects;
import org.triglot.lang.Language;

/**
 * The fields an article's original carries for every language: which version is the original, when
 * the article is out ({@link Schedule}), its authors and topics (ids in {@code authors.yaml} and
 * {@code topics.yaml}) and the old slugs that redirect to it.
 */
public record SharedFields(
    Language original,
    Schedule schedule,
    List<String> authorIds,
    List<String> topicIds,
    List<Alias> aliases) {

  public SharedFields {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(schedule, "schedule");
    authorIds = List.copyOf(authorIds);
    topicIds = List.copyOf(topicIds);
    aliases = List.copyOf(aliases);
  }
}
