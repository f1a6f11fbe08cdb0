package org.triglot.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/** Every validation of the load phase reports {@code path:line:col: error: message} with a hint. */
class ContentDiagnosticsTest {
  @TempDir Path dir;

  private static void assertHas(List<String> diagnostics, String... lines) {
    String all = String.join("", diagnostics);
    for (String line : lines) {
      assertTrue(all.contains(line), () -> "expected\n  " + line + "\nin\n" + all);
    }
  }

  @Test
  void reportsFileAndLineOfMalformedYaml() {
    var found =
        TestSite.buildFailing(
            dir,
            """
        -- content/articles/tea/en.md --
        ---
        title: Tea
        date: 2024-03-01
        author: [ann
        ---
        About tea.
        """);
    assertEquals(1, found.size(), found::toString);
    assertHas(found, "content/articles/tea/en.md:5:1: error: malformed YAML", "hint:");
  }

  @Test
  void reportsMissingTitleOnTheFileThatLacksIt() {
    var found =
        TestSite.buildFailing(
            dir,
            """
        -- content/articles/tea/en.md --
        ---
        date: 2024-03-01
        author: ann
        ---
        About tea.
        -- content/articles/tea/zh-Hans.md --
        ---
        title: 茶
        ---
        关于茶。
        """);
    assertHas(
        found, "content/articles/tea/en.md:1:1: error: missing title", "hint: add 'title: ...'");
  }

  @Test
  void reportsMissingDateAndAuthor() {
    var found =
        TestSite.buildFailing(
            dir,
            """
        -- content/articles/tea/en.md --
        ---
        title: Tea
        ---
        About tea.
        -- content/articles/coffee/en.md --
        ---
        title: Coffee
        date: 2024-03-01
        ---
        About coffee.
        """);
    assertHas(
        found,
        "content/articles/tea/en.md:1:1: error: missing date",
        "content/articles/coffee/en.md:1:1: error: missing author");
  }

  @Test
  void reportsFileAndLineOfBadDate() {
    var found =
        TestSite.buildFailing(
            dir,
            """
        -- content/articles/tea/en.md --
        ---
        title: Tea
        author: ann
        date: 2024-13-45
        ---
        About tea.
        """);
    assertHas(
        found,
        "content/articles/tea/en.md:4:7: error: cannot read date \"2024-13-45\"",
        "  date: 2024-13-45\n        ^",
        "hint: write it as YYYY-MM-DD");
  }

  @Test
  void suggestsTheNearestAuthorAndTopicIds() {
    var found =
        TestSite.buildFailing(
            dir,
            """
        -- content/articles/tea/en.md --
        ---
        title: Tea
        date: 2024-03-01
        author: ana
        topics: [trade, arctik]
        ---
        About tea.
        """);
    assertHas(
        found,
        "content/articles/tea/en.md:4:9: error: unknown author \"ana\"",
        "hint: did you mean \"ann\"?",
        "content/articles/tea/en.md:5:17: error: unknown topic \"arctik\"",
        "hint: did you mean \"arctic\"?");
  }

  @Test
  void rejectsFileNamesThatAreNotLanguages() {
    var found =
        TestSite.buildFailing(
            dir,
            """
        -- content/articles/tea/en.md --
        ---
        title: Tea
        date: 2024-03-01
        author: ann
        ---
        About tea.
        -- content/articles/tea/zh-hans.md --
        ---
        title: 茶
        ---
        关于茶。
        -- content/articles/tea/zh-TW.md --
        ---
        title: 茶
        ---
        關於茶。
        -- content/articles/tea/en_US.md --
        ---
        title: Tea
        ---
        Tea.
        """);
    assertHas(
        found,
        "content/articles/tea/zh-hans.md:1:1: error: \"zh-hans.md\" is not a known language file",
        "hint: rename it to \"zh-Hans.md\"",
        "content/articles/tea/zh-TW.md:1:1: error: \"zh-TW.md\" is not a known language file",
        "hint: rename it to \"zh-Hant.md\"",
        "content/articles/tea/en_US.md:1:1: error: \"en_US.md\" is not a known language file");
  }

