package org.triglot.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/**
 * The build cache (rendered Markdown and converted bodies kept in files between one-shot builds)
 * never changes what a build writes: every build here is compared byte for byte with a build of the
 * same site without the cache.
 */
class BuildCacheTest {
  @TempDir Path dir;

  /** The front matter and first heading of the one article whose body the tests edit. */
  private static final String PORTS_HEAD =
      """
      -- content/articles/ports/zh-Hans.md --
      ---
      title: 港口的扩张
      date: 2024-05-01
      author: bo
      topics: [trade]
      ---
      ## 码头

      """;

  private static final String SITE =
      TestSite.COMMON
          + TestSite.articles(6)
          + PORTS_HEAD
          + """
          港口每年都更加繁忙，[航运](https://example.org/ships)也随之增长。

          - 第一点
          - 第二点
          -- content/articles/ports/en.md --
          ---
          title: Ports grow
          ---
          ## Quays

          Ports grow busier every year, and [shipping](javascript:alert(1)) with them.
          """;

  private static final String EDITED_BODY = PORTS_HEAD + "港口的发展比预期更快。\n";

  private Path site() {
    return dir.resolve("site");
  }

  private Path cacheFolder() {
    return dir.resolve("cache");
  }

  /** A build of the site as it now is, without any cache: what every cached build must equal. */
  private Map<String, String> reference() {
    MemoryOutput output = new MemoryOutput();
    SiteBuild.standard().build(TestSite.defaultRequest(site()), output);
    return text(output);
  }

  private record Cached(Map<String, String> files, BuildCache cache, List<String> notices) {}

  private Cached cachedBuild() {
    List<String> notices = Collections.synchronizedList(new ArrayList<>());
    SiteBuild build = SiteBuild.caching(cacheFolder(), notices::add);
    MemoryOutput output = new MemoryOutput();
    build.build(TestSite.defaultRequest(site()), output);
    return new Cached(text(output), build.cache(), List.copyOf(notices));
  }

  private static Map<String, String> text(MemoryOutput output) {
    Map<String, String> files = new TreeMap<>();
    output
        .files()
        .forEach((path, bytes) -> files.put(path, new String(bytes, StandardCharsets.ISO_8859_1)));
    return files;
  }

  @Test
  void coldWarmEditedAndUndoneBuildsEqualBuildsWithoutTheCache() {
    TestSite.write(site(), SITE);
    Map<String, String> original = reference();

    Cached cold = cachedBuild();
    assertEquals(original, cold.files());
    assertEquals(List.of(), cold.notices());
    int distinct = cold.cache().markdownRendered();
    int bodies = distinct + cold.cache().markdownReused();
    assertTrue(distinct >= 4, "distinct bodies rendered: " + distinct);
    assertTrue(Files.isRegularFile(cacheFolder().resolve("markdown.cache")));
    assertTrue(Files.isRegularFile(cacheFolder().resolve("conversions.cache")));

    assertTrue(cold.cache().note().endsWith("3 of 3 search indexes built"), cold.cache().note());

    Cached warm = cachedBuild();
    assertEquals(original, warm.files());
    assertEquals(0, warm.cache().markdownRendered());
    assertEquals(bodies, warm.cache().markdownReused());
    assertTrue(warm.cache().note().endsWith("0 of 3 search indexes built"), warm.cache().note());

    TestSite.write(site(), EDITED_BODY);
    Map<String, String> edited = reference();
    Cached afterEdit = cachedBuild();
    assertEquals(edited, afterEdit.files());
    assertEquals(1, afterEdit.cache().markdownRendered(), "only the edited body is rendered");
    // The body is in both Chinese sites (written and derived), not in the English one.
    assertTrue(
        afterEdit.cache().note().endsWith("2 of 3 search indexes built"), afterEdit.cache().note());
    assertTrue(
        page(afterEdit, "zh-hant/articles/ports/index.html").contains("港口的發展比預期更快"),
        "the derived edition shows the edit");

    TestSite.write(site(), SITE);
    Cached undone = cachedBuild();
    assertEquals(original, undone.files());
    assertEquals(List.of(), undone.notices());
  }

