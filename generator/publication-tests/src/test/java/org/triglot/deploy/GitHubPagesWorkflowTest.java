package org.triglot.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * .github/workflows/pages.yml builds with {@code mvn package} on Java 17 with the Pages URL as base
 * URL, uploads target/site as the Pages artifact and deploys it in a job that needs the build.
 */
class GitHubPagesWorkflowTest {
  @SuppressWarnings("unchecked")
  private static Map<String, Object> workflow() throws Exception {
    String text = Files.readString(Path.of(".github/workflows/pages.yml"));
    return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> steps(Map<String, Object> workflow, String job) {
    Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
    return (List<Map<String, Object>>) ((Map<String, Object>) jobs.get(job)).get("steps");
  }

  private static Map<String, Object> step(List<Map<String, Object>> steps, String action) {
    return steps.stream()
        .filter(s -> String.valueOf(s.get("uses")).startsWith(action + "@"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no step uses " + action));
  }

  @Test
  @SuppressWarnings("unchecked")
  void buildsWithMavenPackageAndPublishesTargetSite() throws Exception {
    Map<String, Object> workflow = workflow();
    Map<String, Object> permissions = (Map<String, Object>) workflow.get("permissions");
    assertEquals("write", permissions.get("pages"));
    assertEquals("write", permissions.get("id-token"));

    List<Map<String, Object>> build = steps(workflow, "build");
    step(build, "actions/checkout");
    Map<String, Object> java = (Map<String, Object>) step(build, "actions/setup-java").get("with");
    assertEquals("temurin", java.get("distribution"));
    assertEquals("17", String.valueOf(java.get("java-version")));
    assertEquals("maven", java.get("cache"));
    step(build, "actions/configure-pages");
    List<String> runs = new ArrayList<>();
    build.stream().filter(s -> s.containsKey("run")).forEach(s -> runs.add((String) s.get("run")));
    assertEquals(1, runs.size(), runs.toString());
    assertTrue(
        runs.get(0).startsWith("mvn -B -ntp package ")
            && runs.get(0).contains("-Dtriglot.baseUrl=$BASE_URL"),
        runs.get(0));
    assertEquals(
        "target/site",
        ((Map<String, Object>) step(build, "actions/upload-pages-artifact").get("with"))
            .get("path"));

    Map<String, Object> deploy =
        (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get("deploy");
    assertEquals("build", deploy.get("needs"));
    step(steps(workflow, "deploy"), "actions/deploy-pages");
  }
}
