package org.triglot.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's file watcher on a real folder: which changes rebuild, how a burst settles into one
 * rebuild, and folders made while it runs. (Links to folders outside the site need no watching: the
 * build refuses them.)
 */
class SiteWatcherTest {
  @TempDir Path dir;
  private final Semaphore rebuilds = new Semaphore(0);
  private final StringWriter log = new StringWriter();
  private final ExecutorService thread = Executors.newSingleThreadExecutor();
  private SiteWatcher watcher;

  @AfterEach
  void stop() throws InterruptedException {
    if (watcher != null) {
      watcher.close();
    }
    thread.shutdownNow();
    assertTrue(thread.awaitTermination(10, TimeUnit.SECONDS));
  }

  private Path site() throws IOException {
    Path site = dir.resolve("site");
    Files.createDirectories(site.resolve("content/articles/tea"));
    Files.createDirectories(site.resolve("i18n"));
    Files.createDirectories(site.resolve("target"));
    Files.writeString(site.resolve("site.yaml"), "pageSize: 20\n");
    Files.writeString(site.resolve("content/articles/tea/en.md"), "Tea.\n");
    return site;
  }

  private void watch(Path site) throws IOException {
    watcher = new SiteWatcher(site, rebuilds::release, new PrintWriter(log, true));
    watcher.start(thread);
  }

  private void assertRebuilds(String why) throws InterruptedException {
    assertTrue(rebuilds.tryAcquire(15, TimeUnit.SECONDS), "no rebuild after " + why + "\n" + log);
  }

  private void assertQuiet(String why) throws InterruptedException {
    assertEquals(
        0,
        rebuilds.tryAcquire(700, TimeUnit.MILLISECONDS) ? 1 + rebuilds.drainPermits() : 0,
        "a rebuild after " + why + "\n" + log);
  }

  @Test
  void rebuildsOnceForABurstOfSavesAndOnlyForWhatTheSiteIsBuiltFrom() throws Exception {
    Path site = site();
    watch(site);
    for (int i = 0; i < 5; i++) {
      Files.writeString(site.resolve("content/articles/tea/en.md"), "Tea " + i + ".\n");
      Files.writeString(site.resolve("content/articles/tea/zh-Hans.md"), "茶 " + i + "。\n");
    }
    assertRebuilds("a burst of saves");
    assertQuiet("the burst had settled");
    assertTrue(log.toString().contains("change in content"), log.toString());

    Files.writeString(site.resolve("target/index.html"), "built");
    Files.writeString(site.resolve("README.md"), "notes");
    Files.createDirectories(site.resolve(".git"));
    Files.writeString(site.resolve("content/articles/tea/.en.md.swp"), "editor state");
    Files.writeString(site.resolve("content/articles/tea/en.md~"), "backup");
    assertQuiet("files the site is not built from changed");

    Files.writeString(site.resolve("site.yaml"), "pageSize: 10\n");
    assertRebuilds("site.yaml changed");
    Files.writeString(site.resolve("i18n/en.yaml"), "a: b\n");
    assertRebuilds("a strings file was added");
    Files.delete(site.resolve("content/articles/tea/zh-Hans.md"));
    assertRebuilds("a file was deleted");
  }

  @Test
  void watchesFoldersMadeWhileItRuns() throws Exception {
    Path site = site();
    watch(site);
    Files.createDirectories(site.resolve("templates/partials"));
    Files.writeString(site.resolve("templates/partials/head.ftlh"), "<head>");
    assertRebuilds("templates/ was made");
    Files.writeString(site.resolve("templates/partials/head.ftlh"), "<head><meta>");
    assertRebuilds("a file in a folder made while watching changed");

    Path milk = Files.createDirectories(site.resolve("content/articles/milk/images"));
    assertRebuilds("an article folder was made");
    Files.writeString(milk.resolve("cup.svg"), "<svg/>");
    assertRebuilds("an image in the new folder was added");
    Files.writeString(milk.resolve("cup.svg"), "<svg></svg>");
    assertRebuilds("that image changed");
  }
}
