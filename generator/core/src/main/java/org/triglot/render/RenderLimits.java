package org.triglot.render;

import java.time.Duration;
import java.util.Objects;

/**
 * What one page's rendering may use before it is stopped with an error naming the template line it
 * was at: time (a template loop without end, {@code <#list 1.. as i>}), template nesting (a macro
 * or function that calls itself without end) and output characters (a loop that writes without
 * end). The time limit is site.yaml's {@code renderTimeLimit}.
 */
public record RenderLimits(Duration time, int depth, long outputChars) {
  /** Nesting of template instructions; the site's own templates nest about 30 deep. */
  public static final int DEPTH = 400;

  /** 64 million characters: a thousand times the largest page of the sample site. */
  public static final long OUTPUT_CHARS = 64L << 20;

  public static final RenderLimits DEFAULT =
      new RenderLimits(Duration.ofSeconds(10), DEPTH, OUTPUT_CHARS);

  public RenderLimits {
    Objects.requireNonNull(time, "time");
    if (time.isNegative() || time.isZero() || depth < 1 || outputChars < 1) {
      throw new IllegalArgumentException("render limits must be positive");
    }
  }

  public static RenderLimits ofTime(Duration time) {
    return new RenderLimits(time, DEPTH, OUTPUT_CHARS);
  }
}
