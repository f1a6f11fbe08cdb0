package org.triglot.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a site's files come from. A site folder holds {@code content/} and may bring its own {@code
 * templates/}, {@code i18n/} and {@code site.yaml}; whatever it does not bring comes from the
 * copies bundled in the Triglot jar. A site template or asset overrides the bundled one of the same
 * name; site strings override bundled strings key by key.
 */
public final class SiteSources {
  private static final String BUNDLED = "/org/triglot/bundled";

  private final Path root;
  private final Path bundled;

  private SiteSources(Path root, Path bundled) {
    this.root = root;
    this.bundled = bundled;
  }

  /** The site in folder {@code root}, with the bundled templates and strings as fallback. */
  public static SiteSources of(Path root) {
    return new SiteSources(root.toAbsolutePath().normalize(), bundledRoot());
  }

  public Path root() {
    return root;
  }

  public Path content() {
    return root.resolve("content");
  }

  public Path siteConfig() {
    return root.resolve("site.yaml");
  }

  /** Template folders, the site's first: a template is taken from the first that has it. */
  public List<Path> templateRoots() {
    return existing(root.resolve("templates"), bundled.resolve("templates"));
  }

  /** String folders, bundled first: later folders override earlier ones key by key. */
  public List<Path> stringRoots() {
    return existing(bundled.resolve("i18n"), root.resolve("i18n"));
  }

  /** Asset folders ({@code templates/assets}), the site's first. */
  public List<Path> assetRoots() {
    List<Path> roots = new ArrayList<>();
    for (Path templates : templateRoots()) {
      Path assets = templates.resolve("assets");
      if (Files.isDirectory(assets)) {
        roots.add(assets);
      }
    }
    return List.copyOf(roots);
  }

  /** How a file of this site is named in diagnostics: relative to the site folder, with '/'. */
  public String displayPath(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    if (absolute.getFileSystem().equals(root.getFileSystem()) && absolute.startsWith(root)) {
      return root.relativize(absolute).toString().replace('\\', '/');
    }
    if (absolute.startsWith(bundled)) {
      return "(bundled) " + bundled.relativize(absolute).toString().replace('\\', '/');
    }
    return absolute.toString();
  }

  private static List<Path> existing(Path... candidates) {
    List<Path> found = new ArrayList<>();
    for (Path candidate : candidates) {
      if (Files.isDirectory(candidate)) {
        found.add(candidate);
      }
    }
    return List.copyOf(found);
  }

  /** The bundled folder, inside the jar or, when run from classes, on disk. */
  private static synchronized Path bundledRoot() {
    URL url =
        Objects.requireNonNull(
            SiteSources.class.getResource(BUNDLED), "bundled templates missing from the classpath");
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem jar;
        try {
          jar = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException alreadyOpen) {
          jar = FileSystems.getFileSystem(uri);
        }
        return jar.getPath(BUNDLED);
      }
      return Path.of(uri);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad bundled resource location " + url, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
