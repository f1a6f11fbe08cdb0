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
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourcePosition;
import org.triglot.diag.SourceText;

/**
 * Where a site's files come from. A site folder holds {@code content/} and may bring its own {@code
 * templates/}, {@code i18n/} and {@code site.yaml}; whatever it does not bring comes from the
 * copies bundled in the Triglot jar. A site template or asset overrides the bundled one of the same
 * name; site strings override bundled strings key by key.
 */
public final class SiteSources {
  private static final String BUNDLED = "/org/triglot/bundled";

  private final Path root;
  private final Path realRoot;
  private final Path bundled;

  private SiteSources(Path root, Path bundled) {
    this.root = root;
    this.realRoot = realPath(root);
    this.bundled = bundled;
  }

  private static Path realPath(Path folder) {
    try {
      return folder.toRealPath();
    } catch (IOException e) {
      return folder;
    }
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

  /** Whether {@code folder} is one of the folders bundled with Triglot rather than the site's. */
  public boolean isBundled(Path folder) {
    return folder.startsWith(bundled);
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

  /**
   * Reads a site file as text ({@link SourceFiles#read}) if {@link #admits} lets it be read,
   * without the {@link ControlCharacters} output must not carry; a file it refuses has its
   * diagnostic and reads as empty.
   */
  public Optional<SourceText> read(Path file, Diagnostics diagnostics) {
    return admits(file, diagnostics)
        ? SourceFiles.read(file, displayPath(file), diagnostics)
            .map(text -> ControlCharacters.strip(text, diagnostics))
        : Optional.empty();
  }

  /**
   * Whether the build may read {@code file}, a file or folder of the site: its real path must lie
   * inside the site folder and it must be a regular file or a folder. A symbolic link that resolves
   * outside, a broken one, a device, FIFO or socket is an error naming the file (and where a link
   * points), made without opening it. Bundled files are always admitted; symbolic links that stay
   * inside the site work as usual.
   */
  public boolean admits(Path file, Diagnostics diagnostics) {
    Path absolute = file.toAbsolutePath().normalize();
    if (!absolute.getFileSystem().equals(root.getFileSystem()) || !absolute.startsWith(root)) {
      return true;
    }
    String displayPath = displayPath(absolute);
    String name = "\"" + absolute.getFileName() + "\"";
    String hint =
        "the build reads only files inside the site folder: copy the file in, or point the link"
            + " inside the site folder";
    Path real;
    try {
      real = absolute.toRealPath();
    } catch (IOException e) {
      diagnostics.error(
          SourcePosition.file(displayPath),
          name + " is a symbolic link to " + linkText(absolute) + ", which does not exist",
          "fix or remove the link");
      return false;
    }
    if (!real.startsWith(realRoot)) {
      diagnostics.error(
          SourcePosition.file(displayPath),
          Files.isSymbolicLink(absolute)
              ? name + " is a symbolic link to " + linkText(absolute) + ", outside the site folder"
              : name + " lies outside the site folder, at " + real,
          hint);
      return false;
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(real, BasicFileAttributes.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + displayPath, e);
    }
    if (!attributes.isRegularFile() && !attributes.isDirectory()) {
      diagnostics.error(
          SourcePosition.file(displayPath),
          name + " is not a regular file (a device, FIFO or socket), so it is not read",
          "remove it from the site folder");
      return false;
    }
    return true;
  }

  /**
   * Checks every file of the site's own {@code templates/} and {@code i18n/} folders with {@link
   * #admits}, before anything reads them (templates are read lazily, by Freemarker, and for the
   * build cache's digest).
   */
  public void checkLookFolders(Diagnostics diagnostics) {
    for (Path folder : List.of(root.resolve("templates"), root.resolve("i18n"))) {
      if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS) || !admits(folder, diagnostics)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path file : walk.sorted().toList()) {
          if (Files.isSymbolicLink(file)
              || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                  && !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            admits(file, diagnostics);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + displayPath(folder), e);
      }
    }
  }

  /**
   * Warns about each file beside {@code expected} (which does not exist) that was probably meant to
   * be it: the same name in another case, or {@code .yml} for {@code .yaml}. Such a file is not
   * read; the warning names the file the build looks for. Returns whether there was one.
   */
  public boolean warnIfMisnamed(Path expected, Diagnostics diagnostics) {
    Path folder = expected.getParent();
    boolean found = false;
    if (!Files.isDirectory(folder)) {
      return found;
    }
    String wanted = expected.getFileName().toString();
    String stem = stem(wanted);
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path candidate : entries.sorted().toList()) {
        String name = candidate.getFileName().toString();
        boolean yamlTwin =
            stem(name).equalsIgnoreCase(stem)
                && (name.toLowerCase(Locale.ROOT).endsWith(".yml")
                    || name.toLowerCase(Locale.ROOT).endsWith(".yaml"));
        if (!name.equals(wanted) && (name.equalsIgnoreCase(wanted) || yamlTwin)) {
          diagnostics.warning(
              SourcePosition.file(displayPath(candidate)),
              "\"" + name + "\" is not read: the build looks for " + displayPath(expected),
              "rename it to " + wanted);
          found = true;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + displayPath(folder), e);
    }
    return found;
  }

  private static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String linkText(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException e) {
      return "a place that cannot be read";
    }
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
