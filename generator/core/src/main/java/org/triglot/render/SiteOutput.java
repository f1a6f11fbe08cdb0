package org.triglot.render;

/**
 * Where the built files go: a staging folder on disk for {@code build}, memory for the preview
 * server. Paths are site-relative with '/' ({@code en/articles/tea/index.html}). Implementations
 * accept writes from several threads at once.
 */
public interface SiteOutput {
  void write(String path, byte[] content);
}
