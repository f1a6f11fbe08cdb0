package org.triglot.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn package -Dtriglot.baseUrl=URL} reaches the built site (Netlify previews, GitHub
 * project sites); without it the site has site.yaml's base URL. Runs the pom's own site build
 * execution ({@code exec:exec@build-site}, with the jar that {@code mvn package} made) offline.
 */
class BaseUrlPropertyIT {
  @TempDir Path dir;

  private String build(String baseUrl, Path out) throws Exception {
    MavenRun run =
        MavenRun.in(
            DeployProject.projectDir(),
            dir.resolve("home"),
            MavenRun.settings(dir.resolve("settings.xml"), ""),
            "-q",
            "exec:exec@build-site",
            "-Dtriglot.baseUrl=" + baseUrl,
            "-Dtriglot.out=" + out);
    assertEquals(0, run.exitCode(), run.describe());
    return Files.readString(out.resolve("en/index.html"));
  }

  @Test
  void thePropertyBecomesTheBaseUrlOfEveryLink() throws Exception {
    String preview =
        build("https://deploy-preview-7--longitude.netlify.app", dir.resolve("preview"));
    assertTrue(
        preview.contains(
            "<link rel=\"canonical\" href=\"https://deploy-preview-7--longitude.netlify.app/en/\">"),
        preview);

    Path project = dir.resolve("project-site");
    String subPath = build("https://triglot.github.io/longitude/", project);
    assertTrue(
        subPath.contains(
            "<link rel=\"canonical\" href=\"https://triglot.github.io/longitude/en/\">"),
        subPath);
    assertTrue(subPath.contains("href=\"/longitude/assets/style."), subPath);
    assertTrue(
        Files.readString(project.resolve("sitemap.xml"))
            .contains("<loc>https://triglot.github.io/longitude/en/</loc>"));
  }

  @Test
  void withoutThePropertyTheSiteHasTheBaseUrlOfSiteYaml() throws Exception {
    Path built = Path.of(System.getProperty("triglot.builtSite", "target/site"));
    String home = Files.readString(built.resolve("en/index.html"));
    Matcher setting =
        Pattern.compile("(?m)^baseUrl: *(\\S+?)/?$")
            .matcher(Files.readString(DeployProject.projectDir().resolve("site.yaml")));
    assertTrue(setting.find(), "site.yaml has no baseUrl");
    assertTrue(
        home.contains("<link rel=\"canonical\" href=\"" + setting.group(1) + "/en/\">"), home);
  }
}
