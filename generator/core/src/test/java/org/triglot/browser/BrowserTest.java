package org.triglot.browser;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without Chromium or chromedriver the browser tests fail (they do not skip), and say how to get
 * them; nothing is started or downloaded instead.
 */
class BrowserTest {
  @TempDir Path dir;

  @Test
  void failsNamingBothMissingBinariesAndTheDebianPackages() {
    AssertionError error =
        assertThrows(
            AssertionError.class,
            () -> Browser.launch(dir, dir.resolve("no-chromium"), dir.resolve("no-chromedriver")));
    String message = error.getMessage();
    assertTrue(message.contains("Chromium at " + dir.resolve("no-chromium")), message);
    assertTrue(message.contains("chromedriver at " + dir.resolve("no-chromedriver")), message);
    assertTrue(message.contains("apt-get install -y chromium chromium-driver"), message);
    assertTrue(message.contains("-Dtriglot.chromium="), message);
  }

  @Test
  void failsOnAMissingDriverEvenWhenChromiumIsThere() {
    AssertionError error =
        assertThrows(
            AssertionError.class,
            () -> Browser.launch(dir, Path.of("/bin/sh"), dir.resolve("no-chromedriver")));
    assertTrue(error.getMessage().contains("need chromedriver at "), error.getMessage());
  }
}
