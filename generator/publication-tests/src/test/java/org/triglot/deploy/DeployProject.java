package org.triglot.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.triglot.diag.BuildFailure;
import org.triglot.site.BuildRequest;
import org.triglot.site.CompletionMark;
import org.triglot.site.SiteBuild;
import org.triglot.site.StagedDirectoryOutput;

/**
 * A copy of this project for the deploy tests: its {@code pom.xml} and its publication ({@code
 * content/}, {@code templates/}, {@code i18n/}, {@code site.yaml}) in a temporary folder, with
 * {@code target/site} built from them the way {@code mvn package} builds it (a staged output,
 * committed and marked complete only when the build succeeded).
 */
final class DeployProject {
  /** The article the tests delete between two deploys; it has pages in all three languages. */
  static final String DELETED_ARTICLE = "after-glasgow-arithmetic-of-trust";

  private final Path dir;

  private DeployProject(Path dir) {
    this.dir = dir;
  }

  static Path projectDir() {
    return Path.of(System.getProperty("triglot.projectDir", ".")).toAbsolutePath().normalize();
  }

  /** Copies the project's pom.xml and publication into {@code dir}. */
  static DeployProject copy(Path dir) throws IOException {
    Path project = projectDir();
    Files.createDirectories(dir);
    Files.copy(project.resolve("pom.xml"), dir.resolve("pom.xml"));
    Files.copy(project.resolve("site.yaml"), dir.resolve("site.yaml"));
    for (String folder : List.of("content", "templates", "i18n")) {
      copyTree(project.resolve(folder), dir.resolve(folder));
    }
    return new DeployProject(dir);
  }

  Path dir() {
    return dir;
  }

  Path site() {
    return dir.resolve("target/site");
  }

  Path mark() {
    return CompletionMark.of(site());
  }

  /** Builds target/site as the packaged generator does; throws when the content has errors. */
  void build() {
    try (StagedDirectoryOutput output = new StagedDirectoryOutput(site())) {
      SiteBuild.standard().build(BuildRequest.of(dir), output);
      output.commit();
    }
  }

  /** Breaks an article, builds (which fails), and mends the article again. */
  void buildFailing() throws IOException {
    Path article = dir.resolve("content/articles/" + DELETED_ARTICLE + "/en.md");
    String text = Files.readString(article);
    Files.writeString(article, text.replaceFirst("(?m)^date: .*$", "date: not-a-date"));
    try {
      build();
      throw new AssertionError("the broken article built");
    } catch (BuildFailure expected) {
      // the output was discarded, and the mark withdrawn
    } finally {
      Files.writeString(article, text);
    }
  }

  void deleteArticle(String slug) throws IOException {
    deleteTree(dir.resolve("content/articles/" + slug));
  }

  /** Every regular file under a folder, by '/'-separated relative path, with its bytes. */
  static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return files;
  }

  /** The deployed folder holds exactly the files of the site, byte for byte, and nothing else. */
  static void assertSameFiles(Path site, Path deployed) throws IOException {
    Map<String, byte[]> expected = files(site);
    Map<String, byte[]> actual = files(deployed);
    assertTrue(
        expected.size() > 100,
        "expected the whole sample site, found " + expected.size() + " files");
    assertEquals(expected.keySet(), actual.keySet(), "the deployed files differ from " + site);
    for (var file : expected.entrySet()) {
      assertTrue(
          Arrays.equals(file.getValue(), actual.get(file.getKey())), file.getKey() + " differs");
    }
    TreeSet<String> marked = new TreeSet<>(CompletionMark.read(CompletionMark.of(site)).keySet());
    assertEquals(
        marked,
        new TreeSet<>(actual.keySet()),
        "the deployed files differ from the completion mark's list");
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
