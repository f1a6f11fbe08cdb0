package org.triglot.site;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build: the site folder, whether drafts and future-dated articles are shown (previews), an
 * optional base URL that replaces site.yaml's (deploy previews), and the clock that decides what
 * "future" means.
 */
public record BuildRequest(
    Path source, boolean drafts, boolean future, Optional<URI> baseUrl, Clock clock) {
  public BuildRequest {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(clock, "clock");
  }

  /** A plain build of {@code source} as readers will see it today. */
  public static BuildRequest of(Path source) {
    return new BuildRequest(source, false, false, Optional.empty(), Clock.systemUTC());
  }

  public BuildRequest withClock(Clock newClock) {
    return new BuildRequest(source, drafts, future, baseUrl, newClock);
  }

  public BuildRequest withBaseUrl(URI url) {
    return new BuildRequest(source, drafts, future, Optional.of(url), clock);
  }
}