  @Test
  void aTruncatedCorruptedOrForeignCacheFileGivesTheRightSiteWithOneWarning() throws IOException {
    TestSite.write(site(), SITE);
    Map<String, String> original = reference();
    cachedBuild();
    Path markdown = cacheFolder().resolve("markdown.cache");
    byte[] good = Files.readAllBytes(markdown);
    record Damage(String name, String said, UnaryOperator<byte[]> how) {}
    List<Damage> damages =
        List.of(
            new Damage("truncated", "cut short", b -> Arrays.copyOf(b, b.length / 2)),
            new Damage("emptied", "cut short", b -> new byte[0]),
            // A byte in the first entry's value: that entry fails its checksum, the rest are used.
            new Damage("an entry", "an entry fails its checksum", b -> flip(b, 44 + 3)),
            // A byte of the generator's fingerprint in the header.
            new Damage("foreign", "written by another version of Triglot", b -> flip(b, 20)),
            // A byte of the index, which sits before the 24-byte footer.
            new Damage(
                "index", "damaged (its index fails its checksum)", b -> flip(b, b.length - 34)),
            new Damage("not a cache", "not a Triglot cache file", b -> flip(b, 0)));
    for (Damage damage : damages) {
      Files.write(markdown, damage.how().apply(good.clone()));
      Cached repaired = cachedBuild();
      assertEquals(original, repaired.files(), damage.name());
      assertEquals(1, repaired.notices().size(), damage.name() + ": " + repaired.notices());
      String notice = repaired.notices().get(0);
      assertTrue(notice.contains("markdown.cache: "), notice);
      assertTrue(
          notice.contains("markdown.cache: " + damage.said()), damage.name() + ": " + notice);
      assertTrue(notice.contains("computed again and stored anew"), notice);

      Cached next = cachedBuild();
      assertEquals(original, next.files(), damage.name());
      assertEquals(List.of(), next.notices(), damage.name() + ": the file was written anew");
      assertEquals(0, next.cache().markdownRendered(), damage.name());
    }
  }

  @Test
  void twoBuildsSharingOneCacheAtOnceBothGiveTheRightSite() throws Exception {
    // Each round changes the body, so both builds compute, and both write the cache's files, at
    // once: they start together on threads of their own.
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 4; round++) {
        TestSite.write(site(), SITE);
        if (round % 2 == 1) {
          TestSite.write(site(), EDITED_BODY);
        }
        Map<String, String> expected = reference();
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Cached>> builds = new ArrayList<>();
        for (int b = 0; b < 2; b++) {
          builds.add(
              threads.submit(
                  () -> {
                    start.await();
                    return cachedBuild();
                  }));
        }
        for (Future<Cached> build : builds) {
          Cached cached = build.get();
          assertEquals(expected, cached.files(), "round " + round);
          assertEquals(List.of(), cached.notices(), "round " + round);
        }
      }
    } finally {
      threads.shutdownNow();
    }
    try (var left = Files.list(cacheFolder())) {
      assertEquals(
          List.of("conversions.cache", "markdown.cache", "search.cache"),
          left.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary file is left behind");
    }
    assertEquals(0, cachedBuild().cache().markdownRendered());
  }

  @Test
  void anotherGlossaryConvertsAgain() {
    TestSite.write(site(), SITE);
    cachedBuild();
    TestSite.write(site(), "-- i18n/zh-Hant.glossary --\n港口 = 海港\n");
    Map<String, String> withGlossary = reference();
    Cached cached = cachedBuild();
    assertEquals(withGlossary, cached.files());
    assertTrue(
        page(cached, "zh-hant/articles/ports/index.html").contains("海港每年"),
        "the glossary's phrase is in the converted body");
    assertEquals(0, cached.cache().markdownRendered(), "the Markdown itself is reused");
  }

  private static String page(Cached build, String path) {
    return new String(
        build.files().get(path).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  private static byte[] flip(byte[] bytes, int at) {
    bytes[at] ^= 0x5a;
    return bytes;
  }
}
