package org.triglot.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Maven that runs the tests ({@code triglot.mavenHome}, set by failsafe) in a subprocess:
 * batch mode, offline, on the publication's pom alone (-N: not the generator's modules, which a
 * copy of the publication does not have), with the build's local repository, a settings file of the
 * test's own and a home folder inside the test's temporary folder (so nothing, not even {@code
 * ~/.ssh/known_hosts}, is read or written outside it), no SSH agent and nothing on standard input.
 */
record MavenRun(int exitCode, String output) {
  private static final long TIMEOUT_SECONDS = 90;

  /** Runs {@code mvn ARGS} in {@code projectDir}; {@code home} becomes the user's home folder. */
  static MavenRun in(Path projectDir, Path home, Path settings, String... args)
      throws IOException, InterruptedException {
    String mavenHome = System.getProperty("triglot.mavenHome");
    String mvn = mavenHome == null ? "mvn" : Path.of(mavenHome, "bin", "mvn").toString();
    List<String> command =
        new ArrayList<>(List.of(mvn, "-B", "-ntp", "-o", "-N", "-s", settings.toString()));
    String repository = System.getProperty("triglot.localRepository");
    if (repository != null) {
      command.add("-Dmaven.repo.local=" + repository);
    }
    command.addAll(List.of(args));
    Files.createDirectories(home);
    Path log = Files.createTempFile(home, "mvn-", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(projectDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            // The site plugin's wagons ask on the terminal (unknown host key, password): here
            // nobody answers.
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Map<String, String> env = builder.environment();
    env.remove("SSH_AUTH_SOCK");
    env.remove("MAVEN_ARGS");
    env.put("MAVEN_OPTS", "-Duser.home=" + home + " -Xmx256m -XX:TieredStopAtLevel=1");
    env.put("HOME", home.toString());
    Process process = builder.start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      fail(
          "mvn "
              + String.join(" ", args)
              + " did not finish in "
              + TIMEOUT_SECONDS
              + " s:\n"
              + Files.readString(log));
    }
    return new MavenRun(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /** A settings file with nothing but an optional server entry (the deploy credentials). */
  static Path settings(Path file, String serverEntry) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        """
        <settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
          <offline>true</offline>
          <servers>
        %s
          </servers>
        </settings>
        """
            .formatted(serverEntry),
        StandardCharsets.UTF_8);
    return file;
  }

  String describe() {
    return "exit " + exitCode + "\n" + output;
  }
}
