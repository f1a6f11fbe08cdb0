package org.triglot.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.triglot.config.YamlNode;
import org.triglot.diag.Diagnostics;
import org.triglot.lang.Language;
import org.triglot.lang.LocalizedText;

/**
 * Reads a per-language text from YAML: either plain text (the English text, shown in every language
 * that has none of its own) or a map from language tag to text, {@code {en: Arms Control, zh-Hans:
 * 军备控制}}.
 */
final class LocalizedTexts {
  private LocalizedTexts() {}

  static Optional<LocalizedText> read(YamlNode node, String what, Diagnostics diagnostics) {
    if (node instanceof YamlNode.Scalar scalar) {
      if (scalar.isNull() || scalar.value().isBlank()) {
        diagnostics.error(node.position(), what + " is empty", "");
        return Optional.empty();
      }
      return Optional.of(LocalizedText.same(scalar.value()));
    }
    if (!(node instanceof YamlNode.Mapping map)) {
      diagnostics.error(
          node.position(),
          what + " must be text or a map of languages to text",
          "e.g. {en: Arms Control, zh-Hans: 军备控制}");
      return Optional.empty();
    }
    Map<Language, String> texts = new LinkedHashMap<>();
    for (YamlNode.Entry entry : map.entries().values()) {
      Optional<Language> language = Language.parse(entry.key());
      if (language.isEmpty()) {
        diagnostics.error(
            entry.keyPosition(),
            "unknown language \"" + entry.key() + "\" in " + what,
            languageHint(entry.key()));
        continue;
      }
      if (entry.value() instanceof YamlNode.Scalar text
          && !text.isNull()
          && !text.value().isBlank()) {
        texts.put(language.get(), text.value());
      } else {
        diagnostics.error(
            entry.value().position(), what + " in " + entry.key() + " must be non-empty text", "");
      }
    }
    if (texts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(LocalizedText.of(texts));
  }

  /** "did you mean zh-Hans?" for a tag that differs in case or region; else what is wrong. */
  static String languageHint(String wrong) {
    return Language.meant(wrong)
        .map(l -> "did you mean \"" + l.tag() + "\"? Language tags are case-sensitive")
        .or(() -> Language.problem(wrong))
        .orElse("");
  }
}
