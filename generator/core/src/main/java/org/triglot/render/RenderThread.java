package org.triglot.render;

import freemarker.core.Environment;
import freemarker.core.TemplateElement;
import freemarker.core._CoreAPI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A thread that renders pages under {@link RenderLimits}. Freemarker templates get a check at the
 * start of every nested block (see {@link Templates}) that asks the current thread {@link
 * #isInterrupted()}; a render thread answers yes once its page is over time, nests too deeply or
 * wrote too much, and notes the template line it was at, so the page ends with a {@link
 * TemplateFailure} there instead of a hang, a stack overflow or running out of memory. The threads
 * get a large stack so that the nesting limit, not the stack, is what stops a runaway recursion.
 */
final class RenderThread extends Thread {
  private static final long STACK_BYTES = 64L << 20;
  private static final int DEPTH_CHECK_EVERY = 16;

  private final RenderLimits limits;
  private final AtomicBoolean abandoned;
  private long deadline;
  private int checks;
  private boolean active;
  private Stop stop;

  /**
   * Why and where a page's rendering was stopped; {@code abandoned} when it was stopped only
   * because another page ran out of time, which makes the build fail anyway.
   */
  record Stop(String message, String template, int line, int column, boolean abandoned) {}

  private RenderThread(Runnable work, String name, RenderLimits limits, AtomicBoolean abandoned) {
    super(null, work, name, STACK_BYTES);
    this.limits = limits;
    this.abandoned = abandoned;
    setDaemon(true);
  }

  /**
   * Runs {@code work} for each item on {@code threads} render threads (items are taken in list
   * order) and returns when all are done. An unchecked exception from {@code work} is rethrown here
   * after the other threads have finished. Once a page runs out of time, the pages not yet started
   * are skipped and those under way are stopped: with a template loop that never ends, a thousand
   * pages would otherwise take a thousand time limits.
   */
  static <T> void forEach(List<T> items, int threads, RenderLimits limits, Consumer<T> work) {
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicBoolean abandoned = new AtomicBoolean();
    Runnable loop =
        () -> {
          for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
            if (failure.get() != null || abandoned.get()) {
              return;
            }
            try {
              work.accept(items.get(i));
            } catch (RuntimeException | Error e) {
              failure.compareAndSet(null, e);
            }
          }
        };
    int count = Math.max(1, Math.min(threads, items.size()));
    RenderThread[] started = new RenderThread[count];
    for (int t = 0; t < count; t++) {
      started[t] = new RenderThread(loop, "triglot-render-" + (t + 1), limits, abandoned);
      started[t].start();
    }
    boolean interrupted = false;
    for (RenderThread thread : started) {
      while (true) {
        try {
          thread.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable thrown = failure.get();
    if (thrown instanceof RuntimeException e) {
      throw e;
    }
    if (thrown instanceof Error e) {
      throw e;
    }
  }

  /** The render thread running the caller, if it is one. */
  static Optional<RenderThread> current() {
    return Thread.currentThread() instanceof RenderThread thread
        ? Optional.of(thread)
        : Optional.empty();
  }

  /** Starts the limits for one page. */
  void beginPage() {
    deadline = System.nanoTime() + limits.time().toNanos();
    checks = 0;
    stop = null;
    active = true;
  }

  /** Ends the page: no limit applies until the next {@link #beginPage}. */
  void endPage() {
    active = false;
    stop = null;
  }

  RenderLimits limits() {
    return limits;
  }

  /** Why the current page was stopped, once it was. */
  Optional<Stop> pageStop() {
    return Optional.ofNullable(stop);
  }

  /** Stops the current page at the template line being rendered, for {@code message}. */
  void stopPage(String message) {
    stopPage(message, false);
  }

  private void stopPage(String message, boolean becauseOfAnother) {
    if (stop != null || !active) {
      return;
    }
    String template = "";
    int line = 0;
    int column = 0;
    Environment environment = Environment.getCurrentEnvironment();
    if (environment != null) {
      TemplateElement[] stack = _CoreAPI.getInstructionStackSnapshot(environment);
      if (stack.length > 0 && stack[0].getTemplate() != null) {
        template = stack[0].getTemplate().getSourceName();
        line = stack[0].getBeginLine();
        column = stack[0].getBeginColumn();
      }
    }
    stop = new Stop(message, template, line, column, becauseOfAnother);
  }

  @Override
  public boolean isInterrupted() {
    if (super.isInterrupted()) {
      return true;
    }
    if (!active) {
      return false;
    }
    if (stop != null) {
      return true;
    }
    if (abandoned.get()) {
      stopPage("stopped: another page ran out of time", true);
    } else if (System.nanoTime() - deadline > 0) {
      abandoned.set(true);
      stopPage(
          "rendering the page took longer than "
              + limits.time().toSeconds()
              + " s (renderTimeLimit in site.yaml): a loop without end?");
    } else if (++checks % DEPTH_CHECK_EVERY == 0) {
      Environment environment = Environment.getCurrentEnvironment();
      if (environment != null
          && _CoreAPI.getInstructionStackSnapshot(environment).length > limits.depth()) {
        stopPage(
            "templates nest more than "
                + limits.depth()
                + " instructions deep: a macro or function that calls itself without end?");
      }
    }
    return stop != null;
  }
}