  @Test
  void rejectsAnEmptyBody() {
    var found =
        TestSite.buildFailing(
            dir,
            """
        -- content/articles/tea/en.md --
        ---
        title: Tea
        date: 2024-03-01
        author: ann
        ---

        -- content/articles/tea/zh-Hans.md --
        ---
        title: 茶
        ---
        关于茶。
        """);
    assertHas(found, "content/articles/tea/en.md:6:1: error: empty article body");
  }

  @Test
  void rejectsSlugFoldersThatAreNotLowerCaseAscii() {
    var found =
        TestSite.buildFailing(
            dir,
            """
        -- content/articles/Green Tea/en.md --
        ---
        title: Tea
        date: 2024-03-01
        author: ann
        ---
        About tea.
        -- content/articles/茶/zh-Hans.md --
        ---
        title: 茶
        date: 2024-03-01
        author: ann
        ---
        关于茶。
        """);
    assertHas(
        found,
        "content/articles/Green Tea/: error: article folder \"Green Tea\" is not a valid slug",
        "e.g. \"green-tea\"",
        "content/articles/茶/: error: article folder \"茶\" is not a valid slug");
  }

  @Test
  void collectsEveryErrorOfEveryFileBeforeStopping() {
    var found =
        TestSite.buildFailing(
            dir,
            """
        -- content/articles/one/en.md --
        ---
        title: One
        date: yesterday
        author: ann
        ---
        Text.
        -- content/articles/two/en.md --
        ---
        date: 2024-03-01
        author: nobody
        ---
        Text.
        -- content/articles/three/en.md --
        no front matter here
        """);
    assertHas(
        found,
        "content/articles/one/en.md:3:7: error: cannot read date",
        "content/articles/two/en.md:1:1: error: missing title",
        "content/articles/two/en.md:3:9: error: unknown author \"nobody\"",
        "content/articles/three/en.md:1:1: error: missing front matter");
    assertEquals(4, found.size(), found::toString);
  }

  @Test
  void rejectsATranslationThatContradictsTheOriginalsSharedFields() {
    var found =
        TestSite.buildFailing(
            dir,
            """
        -- content/articles/tea/en.md --
        ---
        title: Tea
        date: 2024-03-01
        author: ann
        topics: [tea]
        ---
        About tea.
        -- content/articles/tea/zh-Hans.md --
        ---
        title: 茶
        topics: [trade]
        ---
        关于茶。
        """);
    assertHas(
        found,
        "content/articles/tea/zh-Hans.md:3:9: error: \"topics\" differs from en.md, the article's original");
  }

  @Test
  void reportsDataFileProblemsAtTheirLines() {
    var found =
        TestSite.buildFailing(
            dir,
            """
        -- content/authors.yaml --
        ann:
          name: {en: Ann Lee, zh-hans: 李安}
        Bad_Id:
          name: Someone
        -- content/articles/tea/en.md --
        ---
        title: Tea
        date: 2024-03-01
        author: ann
        ---
        About tea.
        """);
    assertHas(
        found,
        "content/authors.yaml:2:23: error: unknown language \"zh-hans\" in name",
        "hint: did you mean \"zh-Hans\"?",
        "content/authors.yaml:3:1: error: \"Bad_Id\" is not a valid id");
  }

  @Test
  void warnsAboutUnknownFrontMatterFieldsWithoutFailing() {
    TestSite site =
        TestSite.build(
            dir,
            """
        -- content/articles/tea/en.md --
        ---
        title: Tea
        date: 2024-03-01
        author: ann
        summray: A typo.
        ---
        About tea.
        """);
    String warnings =
        String.join("", site.result().warnings().stream().map(d -> d.format()).toList());
    assertTrue(
        warnings.contains(
            "content/articles/tea/en.md:5:1: warning: unknown field \"summray\" is kept for templates as article.params.summray\n"),
        warnings);
    assertTrue(warnings.contains("did you mean \"summary\"?"), warnings);
  }
}
