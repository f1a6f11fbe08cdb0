package org.triglot.render;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds templates in an ordered list of folders (the site's own {@code templates/}, then the
 * bundled ones), on disk or inside the jar alike; the first folder holding a name wins.
 */
final class PathTemplateLoader implements TemplateLoader {
  private final List<Path> roots;

  PathTemplateLoader(List<Path> roots) {
    this.roots = List.copyOf(roots);
  }

  @Override
  public Object findTemplateSource(String name) {
    for (Path root : roots) {
      Path candidate = root.resolve(name).normalize();
      if (candidate.startsWith(root) && Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  @Override
  public long getLastModified(Object source) {
    try {
      return Files.getLastModifiedTime((Path) source).toMillis();
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public Reader getReader(Object source, String encoding) throws IOException {
    return Files.newBufferedReader((Path) source, StandardCharsets.UTF_8);
  }

  @Override
  public void closeTemplateSource(Object source) {
    // nothing is held open between calls
  }
}
