package org.triglot.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.triglot.config.SiteConfig;
import org.triglot.config.SiteSources;
import org.triglot.lang.Glossary;
import org.triglot.lang.Language;

/**
 * A digest of what every page depends on besides its own model: the template and asset files, the
 * UI strings, the conversion glossary and the settings. When it changes, no remembered page or
 * converted body can be reused.
 */
final class LookDigest {
  private LookDigest() {}

  static String of(
      SiteSources sources,
      Map<Language, Map<String, String>> strings,
      Glossary glossary,
      SiteConfig config) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path root : sources.templateRoots()) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
          digest.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
          digest.update(Files.readAllBytes(file));
        }
      }
      for (Language language : config.languages().readable()) {
        String sorted = language.tag() + new TreeMap<>(strings.getOrDefault(language, Map.of()));
        digest.update(sorted.getBytes(StandardCharsets.UTF_8));
      }
      digest.update(glossary.toString().getBytes(StandardCharsets.UTF_8));
      digest.update(config.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
