package org.triglot.cli;

/** A few dozen articles with translations, for tests that need a site of some size. */
final class ListingPagesFixture {
  static final String MANY;

  static {
    StringBuilder files = new StringBuilder();
    for (int i = 1; i <= 30; i++) {
      String slug = "piece-" + i;
      files.append("-- content/articles/").append(slug).append("/en.md --\n---\ntitle: Piece ").append(i)
          .append("\ndate: 2021-").append(String.format(java.util.Locale.ROOT, "%02d", 1 + i % 12)).append("-")
          .append(String.format(java.util.Locale.ROOT, "%02d", 1 + i % 27))
          .append("\nauthor: ").append(i % 2 == 0 ? "ann" : "bo").append("\ntopics: [")
          .append(i % 3 == 0 ? "tea, trade" : "arctic").append("]\n---\nText of piece ").append(i).append(".\n");
      if (i % 2 == 0) {
        files.append("-- content/articles/").append(slug).append("/zh-Hans.md --\n---\ntitle: 文章").append(i)
            .append("\n---\n这是第").append(i).append("篇文章的正文，讨论历史与发展。\n");
      }
    }
    MANY = files.toString();
  }

  private ListingPagesFixture() {}
}
