package org.triglot.site;

/**
 * Told what a build is doing, for progress on an interactive terminal: each phase as it starts, and
 * how far the long ones (Markdown, pages) have got.
 */
public interface BuildProgress {
  void phase(String name);

  void advance(String phase, int done, int total);

  BuildProgress QUIET =
      new BuildProgress() {
        @Override
        public void phase(String name) {}

        @Override
        public void advance(String phase, int done, int total) {}
      };
}
