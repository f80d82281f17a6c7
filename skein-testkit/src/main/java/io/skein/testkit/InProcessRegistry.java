package io.skein.testkit;

import io.skein.core.Clock;
import io.skein.core.HostAndPort;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

/**
 * One in-memory "network" shared by the {@link InProcessClusterTransport}s that should reach each
 * other: who listens at which address, and what happens to a frame on the way (loss, delay,
 * partitions, one-way blocks). Frames on one link keep their order, as on a TCP connection.
 *
 * <p>Two ways to drive it, chosen at construction:
 * <ul>
 *   <li>{@link #manual}: nothing happens by itself. Frames and request timeouts wait in a queue
 *       until {@link #deliverDue()} runs everything due at the clock's current time; a simulation
 *       advances its {@code ManualClock} and calls it. Fully deterministic for a given seed.</li>
 *   <li>{@link #scheduled}: delivery and timeouts run on the given executor after their real
 *       delay, for tests that use futures as they would on TCP.</li>
 * </ul>
 * Either way every delivery runs one at a time, in due order, so handlers see one frame at a
 * time. Loss, delays and session nonces come from the seeded generator.
 *
 * <p>Thread-safe.
 */
public final class InProcessRegistry {

  private record Event(long due, long seq, Runnable action) {}

  private final Clock clock;
  private final RandomGenerator random;
  private final ScheduledExecutorService executor;
  private final LinkTable links = new LinkTable();
  private final Map<HostAndPort, InProcessClusterTransport> listeners = new HashMap<>();
  private final Map<List<HostAndPort>, Long> lastDue = new HashMap<>();
  private final PriorityQueue<Event> events = new PriorityQueue<>(
      (a, b) -> a.due != b.due ? Long.compare(a.due, b.due) : Long.compare(a.seq, b.seq));
  private final Object deliveryLock = new Object();
  private long eventSeq;
  private long framesLost;
  private long framesBlocked;

  private InProcessRegistry(Clock clock, RandomGenerator random,
      ScheduledExecutorService executor) {
    this.clock = clock;
    this.random = random;
    this.executor = executor;
  }

  /** A network driven by {@link #deliverDue()} at the times {@code clock} shows. */
  public static InProcessRegistry manual(Clock clock, RandomGenerator random) {
    return new InProcessRegistry(clock, random, null);
  }

  /** A network that delivers on {@code executor} in real time (the system clock). */
  public static InProcessRegistry scheduled(ScheduledExecutorService executor,
      RandomGenerator random) {
    return new InProcessRegistry(Clock.system(), random, executor);
  }

  public Clock clock() {
    return clock;
  }

  /** Conditions for every link without its own. */
  public synchronized void setDefaultConditions(LinkConditions conditions) {
    links.setDefaults(conditions);
  }

  /** Conditions for frames from {@code from} to {@code to} (one direction). */
  public synchronized void setConditions(HostAndPort from, HostAndPort to,
      LinkConditions conditions) {
    links.set(from, to, conditions);
  }

  /** Nothing passes between the two sides, either way, until {@link #heal()}. */
  public synchronized void partition(Collection<HostAndPort> side,
      Collection<HostAndPort> otherSide) {
    links.partition(side, otherSide);
  }

  /** Frames from {@code from} to {@code to} are lost; the other direction still works. */
  public synchronized void block(HostAndPort from, HostAndPort to) {
    links.block(from, to);
  }

  public synchronized void unblock(HostAndPort from, HostAndPort to) {
    links.unblock(from, to);
  }

  /** Removes every partition and block (conditions stay). */
  public synchronized void heal() {
    links.heal();
  }

  /** Whether a frame from {@code from} would currently get through to {@code to} at all. */
  public synchronized boolean reachable(HostAndPort from, HostAndPort to) {
    return listeners.containsKey(to) && !links.isBlocked(from, to);
  }

  /** Frames lost to link loss so far. */
  public synchronized long framesLost() {
    return framesLost;
  }

