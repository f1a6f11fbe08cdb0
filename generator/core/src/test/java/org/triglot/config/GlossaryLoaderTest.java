package org.triglot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.diag.Diagnostics;
import org.triglot.lang.Glossary;

class GlossaryLoaderTest {
  @TempDir Path site;
  private final Diagnostics diagnostics = new Diagnostics();

  @Test
  void usesTheBundledGlossaryWhenTheSiteHasNone() {
    Glossary glossary = GlossaryLoader.load(SiteSources.of(site), diagnostics);
    assertEquals("制裁", glossary.toTraditional().get("制裁"));
    assertTrue(diagnostics.all().isEmpty(), diagnostics.all().toString());
  }

  @Test
  void siteEntriesAddToAndReplaceBundledOnes() throws IOException {
    write("i18n/zh-Hant.glossary", "# site\n制裁 = 制裁措施\n吴钊燮 = 吳釗燮\n");
    Glossary glossary = GlossaryLoader.load(SiteSources.of(site), diagnostics);
    assertEquals("制裁措施", glossary.toTraditional().get("制裁"));
    assertEquals("吳釗燮", glossary.toTraditional().get("吴钊燮"));
    assertEquals("克制", glossary.toTraditional().get("克制"));
  }

  @Test
  void reportsAMalformedSiteLineWithTheSitePath() throws IOException {
    write("i18n/zh-Hant.glossary", "制裁 = 制裁\n\n台湾 臺灣\n");
    GlossaryLoader.load(SiteSources.of(site), diagnostics);
    assertEquals(1, diagnostics.errorCount());
    assertEquals(
        "i18n/zh-Hant.glossary:3:1: error: a glossary entry needs \"=\" between the Simplified and the Traditional phrase",
        diagnostics.all().get(0).headline());
  }

  private void write(String path, String text) throws IOException {
    Path file = site.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
