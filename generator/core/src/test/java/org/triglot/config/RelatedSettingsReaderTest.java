package org.triglot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.diag.Diagnostic;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.Severity;

class RelatedSettingsReaderTest {
  @TempDir Path dir;

  private SiteConfig load(String yaml, Diagnostics diagnostics) throws IOException {
    Files.writeString(dir.resolve("site.yaml"), yaml, StandardCharsets.UTF_8);
    return SiteConfigLoader.load(SiteSources.of(dir), diagnostics);
  }

  @Test
  void readsEveryRelatedSetting() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    SiteConfig config =
        load(
            """
        related:
          count: 3
          minScore: 0.35
          includeNewer: false
          dateHalfLife: 730
          weights: {topics: 50, text: 30, authors: 0, date: 20}
        """,
            diagnostics);

    assertEquals(List.of(), diagnostics.all());
    assertEquals(
        new RelatedSettings(3, new RelatedSettings.Weights(50, 30, 0, 20), 0.35, false, 730),
        config.related());
  }

  @Test
  void keepsTheDefaultOfEverySettingNotGiven() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    SiteConfig config =
        load(
            """
        related:
          weights: {text: 60}
        """,
            diagnostics);

    RelatedSettings defaults = RelatedSettings.DEFAULTS;
    assertEquals(
        defaults.withWeights(
            new RelatedSettings.Weights(
                defaults.weights().topics(),
                60,
                defaults.weights().authors(),
                defaults.weights().date())),
        config.related());
    assertEquals(defaults, load("pageSize: 10\n", new Diagnostics()).related());
  }

  @Test
  void countZeroTurnsTheListsOff() throws IOException {
    assertEquals(0, load("related: {count: 0}\n", new Diagnostics()).related().count());
  }

  @Test
  void reportsMinimumScoreOutsideZeroToOneAtItsPosition() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    SiteConfig config =
        load(
            """
        related:
          minScore: 40
        """,
            diagnostics);

    Diagnostic error = diagnostics.all().get(0);
    assertEquals(Severity.ERROR, error.severity());
    assertEquals("site.yaml", error.path());
    assertEquals(2, error.line());
    assertEquals("related.minScore must be a number from 0 to 1", error.message());
    assertEquals(RelatedSettings.DEFAULTS.minScore(), config.related().minScore());
  }

  @Test
  void reportsWeightsThatAreAllZero() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    load("related: {weights: {topics: 0, text: 0, authors: 0, date: 0}}\n", diagnostics);

    assertTrue(diagnostics.hasErrors());
    assertEquals(
        "at least one related weight must be positive", diagnostics.all().get(0).message());
  }

  @Test
  void reportsNegativeWeightAndBadFlag() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    load(
        """
        related:
          includeNewer: sometimes
          weights: {text: -1}
        """,
        diagnostics);

    List<String> messages = diagnostics.all().stream().map(Diagnostic::message).toList();
    assertTrue(
        messages.contains("related.includeNewer must be true or false"), () -> "got " + messages);
    assertTrue(
        messages.contains("related.weights.text must be a number from 0 to 1000000"),
        () -> "got " + messages);
  }

  @Test
  void warnsAboutAMisspeltSettingWithTheNearestName() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    load(
        """
        related:
          minscore: 0.3
        """,
        diagnostics);

    Diagnostic warning = diagnostics.all().get(0);
    assertFalse(diagnostics.hasErrors());
    assertEquals(Severity.WARNING, warning.severity());
    assertEquals("unknown setting \"related.minscore\" is ignored", warning.message());
    assertEquals("did you mean \"minScore\"?", warning.hint());
  }

  @Test
  void reportsARelatedValueThatIsNotAMap() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    load("related: 5\n", diagnostics);

    assertEquals("\"related\" must be a map", diagnostics.all().get(0).message());
  }
}
