package io.skein.server.datastore;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Commands handed to one connection from any thread, waiting for its event loop to write them.
 * Bounded: an offer beyond the capacity is refused, so a Redis that does not keep up costs a
 * fast error rather than unbounded memory.
 *
 * <p>Draining is batched: only the first offer after a drain began asks its caller to schedule
 * another ({@link #offer} returns {@link Offer#SCHEDULE_DRAIN}), so a burst of commands from
 * many threads costs one task on the event loop and one flush.
 *
 * <p>Threading: {@link #offer} from any thread; {@link #poll} and {@link #drainStarted} from the
 * draining event loop; {@link #failAll} from either.
 */
final class SubmissionQueue {

  /** What an offer did. */
  enum Offer { QUEUED, SCHEDULE_DRAIN, FULL }

  private final int capacity;
  private final ConcurrentLinkedQueue<Pending> items = new ConcurrentLinkedQueue<>();
  private final AtomicInteger size = new AtomicInteger();
  private final AtomicBoolean drainScheduled = new AtomicBoolean();

  SubmissionQueue(int capacity) {
    this.capacity = capacity;
  }

  int capacity() {
    return capacity;
  }

  Offer offer(Pending p) {
    if (size.incrementAndGet() > capacity) {
      size.decrementAndGet();
      return Offer.FULL;
    }
    items.add(p);
    return drainScheduled.compareAndSet(false, true) ? Offer.SCHEDULE_DRAIN : Offer.QUEUED;
  }

  /** Called first by a drain: offers from now on schedule the next one. */
  void drainStarted() {
    drainScheduled.set(false);
  }

  /** The oldest command, or null. */
  Pending poll() {
    Pending p = items.poll();
    if (p != null) {
      size.decrementAndGet();
    }
    return p;
  }

  boolean isEmpty() {
    return items.isEmpty();
  }

  /** Commands waiting now. */
  int size() {
    return size.get();
  }

  /** Takes every waiting command out and hands each to {@code failure}. */
  void failAll(Consumer<Pending> failure) {
    Pending p;
    while ((p = poll()) != null) {
      failure.accept(p);
    }
  }
}
