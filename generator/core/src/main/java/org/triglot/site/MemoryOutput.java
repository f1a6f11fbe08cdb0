package org.triglot.site;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.triglot.render.SiteOutput;

/** Keeps the built site in memory: for the preview server and for tests. */
public final class MemoryOutput implements SiteOutput {
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();

  @Override
  public void write(String path, byte[] content) {
    files.put(path, content.clone());
  }

  public Optional<byte[]> find(String path) {
    byte[] bytes = files.get(path);
    return bytes == null ? Optional.empty() : Optional.of(bytes.clone());
  }

  /** Every file by path, sorted. */
  public Map<String, byte[]> files() {
    return new TreeMap<>(files);
  }
}
