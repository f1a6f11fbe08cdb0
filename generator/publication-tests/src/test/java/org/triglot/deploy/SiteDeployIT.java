package org.triglot.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn site:deploy} and {@code mvn site-deploy}, run for real (Maven in a subprocess,
 * offline) on a copy of this project, to a {@code file://} folder: what is deployed is exactly
 * target/site, and a missing or unfinished site is refused before anything is written.
 */
class SiteDeployIT {
  static final String REFUSAL = "target-site-is-missing-or-incomplete-run-mvn-package-first";

  @TempDir Path dir;
  private DeployProject project;
  private Path settings;

  @BeforeEach
  void copyProject() throws Exception {
    project = DeployProject.copy(dir.resolve("project"));
    settings = MavenRun.settings(dir.resolve("settings.xml"), "");
  }

  private MavenRun mvn(String... args) throws Exception {
    return MavenRun.in(project.dir(), dir.resolve("home"), settings, args);
  }

  private static String fileUrl(Path folder) {
    return "-Dtriglot.deploy.url=" + folder.toUri();
  }

  @Test
  void deploysExactlyTheBuiltSiteToAFileUrl() throws Exception {
    project.build();
    Path www = dir.resolve("www");
    MavenRun run = mvn("site:deploy", fileUrl(www));
    assertEquals(0, run.exitCode(), run.describe());
    DeployProject.assertSameFiles(project.site(), www);
    assertTrue(Files.notExists(www.resolve("css/maven-base.css")));
    assertTrue(
        Files.notExists(project.dir().resolve("target/site/css")),
        "Maven wrote into the built site");
  }

  @Test
  void theSiteDeployPhaseDeploysTheSameFilesWithoutMavensOwnSite() throws Exception {
    project.build();
    Path www = dir.resolve("www");
    MavenRun run = mvn("site-deploy", fileUrl(www));
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.output().contains("Skipping site generation"), run.output());
    DeployProject.assertSameFiles(project.site(), www);
  }

  @Test
  void aSecondDeployUpdatesEveryFileButLeavesTheDeletedArticlesPagesBehind() throws Exception {
    project.build();
    Path www = dir.resolve("www");
    assertEquals(0, mvn("site:deploy", fileUrl(www)).exitCode());
    Set<String> before = DeployProject.files(www).keySet();

    project.deleteArticle(DeployProject.DELETED_ARTICLE);
    project.build();
    Map<String, byte[]> rebuilt = DeployProject.files(project.site());
    assertTrue(rebuilt.keySet().stream().noneMatch(p -> p.contains(DeployProject.DELETED_ARTICLE)));
    MavenRun second = mvn("site:deploy", fileUrl(www));
    assertEquals(0, second.exitCode(), second.describe());

    // As README.md says: site:deploy copies files and never deletes any on the target.
    Map<String, byte[]> deployed = DeployProject.files(www);
    for (var file : rebuilt.entrySet()) {
      assertTrue(
          Arrays.equals(file.getValue(), deployed.get(file.getKey())),
          file.getKey() + " was not updated");
    }
    Set<String> stale = new TreeSet<>(deployed.keySet());
    stale.removeAll(rebuilt.keySet());
    for (String lang : new String[] {"en", "zh-hans", "zh-hant"}) {
      assertTrue(
          stale.contains(lang + "/articles/" + DeployProject.DELETED_ARTICLE + "/index.html"),
          stale.toString());
    }
    assertTrue(before.containsAll(stale), "only files of the first deploy can be left over");

    // The remedy README.md gives: deploy into a fresh folder (then switch the server to it).
    Path fresh = dir.resolve("www-2");
    assertEquals(0, mvn("site:deploy", fileUrl(fresh)).exitCode());
    DeployProject.assertSameFiles(project.site(), fresh);
  }

  @Test
  void refusesAMissingSite() throws Exception {
    Path www = dir.resolve("www");
    MavenRun run = mvn("site:deploy", fileUrl(www));
    assertNotEquals(0, run.exitCode(), run.describe());
    assertTrue(run.output().contains(REFUSAL), run.output());
    assertTrue(Files.notExists(www));
  }

  @Test
  void refusesTheSiteOfAnEarlierBuildWhenTheLastBuildFailed() throws Exception {
    project.build();
    project.buildFailing();
    assertTrue(
        Files.isRegularFile(project.site().resolve("index.html")),
        "the earlier site stays for preview");
    assertTrue(Files.notExists(project.mark()));
    Path www = dir.resolve("www");
    for (String goal : new String[] {"site:deploy", "site-deploy"}) {
      MavenRun run = mvn(goal, fileUrl(www));
      assertNotEquals(0, run.exitCode(), run.describe());
      assertTrue(run.output().contains(REFUSAL), run.output());
    }
    assertTrue(Files.notExists(www));
  }

  @Test
  void everyMavenBuildWithdrawsTheMarkUntilTheSiteIsBuiltAgain() throws Exception {
    project.build();
    assertTrue(Files.isRegularFile(project.mark()));
    MavenRun validate = mvn("validate");
    assertEquals(0, validate.exitCode(), validate.describe());
    assertTrue(Files.notExists(project.mark()));
    MavenRun run = mvn("site:deploy", fileUrl(dir.resolve("www")));
    assertTrue(run.output().contains(REFUSAL), run.output());
  }

  @Test
  void saysSoWhenNoDeployUrlIsGiven() throws Exception {
    project.build();
    MavenRun run = mvn("site:deploy");
    assertNotEquals(0, run.exitCode(), run.describe());
    assertTrue(run.output().contains("no-deploy-url-given-set-Dtriglot.deploy.url"), run.output());
  }
}
