package org.triglot.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The short content hash that ties a translation to the version of the original it was made from.
 * {@code triglot status --stamp} writes it into the translation's {@code source} field; when the
 * original's title, summary or body change later, the stamp no longer matches and the translation
 * is stale. Whitespace at line ends and blank lines at the end do not count.
 */
public final class SourceStamp {
  private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{12}");

  private SourceStamp() {}

  public static String of(ArticleVersion original) {
    String text =
        normalise(original.title())
            + "\n"
            + normalise(original.summary())
            + "\n"
            + normalise(original.body().text());
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static boolean isWellFormed(String stamp) {
    return FORMAT.matcher(stamp).matches();
  }

  private static String normalise(String text) {
    return text.replace("\r\n", "\n").replaceAll("[ \\t]+\n", "\n").strip();
  }
}
