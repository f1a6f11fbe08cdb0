package org.triglot.content;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.triglot.config.SiteSources;
import org.triglot.config.YamlNode;
import org.triglot.config.YamlParser;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourceText;
import org.triglot.diag.Suggestions;
import org.triglot.lang.LocalizedText;

/**
 * Reads {@code content/authors.yaml} (id: {name, title}) and {@code content/topics.yaml} (id:
 * label). Ids are lower-case ASCII words joined by hyphens, since they become URL segments.
 */
final class DataFiles {
  static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final List<String> AUTHOR_FIELDS = List.of("name", "title");

  private DataFiles() {}

  static Map<String, Author> authors(Path file, SiteSources sources, Diagnostics diagnostics) {
    String displayPath = sources.displayPath(file);
    Map<String, Author> authors = new LinkedHashMap<>();
    for (YamlNode.Entry entry : entries(file, sources, diagnostics)) {
      if (!(entry.value() instanceof YamlNode.Mapping fields)) {
        diagnostics.error(
            entry.value().position(),
            "author \"" + entry.key() + "\" must be a map with name and title",
            "e.g. " + entry.key() + ": {name: {en: Jane Doe}, title: {en: Senior Fellow}}");
        continue;
      }
      for (YamlNode.Entry field : fields.entries().values()) {
        if (!AUTHOR_FIELDS.contains(field.key())) {
          diagnostics.warning(
              field.keyPosition(),
              "unknown author field \"" + field.key() + "\" is ignored",
              Suggestions.nearest(field.key(), AUTHOR_FIELDS)
                  .map(s -> "did you mean \"" + s + "\"?")
                  .orElse("author fields are name and title"));
        }
      }
      Optional<YamlNode> nameNode = fields.find("name");
      if (nameNode.isEmpty()) {
        diagnostics.error(
            entry.keyPosition(),
            "author \"" + entry.key() + "\" has no name",
            "add name: {en: ...}");
        continue;
      }
      Optional<LocalizedText> name = LocalizedTexts.read(nameNode.get(), "name", diagnostics);
      LocalizedText title =
          fields
              .find("title")
              .flatMap(node -> LocalizedTexts.read(node, "title", diagnostics))
              .orElse(LocalizedText.empty());
      name.ifPresent(n -> authors.put(entry.key(), new Author(entry.key(), n, title)));
    }
    return authors;
  }

  static Map<String, Topic> topics(Path file, SiteSources sources, Diagnostics diagnostics) {
    String displayPath = sources.displayPath(file);
    Map<String, Topic> topics = new LinkedHashMap<>();
    for (YamlNode.Entry entry : entries(file, sources, diagnostics)) {
      LocalizedTexts.read(entry.value(), "the label of topic \"" + entry.key() + "\"", diagnostics)
          .ifPresent(label -> topics.put(entry.key(), new Topic(entry.key(), label)));
    }
    return topics;
  }

  private static List<YamlNode.Entry> entries(
      Path file, SiteSources sources, Diagnostics diagnostics) {
    String displayPath = sources.displayPath(file);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    Optional<SourceText> text = sources.read(file, diagnostics);
    if (text.isEmpty()) {
      return List.of();
    }
    Optional<YamlNode> root = YamlParser.parse(text.get(), text.get().text(), 1, diagnostics);
    if (root.isEmpty()) {
      return List.of();
    }
    if (!(root.get() instanceof YamlNode.Mapping map)) {
      diagnostics.error(
          root.get().position(), displayPath + " must be a map from ids to entries", "");
      return List.of();
    }
    List<YamlNode.Entry> valid = new ArrayList<>();
    for (YamlNode.Entry entry : map.entries().values()) {
      if (!ID.matcher(entry.key()).matches()) {
        diagnostics.error(
            entry.keyPosition(),
            "\"" + entry.key() + "\" is not a valid id",
            "ids are lower-case ASCII letters and digits joined by hyphens, e.g. \""
                + Slugs.suggest(entry.key())
                + "\"");
        continue;
      }
      valid.add(entry);
    }
    return valid;
  }
}
