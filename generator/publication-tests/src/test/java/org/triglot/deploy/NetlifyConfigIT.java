package org.triglot.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * netlify.toml, read with a TOML parser, against the site that {@code mvn package} built: its
 * publish folder is that site, its build command builds it with Netlify's deploy URL, its redirect
 * targets and 404 pages exist, its language rules send Traditional-script regions to 繁體 before
 * anything else, and its cache rules give each file exactly one Cache-Control, long only for
 * fingerprinted assets.
 */
class NetlifyConfigIT {
  private static final Path PROJECT = DeployProject.projectDir();
  private static final String SHORT = "public, max-age=0, must-revalidate";

  private TomlParseResult toml;
  private Path site;

  @BeforeEach
  void read() throws Exception {
    toml = Toml.parse(PROJECT.resolve("netlify.toml"));
    assertFalse(toml.hasErrors(), () -> "netlify.toml: " + toml.errors());
    site =
        Path.of(System.getProperty("triglot.builtSite", "target/site"))
            .toAbsolutePath()
            .normalize();
    assertTrue(
        Files.isRegularFile(site.resolve("index.html")),
        "run mvn package first: no site at " + site);
  }

  /** The built file a path is served from, as Netlify serves it (pretty URLs: index.html). */
  private boolean served(String path) {
    String file = path.substring(1);
    return Files.isRegularFile(
        site.resolve(file.isEmpty() || file.endsWith("/") ? file + "index.html" : file));
  }

  private List<TomlTable> tables(String key) {
    TomlArray array = toml.getArray(key);
    List<TomlTable> tables = new ArrayList<>();
    for (int i = 0; array != null && i < array.size(); i++) {
      tables.add(array.getTable(i));
    }
    return tables;
  }

  @Test
  void publishesTheSiteThatMavenPackageBuildsWithTheDeployUrlAsBaseUrl() throws Exception {
    assertEquals(site, PROJECT.resolve(toml.getString("build.publish")).normalize());
    assertEquals("bash deploy/netlify-build.sh \"$URL\"", toml.getString("build.command"));
    assertEquals(
        "bash deploy/netlify-build.sh \"$DEPLOY_PRIME_URL\"",
        toml.getString("context.deploy-preview.command"));
    assertEquals(
        "bash deploy/netlify-build.sh \"$DEPLOY_PRIME_URL\"",
        toml.getString("context.branch-deploy.command"));
    Path script = PROJECT.resolve("deploy/netlify-build.sh");
    String text = Files.readString(script);
    assertTrue(
        text.contains("mvn -B -ntp ") && text.contains(" package \"-Dtriglot.baseUrl=$base_url\""),
        text);
    assertTrue(
        text.contains("sha256sum -c") && text.contains("sha512sum -c"), "downloads are checked");
  }

  @Test
  void theRootRedirectsByLanguageToPagesThatExistTraditionalFirstEnglishLast() {
    List<TomlTable> root =
        tables("redirects").stream().filter(r -> "/".equals(r.getString("from"))).toList();
    assertEquals(
        List.of("/zh-hant/", "/zh-hans/", "/en/"),
        root.stream().map(r -> r.getString("to")).toList());
    for (TomlTable rule : root) {
      assertEquals(302L, rule.getLong("status"));
      assertEquals(
          Boolean.TRUE, rule.getBoolean("force"), "/ has a file; without force it would be served");
      assertTrue(served(rule.getString("to")), rule.getString("to") + " is not in the built site");
    }
    List<String> traditional = languages(root.get(0));
    List<String> simplified = languages(root.get(1));
    assertTrue(
        traditional.containsAll(List.of("zh-tw", "zh-hk", "zh-hant")), traditional.toString());
    assertTrue(
        traditional.stream().allMatch(code -> code.matches("zh-(tw|hk|mo|hant(-tw|-hk)?)")),
        "a Traditional rule listed first must not catch Simplified readers: " + traditional);
    assertTrue(
        simplified.containsAll(List.of("zh", "zh-cn", "zh-sg", "zh-hans")), simplified.toString());
    assertFalse(root.get(2).contains("conditions"), "English is the fallback for everyone else");
  }

  private static List<String> languages(TomlTable rule) {
    TomlArray codes = rule.getArray("conditions.Language");
    List<String> list = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      list.add(codes.getString(i));
    }
    return list;
  }

  @Test
  void eachLanguageHasItsOwn404PageAndTheRootOneExists() {
    for (String lang : List.of("en", "zh-hans", "zh-hant")) {
      TomlTable rule =
          tables("redirects").stream()
              .filter(r -> ("/" + lang + "/*").equals(r.getString("from")))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no 404 rule for /" + lang + "/"));
      assertEquals("/" + lang + "/404.html", rule.getString("to"));
      assertEquals(404L, rule.getLong("status"));
      assertFalse(
          Boolean.TRUE.equals(rule.getBoolean("force")), "a forced 404 rule would hide every page");
      assertTrue(served(rule.getString("to")));
    }
    assertTrue(served("/404.html"), "Netlify serves /404.html for every other missing path");
  }

  @Test
  void everyFileHasExactlyOneCacheRuleLongAndImmutableOnlyForFingerprintedAssets()
      throws Exception {
    Map<String, byte[]> files = DeployProject.files(site);
    Pattern fingerprinted = Pattern.compile("assets/.+\\.[0-9a-f]{10}(\\.[a-z0-9]+)?");
    List<String> requests = new ArrayList<>();
    for (String file : files.keySet()) {
      requests.add("/" + file);
      if (file.endsWith("index.html")) {
        requests.add("/" + file.substring(0, file.length() - "index.html".length()));
      }
    }
    for (String request : requests) {
      List<String> values = new ArrayList<>();
      for (TomlTable rule : tables("headers")) {
        if (matches(rule.getString("for"), request)
            && rule.getString("values.Cache-Control") != null) {
          values.add(rule.getString("values.Cache-Control"));
        }
      }
      assertEquals(1, values.size(), request + " has Cache-Control rules " + values);
      if (request.startsWith("/assets/")) {
        assertTrue(
            fingerprinted.matcher(request.substring(1)).matches(),
            request + " is cached for good but not fingerprinted");
        assertEquals("public, max-age=31536000, immutable", values.get(0));
      } else {
        assertEquals(SHORT, values.get(0), request);
      }
    }
  }

  /** Netlify's path patterns: a trailing "*" (splat) matches the rest of the path. */
  static boolean matches(String pattern, String path) {
    return pattern.endsWith("*")
        ? path.startsWith(pattern.substring(0, pattern.length() - 1))
        : pattern.equals(path);
  }
}
