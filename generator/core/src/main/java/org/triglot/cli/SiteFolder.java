package org.triglot.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --source} folder of a command, checked: it must exist and hold content/. */
final class SiteFolder {
  private SiteFolder() {}

  static Path require(Path source) {
    Path dir = source.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new Main.UsageError("site folder " + dir + " does not exist");
    }
    if (!Files.isDirectory(dir.resolve("content"))) {
      throw new Main.UsageError(dir + " is not a site folder: it has no content/ folder");
    }
    return dir;
  }
}