  /** Frames dropped by a block or partition so far. */
  public synchronized long framesBlocked() {
    return framesBlocked;
  }

  /** Frames and timers not yet run. */
  public synchronized int pending() {
    return events.size();
  }

  /** When the next queued event is due (clock nanos), or {@code Long.MAX_VALUE} if none. */
  public synchronized long nextDueNanos() {
    Event head = events.peek();
    return head == null ? Long.MAX_VALUE : head.due;
  }

  /**
   * Runs every event due at the clock's time, including those that become due while running
   * (zero-delay replies); returns how many ran.
   */
  public int deliverDue() {
    int ran = 0;
    synchronized (deliveryLock) {
      while (true) {
        Event next;
        synchronized (this) {
          Event head = events.peek();
          if (head == null || head.due - clock.nanos() > 0) {
            return ran;
          }
          next = events.poll();
        }
        next.action.run();
        ran++;
      }
    }
  }

  synchronized void register(InProcessClusterTransport transport) {
    HostAndPort address = transport.localAddress();
    if (listeners.containsKey(address)) {
      throw new IllegalStateException("address: " + address
          + " already in use (expected: one transport per address)");
    }
    listeners.put(address, transport);
  }

  /** Removes the transport and tells every other one that its connections to it are gone. */
  void unregister(InProcessClusterTransport transport) {
    List<InProcessClusterTransport> others;
    synchronized (this) {
      if (!listeners.remove(transport.localAddress(), transport)) {
        return;
      }
      others = new ArrayList<>(listeners.values());
    }
    for (InProcessClusterTransport other : others) {
      other.peerGone(transport.localAddress());
    }
  }

  /** The transport listening at {@code address}, or null. */
  synchronized InProcessClusterTransport listener(HostAndPort address) {
    return listeners.get(address);
  }

  synchronized byte[] nonce(int length) {
    byte[] nonce = new byte[length];
    random.nextBytes(nonce);
    return nonce;
  }

  /**
   * Sends one frame from {@code from} to the transport {@code to}; {@code deliver} runs at the
   * receiver when (and if) it arrives. Blocks and loss are decided now; a block raised while the
   * frame is on its way drops it on arrival.
   */
  synchronized void transmit(HostAndPort from, InProcessClusterTransport to, Runnable deliver) {
    HostAndPort target = to.localAddress();
    if (links.isBlocked(from, target)) {
      framesBlocked++;
      return;
    }
    LinkConditions c = links.get(from, target);
    if (c.loss() > 0 && random.nextDouble() < c.loss()) {
      framesLost++;
      return;
    }
    long min = c.minDelay().toNanos();
    long max = c.maxDelay().toNanos();
    long delay = max > min ? min + random.nextLong(max - min + 1) : min;
    long due = clock.nanos() + delay;
    // A frame never overtakes an earlier one on the same link, as on a TCP connection.
    List<HostAndPort> link = List.of(from, target);
    due = Math.max(due, lastDue.getOrDefault(link, Long.MIN_VALUE));
    lastDue.put(link, due);
    schedule(due, () -> {
      if (listener(target) != to) {
        return; // the receiver closed (or was replaced) while the frame was on its way
      }
      synchronized (this) {
        if (links.isBlocked(from, target)) {
          framesBlocked++;
          return;
        }
      }
      deliver.run();
    });
  }

  /** Runs {@code action} after {@code delayNanos} (a request timeout). */
  synchronized void after(long delayNanos, Runnable action) {
    schedule(clock.nanos() + delayNanos, action);
  }

  private void schedule(long due, Runnable action) {
    events.add(new Event(due, eventSeq++, action));
    if (executor != null) {
      try {
        executor.schedule(this::deliverDue, Math.max(0, due - clock.nanos()),
            TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException e) {
        // The test is tearing the executor down; the event stays queued and never runs.
      }
    }
  }
}
