package io.skein.server.cluster;

import io.skein.core.Clock;
import io.skein.core.HostAndPort;
import io.skein.transport.MessageChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * Writes that have not reached a replica yet: remote-DC copies that failed, writes to a replica
 * that did not answer, and hints for owners that were Down when the write was planned. Each is
 * retried with exponential backoff until it lands; while its target is Down it waits as a hint.
 * Nothing leaves the queue silently: an entry older than {@code maxAgeMillis}, or one that does
 * not fit because the queue is full, is counted in {@link #gaveUp}.
 *
 * <p>Design note. Retrying can apply a read-modify-write command twice when the first attempt
 * did land but its reply was lost; overwrites are safe by version, and a replica skips a write
 * whose version its key already holds, which covers the common case of a lost reply.
 *
 * <p>Threading: {@link #add} from any thread; {@link #runDue} from one timer thread.
 */
final class RetryQueue {

  private record Entry(HostAndPort peer, byte[] frame, long firstAt, int attempts, long nextAt) {}

  private static final long FIRST_BACKOFF_MILLIS = 100;
  private static final long MAX_BACKOFF_MILLIS = 5_000;

  private final ClusterRuntime cluster;
  private final Clock clock;
  private final int capacity;
  private final long maxAgeMillis;
  private final ArrayDeque<Entry> queue = new ArrayDeque<>();
  private int inFlight;
  final LongAdder queued = new LongAdder();
  final LongAdder delivered = new LongAdder();
  final LongAdder gaveUp = new LongAdder();

  RetryQueue(ClusterRuntime cluster, Clock clock, int capacity, long maxAgeMillis) {
    this.cluster = cluster;
    this.clock = clock;
    this.capacity = capacity;
    this.maxAgeMillis = maxAgeMillis;
  }

  void add(HostAndPort peer, byte[] frame) {
    long now = clock.millis();
    synchronized (this) {
      if (queue.size() + inFlight >= capacity) {
        gaveUp.increment();
        return;
      }
      queue.add(new Entry(peer, frame, now, 0, now + FIRST_BACKOFF_MILLIS));
    }
    queued.increment();
  }

  synchronized int size() {
    return queue.size() + inFlight;
  }

  /** Sends the entries that are due; {@code down} tells which peers are Down right now. */
  void runDue(Predicate<HostAndPort> down) {
    long now = clock.millis();
    List<Entry> due = new ArrayList<>();
    synchronized (this) {
      for (int n = queue.size(); n > 0; n--) {
        Entry e = queue.poll();
        if (e.nextAt > now || down.test(e.peer)) {
          if (now - e.firstAt > maxAgeMillis) {
            gaveUp.increment();
          } else {
            queue.add(e);
          }
        } else {
          due.add(e);
          inFlight++;
        }
      }
    }
    for (Entry e : due) {
      cluster.transport().request(e.peer, MessageChannel.DATA, e.frame)
          .whenComplete((bytes, error) -> settle(e, error == null && ok(bytes)));
    }
  }

  private static boolean ok(byte[] reply) {
    return reply.length > 0 && reply[0] == 0;
  }

  private void settle(Entry e, boolean success) {
    long now = clock.millis();
    synchronized (this) {
      inFlight--;
      if (success) {
        delivered.increment();
        return;
      }
      if (now - e.firstAt > maxAgeMillis) {
        gaveUp.increment();
        return;
      }
      long backoff = Math.min(MAX_BACKOFF_MILLIS, FIRST_BACKOFF_MILLIS << Math.min(e.attempts, 10));
      queue.add(new Entry(e.peer, e.frame, e.firstAt, e.attempts + 1, now + backoff));
    }
  }
}
