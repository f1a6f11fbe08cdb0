package org.triglot.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.triglot.config.SourceFiles;
import org.triglot.diag.Diagnostics;

/**
 * The site's CSS, JavaScript and images from {@code templates/assets/}, each published under a name
 * carrying a hash of its content ({@code style.3f9a1c0b2d.css}), so that hosts can cache them
 * forever and a changed file gets a new name. A site's own asset overrides a bundled one of the
 * same name.
 */
public final class Assets {
  private final Map<String, Asset> byName;
  private final String hrefPrefix;

  /** One published asset: its name as templates ask for it, its fingerprinted name, its bytes. */
  public record Asset(String name, String publishedName, byte[] bytes) {}

  private Assets(Map<String, Asset> byName, String hrefPrefix) {
    this.byName = byName;
    this.hrefPrefix = hrefPrefix;
  }

  /**
   * Reads every file under the asset folders; {@code hrefPrefix} is the link to {@code assets/}.
   */
  public static Assets load(List<Path> roots, String hrefPrefix, Diagnostics diagnostics) {
    Map<String, Asset> assets = new TreeMap<>();
    for (int i = roots.size() - 1; i >= 0; i--) {
      Path root = roots.get(i);
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          String name = root.relativize(file).toString().replace('\\', '/');
          if (SourceFiles.isEditorLeftover(file.getFileName().toString())) {
            SourceFiles.warnLeftover("templates/assets/" + name, diagnostics);
            continue;
          }
          if (name.startsWith(".") || name.contains("/.")) {
            continue;
          }
          byte[] bytes = Files.readAllBytes(file);
          assets.put(name, new Asset(name, fingerprinted(name, bytes), bytes));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new Assets(Map.copyOf(assets), hrefPrefix);
  }

  public List<Asset> all() {
    return List.copyOf(new TreeMap<>(byName).values());
  }

  /** The link to an asset by its plain name, e.g. {@code style.css}. */
  public String href(String name) {
    Asset asset = byName.get(name);
    if (asset == null) {
      throw new IllegalArgumentException("no asset \"" + name + "\" in templates/assets/");
    }
    return hrefPrefix + asset.publishedName();
  }

  static String fingerprinted(String name, byte[] bytes) {
    String hash;
    try {
      hash =
          HexFormat.of()
              .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
              .substring(0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    int dot = name.lastIndexOf('.');
    int slash = name.lastIndexOf('/');
    return dot > slash
        ? name.substring(0, dot) + "." + hash + name.substring(dot)
        : name + "." + hash;
  }
}
