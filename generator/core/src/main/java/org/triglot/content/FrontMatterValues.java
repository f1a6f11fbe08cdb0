package org.triglot.content;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.triglot.config.YamlNode;

/**
 * Turns a front-matter value that Triglot does not read into the plain Java value templates see
 * (see {@link Params}): text, {@code Long} (or {@code BigInteger} when it does not fit), {@code
 * Double}, {@code Boolean}, lists and maps; empty for null.
 */
final class FrontMatterValues {
  private FrontMatterValues() {}

  static Optional<Object> of(YamlNode node) {
    if (node instanceof YamlNode.Scalar scalar) {
      return scalar(scalar);
    }
    if (node instanceof YamlNode.Sequence sequence) {
      List<Object> items = new ArrayList<>();
      sequence.items().forEach(item -> of(item).ifPresent(items::add));
      return Optional.of(Collections.unmodifiableList(items));
    }
    YamlNode.Mapping mapping = (YamlNode.Mapping) node;
    Map<String, Object> entries = new LinkedHashMap<>();
    mapping.entries().values().forEach(e -> of(e.value()).ifPresent(v -> entries.put(e.key(), v)));
    return Optional.of(Collections.unmodifiableMap(entries));
  }

  private static Optional<Object> scalar(YamlNode.Scalar scalar) {
    String text = scalar.value().strip();
    return switch (scalar.type()) {
      case NULL -> Optional.empty();
      case BOOLEAN -> Optional.of(isTrue(text));
      case INTEGER -> Optional.of(integer(text));
      case FLOAT -> Optional.of(floating(text));
      case STRING, TIMESTAMP -> Optional.of(scalar.value());
    };
  }

  private static boolean isTrue(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "y" -> true;
      default -> false;
    };
  }

  private static Object integer(String text) {
    String digits = text.replace("_", "");
    int radix = 10;
    boolean negative = digits.startsWith("-");
    if (digits.startsWith("-") || digits.startsWith("+")) {
      digits = digits.substring(1);
    }
    if (digits.startsWith("0x")) {
      radix = 16;
      digits = digits.substring(2);
    } else if (digits.startsWith("0b")) {
      radix = 2;
      digits = digits.substring(2);
    } else if (digits.length() > 1 && digits.startsWith("0") && !digits.contains(":")) {
      radix = 8;
      digits = digits.substring(1);
    }
    try {
      BigInteger value = new BigInteger(digits, radix);
      value = negative ? value.negate() : value;
      return value.bitLength() < 64 ? (Object) value.longValue() : value;
    } catch (NumberFormatException e) {
      return text;
    }
  }

  private static Object floating(String text) {
    String value = text.replace("_", "").toLowerCase(Locale.ROOT);
    if (value.endsWith(".inf")) {
      return value.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (value.equals(".nan")) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      return text;
    }
  }
}
