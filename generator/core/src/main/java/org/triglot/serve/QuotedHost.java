package org.triglot.serve;

/** A {@code Host} header as a refusal quotes it: at most 100 printable ASCII characters. */
final class QuotedHost {
  private QuotedHost() {}

  static String of(String host) {
    StringBuilder out = new StringBuilder("\"");
    host.codePoints().limit(100).forEach(c -> out.appendCodePoint(c >= 0x20 && c < 0x7F ? c : '?'));
    return out.append(host.length() > 100 ? "…\"" : "\"").toString();
  }
}
