package org.triglot.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Without {@code -Dtriglot.baseUrl}, the site that {@code mvn package} built has site.yaml's base
 * URL. (With it, the plugin's {@code baseUrl} setting, the invoker test {@code minimal} of the
 * Maven plugin shows the property reaching every link.)
 */
class BaseUrlPropertyIT {
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
