package org.triglot.config;

import java.util.List;
import java.util.Optional;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.Suggestions;

/**
 * Reads the {@code related:} map of {@code site.yaml}; every key is optional and a missing one
 * keeps its default. A bad value is an error that names its position; an unknown key is a warning.
 */
final class RelatedSettingsReader {
  private static final List<String> KEYS =
      List.of("count", "weights", "minScore", "includeNewer", "dateHalfLife");
  private static final List<String> WEIGHT_KEYS = List.of("topics", "text", "authors", "date");
  private static final String EXAMPLE =
      "e.g. related: {count: 5, minScore: 0.2, weights: {topics: 40, text: 40, authors: 10, date: 10}}";

  private RelatedSettingsReader() {}

  static RelatedSettings read(YamlNode node, RelatedSettings defaults, Diagnostics diagnostics) {
    if (!(node instanceof YamlNode.Mapping map)) {
      diagnostics.error(node.position(), "\"related\" must be a map", EXAMPLE);
      return defaults;
    }
    warnUnknown(map, KEYS, "related", diagnostics);
    int count =
        map.find("count")
            .flatMap(
                n ->
                    readNumber(n, 0, RelatedSettings.MAX_COUNT, true, "related.count", diagnostics))
            .map(Double::intValue)
            .orElse(defaults.count());
    double minScore =
        map.find("minScore")
            .flatMap(n -> readNumber(n, 0, 1, false, "related.minScore", diagnostics))
            .orElse(defaults.minScore());
    boolean includeNewer =
        map.find("includeNewer")
            .flatMap(n -> readBoolean(n, diagnostics))
            .orElse(defaults.includeNewer());
    int halfLife =
        map.find("dateHalfLife")
            .flatMap(
                n -> readNumber(n, 1, 36_500, true, "related.dateHalfLife (days)", diagnostics))
            .map(Double::intValue)
            .orElse(defaults.dateHalfLifeDays());
    RelatedSettings.Weights weights =
        map.find("weights")
            .flatMap(n -> readWeights(n, defaults.weights(), diagnostics))
            .orElse(defaults.weights());
    return new RelatedSettings(count, weights, minScore, includeNewer, halfLife);
  }

  private static Optional<RelatedSettings.Weights> readWeights(
      YamlNode node, RelatedSettings.Weights defaults, Diagnostics diagnostics) {
    if (!(node instanceof YamlNode.Mapping map)) {
      diagnostics.error(
          node.position(),
          "\"related.weights\" must be a map",
          "e.g. weights: {topics: 40, text: 40, authors: 10, date: 10}");
      return Optional.empty();
    }
    warnUnknown(map, WEIGHT_KEYS, "related.weights", diagnostics);
    double[] w = {defaults.topics(), defaults.text(), defaults.authors(), defaults.date()};
    for (int i = 0; i < WEIGHT_KEYS.size(); i++) {
      String key = WEIGHT_KEYS.get(i);
      Optional<Double> value =
          map.find(key)
              .flatMap(
                  n -> readNumber(n, 0, 1_000_000, false, "related.weights." + key, diagnostics));
      if (value.isPresent()) {
        w[i] = value.get();
      }
    }
    if (w[0] + w[1] + w[2] + w[3] <= 0) {
      diagnostics.error(
          node.position(),
          "at least one related weight must be positive",
          "e.g. weights: {topics: 40, text: 40, authors: 10, date: 10}");
      return Optional.empty();
    }
    return Optional.of(new RelatedSettings.Weights(w[0], w[1], w[2], w[3]));
  }

  private static Optional<Double> readNumber(
      YamlNode node, double min, double max, boolean whole, String what, Diagnostics diagnostics) {
    if (node instanceof YamlNode.Scalar s
        && s.value()
            .strip()
            .matches(whole ? "[0-9]{1,9}" : "[0-9]{1,9}(\\.[0-9]{1,9})?|\\.[0-9]{1,9}")) {
      double value = Double.parseDouble(s.value().strip());
      if (value >= min && value <= max) {
        return Optional.of(value);
      }
    }
    String range =
        whole
            ? "a whole number from " + (int) min + " to " + (int) max
            : "a number from " + plain(min) + " to " + plain(max);
    diagnostics.error(node.position(), what + " must be " + range, "");
    return Optional.empty();
  }

  private static Optional<Boolean> readBoolean(YamlNode node, Diagnostics diagnostics) {
    if (node instanceof YamlNode.Scalar s) {
      String value = s.value().strip();
      if (value.equals("true") || value.equals("false")) {
        return Optional.of(Boolean.parseBoolean(value));
      }
    }
    diagnostics.error(node.position(), "related.includeNewer must be true or false", "");
    return Optional.empty();
  }

  private static void warnUnknown(
      YamlNode.Mapping map, List<String> keys, String where, Diagnostics diagnostics) {
    for (YamlNode.Entry entry : map.entries().values()) {
      if (!keys.contains(entry.key())) {
        diagnostics.warning(
            entry.keyPosition(),
            "unknown setting \"" + where + "." + entry.key() + "\" is ignored",
            Suggestions.nearest(entry.key(), keys)
                .map(s -> "did you mean \"" + s + "\"?")
                .orElse("known settings: " + String.join(", ", keys)));
      }
    }
  }

  private static String plain(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
