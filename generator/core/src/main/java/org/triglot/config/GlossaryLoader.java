package org.triglot.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourceText;
import org.triglot.lang.ChineseConversion;
import org.triglot.lang.Glossary;

/**
 * Reads the script conversion glossary, {@code i18n/zh-Hant.glossary}: the bundled one first, then
 * the site's, whose entries are added and replace bundled entries for the same Simplified phrase.
 */
public final class GlossaryLoader {
  /** The glossary's file name in an {@code i18n/} folder. */
  private static final String FILE_NAME = Glossary.FILE_NAME;

  private GlossaryLoader() {}

  /** The bundled glossary overridden by the site's; malformed lines are reported. */
  public static Glossary load(SiteSources sources, Diagnostics diagnostics) {
    return load(sources, ChineseConversion.Standard.TW, diagnostics);
  }

  /**
   * As {@link #load(SiteSources, Diagnostics)} for a site that writes {@code standard}: the bundled
   * glossary, written in Taiwan's forms, in that standard's forms; the site's as it is written.
   */
  public static Glossary load(
      SiteSources sources, ChineseConversion.Standard standard, Diagnostics diagnostics) {
    Glossary merged = Glossary.empty();
    for (Path root : sources.stringRoots()) {
      Path file = root.resolve(FILE_NAME);
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && sources.admits(file, diagnostics)) {
        Glossary glossary = read(file, sources.displayPath(file), diagnostics);
        if (sources.isBundled(root)) {
          glossary = glossary.writtenIn(standard);
        }
        merged = merged.overriddenBy(glossary);
      }
    }
    return merged;
  }

  /** The glossary that ships in the Triglot jar alone, in Taiwan's forms. */
  public static Glossary bundled(Diagnostics diagnostics) {
    String resource = "/org/triglot/bundled/i18n/" + FILE_NAME;
    try (InputStream in = GlossaryLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Glossary.empty();
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Glossary.parse(new SourceText("(bundled) i18n/" + FILE_NAME, text), diagnostics);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** One glossary file, named {@code displayPath} in diagnostics. */
  public static Glossary read(Path file, String displayPath, Diagnostics diagnostics) {
    return SourceFiles.read(file, displayPath, diagnostics)
        .map(text -> Glossary.parse(text, diagnostics))
        .orElse(Glossary.empty());
  }
}
