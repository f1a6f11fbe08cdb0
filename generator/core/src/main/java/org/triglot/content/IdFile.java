package org.triglot.content;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.triglot.config.SiteSources;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourcePosition;

/**
 * The file that defines the ids articles refer to ({@code content/authors.yaml} or {@code
 * content/topics.yaml}), and whether the ids read from it can be trusted. When the file is missing
 * or has errors, an id that is not among them says nothing about the article: the file is the one
 * cause, reported once, and the cascade of "unknown author" errors it would set off is not.
 */
final class IdFile {
  private final String displayPath;
  private final Set<String> known;
  private final boolean exists;
  private final boolean broken;
  private final AtomicReference<SourcePosition> firstReference = new AtomicReference<>();

  private IdFile(String displayPath, Set<String> known, boolean exists, boolean broken) {
    this.displayPath = displayPath;
    this.known = Set.copyOf(known);
    this.exists = exists;
    this.broken = broken;
  }

  /** The ids read from {@code file}, with what reading it found. */
  static IdFile of(Path file, SiteSources sources, Set<String> known, Diagnostics whileReading) {
    return new IdFile(
        sources.displayPath(file),
        known,
        Files.exists(file, LinkOption.NOFOLLOW_LINKS),
        whileReading.hasErrors());
  }

  String displayPath() {
    return displayPath;
  }

  Set<String> known() {
    return known;
  }

  /** Whether an id missing from {@link #known} is the article's mistake. */
  boolean isUsable() {
    return exists && !broken;
  }

  /** Notes an article's reference to an id while the file is unusable. */
  void referencedAt(SourcePosition at) {
    firstReference.accumulateAndGet(at, (a, b) -> a == null || ORDER.compare(b, a) < 0 ? b : a);
  }

  private static final Comparator<SourcePosition> ORDER =
      Comparator.comparing(SourcePosition::path)
          .thenComparingInt(SourcePosition::line)
          .thenComparingInt(SourcePosition::column);

  /** The one error for a missing file that articles need; a broken file has its own errors. */
  void reportIfMissing(String what, Diagnostics diagnostics) {
    SourcePosition first = firstReference.get();
    if (exists || first == null) {
      return;
    }
    diagnostics.error(
        SourcePosition.file(displayPath),
        "the site has no "
            + displayPath
            + ", but articles name "
            + what
            + "s (the first at "
            + first.path()
            + ":"
            + first.line()
            + ")",
        "define each " + what + " there, e.g. " + example(what));
  }

  private static String example(String what) {
    return what.equals("author")
        ? "jane-doe: {name: {en: Jane Doe}, title: {en: Senior Fellow}}"
        : "trade: {en: Trade, zh-Hans: 贸易}";
  }
}
