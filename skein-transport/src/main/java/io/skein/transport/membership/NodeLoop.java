package io.skein.transport.membership;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The one thread the membership cores run on: tasks and timers of the node's
 * {@link ScheduledExecutorService}, which must run one task at a time (a single-thread
 * executor, or a deterministic one in tests). Every call into a core goes through here, so the
 * cores, which are not thread-safe, never see two threads.
 *
 * <p>Between {@link #open} and {@link #stop} tasks run; before and after they are dropped
 * (queued ones turn into no-ops), and {@link #stop} cancels every timer still pending. A task
 * that throws is logged and does not stop the timers: one bad input must not silence a node.
 * The executor belongs to the caller; the loop never shuts it down.
 */
final class NodeLoop {

  private static final Logger LOG = System.getLogger(NodeLoop.class.getName());

  private final String node;
  private final ScheduledExecutorService executor;
  private final Set<ScheduledFuture<?>> timers = ConcurrentHashMap.newKeySet();
  private volatile boolean running;

  NodeLoop(String node, ScheduledExecutorService executor) {
    this.node = node;
    this.executor = executor;
  }

  void open() {
    running = true;
  }

  boolean isRunning() {
    return running;
  }

  /** Runs {@code task} on the loop; false when it was dropped (stopped, or executor gone). */
  boolean execute(Runnable task) {
    if (!running) {
      return false;
    }
    try {
      executor.execute(guarded(task));
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  /** Runs {@code task} once after {@code delayMillis}; null when the loop is stopped. */
  ScheduledFuture<?> after(long delayMillis, Runnable task) {
    if (!running) {
      return null;
    }
    timers.removeIf(ScheduledFuture::isDone); // one-shot timers that have run
    ScheduledFuture<?> timer;
    try {
      timer = executor.schedule(guarded(task), Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      return null;
    }
    track(timer);
    return timer;
  }

  /** Runs {@code task} after {@code firstDelayMillis}, then every {@code periodMillis}. */
  void every(long firstDelayMillis, long periodMillis, Runnable task) {
    if (!running) {
      return;
    }
    try {
      track(executor.scheduleAtFixedRate(guarded(task), firstDelayMillis, periodMillis,
          TimeUnit.MILLISECONDS));
    } catch (RejectedExecutionException e) {
      LOG.log(Level.WARNING, "[{0}][membership] timer refused: the executor is shut down", node);
    }
  }

  /** Stops running tasks and cancels every pending timer. Any thread; idempotent. */
  void stop() {
    running = false;
    for (ScheduledFuture<?> timer : timers) {
      timer.cancel(false);
    }
    timers.clear();
  }

  private void track(ScheduledFuture<?> timer) {
    timers.add(timer);
    if (!running) {
      timer.cancel(false); // stop() ran between the check and the schedule
      timers.remove(timer);
    }
  }

  private Runnable guarded(Runnable task) {
    return () -> {
      if (!running) {
        return;
      }
      try {
        task.run();
      } catch (RuntimeException e) {
        LOG.log(Level.ERROR, "[" + node + "][membership] task failed; the node keeps running", e);
      }
    };
  }
}
