package org.triglot.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn site:deploy -Dtriglot.deploy.url=sftp://…} run for real against an SSH server that the
 * test starts on 127.0.0.1 (Apache MINA SSHD, serving a temporary folder over SFTP), with the
 * password in a settings.xml of the test's own and the server's host key in a known_hosts file
 * under a temporary home folder, as a publisher would set them up.
 */
class SftpDeployIT {
  private static final String USER = "deployer";

  @TempDir Path dir;
  private SshServer server;
  private SimpleGeneratorHostKeyProvider hostKeys;
  private Path served;
  private final List<String> commands = new CopyOnWriteArrayList<>();
  private final String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
  private DeployProject project;

  @BeforeEach
  void startServer() throws Exception {
    served = Files.createDirectories(dir.resolve("server-root"));
    hostKeys = new SimpleGeneratorHostKeyProvider(dir.resolve("host-key"));
    hostKeys.setAlgorithm(KeyUtils.EC_ALGORITHM);
    hostKeys.setKeySize(256);
    server = SshServer.setUpDefaultServer();
    server.setHost("127.0.0.1");
    server.setPort(0);
    server.setKeyPairProvider(hostKeys);
    server.setPasswordAuthenticator(
        (user, given, session) -> USER.equals(user) && password.equals(given));
    // Password authentication proper, as a host with "KbdInteractiveAuthentication no" offers it:
    // the wagon answers a keyboard-interactive prompt only from the terminal.
    server.setKeyboardInteractiveAuthenticator(null);
    server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
    server.setFileSystemFactory(new VirtualFileSystemFactory(served));
    // The site plugin ends an SSH deploy with "chmod -Rf g+w,a+rX <folder>" run on the host:
    // record it and succeed, without running anything on this machine.
    server.setCommandFactory((channel, command) -> new RecordedCommand(command, commands));
    server.start();
    project = DeployProject.copy(dir.resolve("project"));
  }

  @AfterEach
  void stopServer() throws IOException {
    server.stop(true);
  }

  private Path home(boolean knowsTheHost) throws Exception {
    Path home = dir.resolve(knowsTheHost ? "home" : "stranger-home");
    Files.createDirectories(home.resolve(".ssh"));
    if (knowsTheHost) {
      StringBuilder knownHosts = new StringBuilder();
      for (KeyPair key : hostKeys.loadKeys(null)) {
        knownHosts
            .append("[127.0.0.1]:")
            .append(server.getPort())
            .append(' ')
            .append(PublicKeyEntry.toString(key.getPublic()))
            .append('\n');
      }
      Files.writeString(home.resolve(".ssh/known_hosts"), knownHosts, StandardCharsets.UTF_8);
    }
    return home;
  }

  private MavenRun deploy(Path home) throws Exception {
    return deploy(home, "<password>" + password + "</password>");
  }

  private MavenRun deploy(Path home, String credential) throws Exception {
    Path settings =
        MavenRun.settings(
            dir.resolve("settings.xml"),
            """
            <server>
              <id>triglot-site</id>
              <username>%s</username>
              %s
            </server>
        """
                .formatted(USER, credential));
    return MavenRun.in(
        project.dir(),
        home,
        settings,
        "site:deploy",
        "-Dtriglot.deploy.url=sftp://127.0.0.1:" + server.getPort() + "/www");
  }

  @Test
  void deploysExactlyTheBuiltSiteAndLeavesDeletedPagesBehindOnTheNextDeploy() throws Exception {
    project.build();
    Path home = home(true);
    MavenRun first = deploy(home);
    assertEquals(0, first.exitCode(), first.describe());
    Path www = served.resolve("www");
    DeployProject.assertSameFiles(project.site(), www);
    assertEquals(List.of("chmod -Rf g+w,a+rX /www"), commands);

    project.deleteArticle(DeployProject.DELETED_ARTICLE);
    project.build();
    MavenRun second = deploy(home);
    assertEquals(0, second.exitCode(), second.describe());
    Map<String, byte[]> rebuilt = DeployProject.files(project.site());
    Map<String, byte[]> deployed = DeployProject.files(www);
    for (var file : rebuilt.entrySet()) {
      assertTrue(
          Arrays.equals(file.getValue(), deployed.get(file.getKey())),
          file.getKey() + " was not updated");
    }
    Set<String> stale = new TreeSet<>(deployed.keySet());
    stale.removeAll(rebuilt.keySet());
    assertTrue(
        stale.contains("zh-hant/articles/" + DeployProject.DELETED_ARTICLE + "/index.html"),
        "README.md says site:deploy leaves deleted pages on the host; left: " + stale);
  }

  @Test
  void deploysWithAPrivateKeyInOpenSshFormat() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    KeyPair deployKey = generator.generateKeyPair();
    server.setPublickeyAuthenticator(
        (user, key, session) ->
            USER.equals(user) && KeyUtils.compareKeys(key, deployKey.getPublic()));
    Path keyFile = dir.resolve("home/.ssh/id_ecdsa");
    Files.createDirectories(keyFile.getParent());
    try (OutputStream out = Files.newOutputStream(keyFile)) {
      OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(deployKey, "deploy key", null, out);
    }
    project.build();
    MavenRun run = deploy(home(true), "<privateKey>" + keyFile + "</privateKey>");
    assertEquals(0, run.exitCode(), run.describe());
    DeployProject.assertSameFiles(project.site(), served.resolve("www"));
  }

  @Test
  void refusesAHostWhoseKeyIsNotInKnownHosts() throws Exception {
    project.build();
    MavenRun run = deploy(home(false));
    assertNotEquals(0, run.exitCode(), run.describe());
    assertTrue(run.output().contains("The host was not known"), run.output());
    assertTrue(Files.notExists(served.resolve("www")));
    assertTrue(
        Files.notExists(dir.resolve("stranger-home/.ssh/known_hosts")),
        "an unknown host key was stored");
  }

  /** A command run over SSH: recorded, and answered with exit code 0 for chmod, 127 otherwise. */
  private static final class RecordedCommand implements Command {
    private final String command;
    private final List<String> log;
    private ExitCallback exit;
    private OutputStream err;

    RecordedCommand(String command, List<String> log) {
      this.command = command;
      this.log = log;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
      this.exit = callback;
    }

    @Override
    public void setErrorStream(OutputStream stream) {
      this.err = stream;
    }

    @Override
    public void setInputStream(InputStream stream) {}

    @Override
    public void setOutputStream(OutputStream stream) {}

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
      log.add(command.strip());
      if (command.startsWith("chmod ")) {
        exit.onExit(0);
      } else {
        err.write(("not available here: " + command + "\n").getBytes(StandardCharsets.UTF_8));
        err.flush();
        exit.onExit(127);
      }
    }

    @Override
    public void destroy(ChannelSession channel) {}
  }
}
