package io.skein.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A {@link ScheduledExecutorService} that runs nothing by itself: tasks wait until the test calls
 * {@link #runDue()} (everything due at the {@link ManualClock}'s time) or {@link #advance}
 * (moves the clock task by task). Every task runs on the calling thread, one at a time, in due
 * order and, for equal due times, in the order it was submitted, so a driver given this
 * executor is as deterministic as the cores it runs.
 *
 * <p>Semantics follow {@code ScheduledThreadPoolExecutor}: a task that throws completes its
 * future exceptionally (a periodic one stops); fixed-rate tasks keep their grid, fixed-delay
 * tasks count from the end of the previous run. {@link #shutdown} refuses new tasks and drops
 * periodic ones but keeps queued one-shot tasks; {@link #shutdownNow} drops everything.
 * {@link #awaitTermination} does not wait: time only moves when the test moves it.
 *
 * <p>Thread-safe: tasks may be submitted from any thread (a transport thread, say).
 */
public final class ManualScheduler extends AbstractExecutorService
    implements ScheduledExecutorService {

  private final ManualClock clock;
  private final PriorityQueue<Task<?>> queue = new PriorityQueue<>();
  private long sequence;
  private boolean shutdown;

  public ManualScheduler(ManualClock clock) {
    this.clock = clock;
  }

  public ManualClock clock() {
    return clock;
  }

  /**
   * Runs every task due at the clock's current time, including tasks they schedule for now;
   * returns how many ran.
   */
  public int runDue() {
    int ran = 0;
    while (true) {
      Task<?> next;
      synchronized (this) {
        next = queue.peek();
        if (next == null || next.due - clock.nanos() > 0) {
          return ran;
        }
        queue.poll();
      }
      next.run();
      ran++;
    }
  }

  /**
   * Moves the clock forward by {@code duration}, stopping at every task's due time to run it;
   * ends at exactly the clock's time plus {@code duration}.
   */
  public void advance(Duration duration) {
    long end = clock.nanos() + duration.toNanos();
    runDue();
    while (nextDueNanos() <= end) {
      clock.advance(Math.max(0, nextDueNanos() - clock.nanos()), TimeUnit.NANOSECONDS);
      runDue();
    }
    clock.advance(end - clock.nanos(), TimeUnit.NANOSECONDS);
    runDue();
  }

  /** When the next task is due (clock nanos), or {@link Long#MAX_VALUE} when none is queued. */
  public synchronized long nextDueNanos() {
    Task<?> head = queue.peek();
    return head == null ? Long.MAX_VALUE : head.due;
  }

  /** Tasks queued (cancelled ones leave the queue at once). */
  public synchronized int pending() {
    return queue.size();
  }

  @Override
  public void execute(Runnable command) {
    schedule(command, 0, TimeUnit.NANOSECONDS);
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    return enqueue(new Task<Void>(Executors.callable(command, null), due(delay, unit), 0));
  }

  @Override
  public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
    return enqueue(new Task<>(callable, due(delay, unit), 0));
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay,
      long period, TimeUnit unit) {
    return enqueue(new Task<Void>(Executors.callable(command, null), due(initialDelay, unit),
        positive(period, unit)));
  }

  @Override
  public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay,
      long delay, TimeUnit unit) {
    return enqueue(new Task<Void>(Executors.callable(command, null), due(initialDelay, unit),
        -positive(delay, unit)));
  }

  @Override
  public synchronized void shutdown() {
    shutdown = true;
    queue.removeIf(Task::isPeriodic);
  }

  @Override
  public synchronized List<Runnable> shutdownNow() {
    shutdown = true;
    List<Runnable> dropped = new ArrayList<>(queue);
    queue.clear();
    return dropped;
  }

  @Override
  public synchronized boolean isShutdown() {
    return shutdown;
  }

  @Override
  public synchronized boolean isTerminated() {
    return shutdown && queue.isEmpty();
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return isTerminated();
  }

  private long due(long delay, TimeUnit unit) {
    return clock.nanos() + Math.max(0, unit.toNanos(delay));
  }

  private static long positive(long period, TimeUnit unit) {
    long nanos = unit.toNanos(period);
    if (nanos <= 0) {
      throw new IllegalArgumentException("period: " + period + " " + unit + " (expected: > 0)");
    }
    return nanos;
  }

  private synchronized <V> Task<V> enqueue(Task<V> task) {
    if (shutdown) {
      throw new RejectedExecutionException("manual scheduler: shut down (expected: running)");
    }
    task.seq = sequence++;
    queue.add(task);
    return task;
  }

  private synchronized void requeue(Task<?> task) {
    if (!shutdown && !task.isCancelled()) {
      task.seq = sequence++;
      queue.add(task);
    }
  }

  private synchronized void dequeue(Task<?> task) {
    queue.remove(task);
  }

  /** One queued task; {@code period} > 0 fixed rate, < 0 fixed delay, 0 one-shot. */
  private final class Task<V> extends FutureTask<V> implements RunnableScheduledFuture<V> {
    private final long period;
    private long due;
    private long seq;

    Task(Callable<V> callable, long due, long period) {
      super(callable);
      this.due = due;
      this.period = period;
    }

    @Override
    public boolean isPeriodic() {
      return period != 0;
    }

    @Override
    public void run() {
      if (!isPeriodic()) {
        super.run();
      } else if (runAndReset()) {
        due = period > 0 ? due + period : clock.nanos() - period;
        requeue(this);
      }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      dequeue(this);
      return cancelled;
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(due - clock.nanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
      if (other instanceof Task<?> t) {
        return due != t.due ? Long.compare(due, t.due) : Long.compare(seq, t.seq);
      }
      return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }
  }
}
