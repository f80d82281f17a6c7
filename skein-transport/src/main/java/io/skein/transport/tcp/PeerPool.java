package io.skein.transport.tcp;

import io.skein.core.Clock;
import io.skein.core.HostAndPort;
import io.skein.transport.PeerUnavailableException;
import io.skein.transport.TransportStats;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * The outbound connections to one peer, and the queue of requests waiting for room on them.
 *
 * <ul>
 *   <li>Connections open lazily, all slots at once, on the first request.</li>
 *   <li>Requests go round-robin to ready connections with fewer than the bound in flight; when
 *       all are full (or still connecting), a request waits in the queue and leaves it as soon
 *       as a reply frees room (backpressure). Only a full queue fails a request at once.</li>
 *   <li>After a failed connect, the pool waits a jittered exponential backoff before the next
 *       attempt; while it waits and no connection is up, one-way messages are dropped and
 *       requests fail at once with a {@link PeerUnavailableException} naming the last failure,
 *       so a coordinator can move on to another replica instead of waiting, except that a
 *       request may start an attempt of its own now and then ({@link ReconnectPolicy}).</li>
 *   <li>A connection that closes fails its own in-flight requests; queued requests stay queued
 *       and a new connection opens for them at once (the peer was reachable a moment ago).</li>
 * </ul>
 *
 * <p>Thread-safety: one lock guards the slots, the queue and the backoff; writes and future
 * completions happen outside it.
 */
final class PeerPool {

  private final HostAndPort peer;
  private final boolean tls;
  private final PeerConnection[] slots;
  private final ArrayDeque<PendingRequest> waiting = new ArrayDeque<>();
  /** {@code waiting.size()}, written under the lock, readable without it. */
  private volatile int waitingSize;
  private final int maxOutstanding;
  private final int maxQueued;
  private final ReconnectPolicy reconnect;
  private final TransportStats stats;
  private final Consumer<PeerConnection> connector;
  private int next;
  private boolean closed;

  PeerPool(HostAndPort peer, int size, boolean tls, TransportConfig config, Clock clock,
      RandomGenerator random, TransportStats stats, Consumer<PeerConnection> connector) {
    this.peer = peer;
    this.tls = tls;
    this.slots = new PeerConnection[size];
    this.maxOutstanding = config.maxOutstandingPerConnection();
    this.maxQueued = config.maxQueuedPerPeer();
    this.reconnect = new ReconnectPolicy(config.reconnectBackoff(), clock, random);
    this.stats = stats;
    this.connector = connector;
  }

  HostAndPort peer() {
    return peer;
  }

  boolean tls() {
    return tls;
  }

  TransportStats stats() {
    return stats;
  }

  /** Sends the request now, queues it, or fails it, as the class comment says. */
  void submit(PendingRequest request) {
    PeerConnection target = null;
    String refusal = null;
    List<PeerConnection> toOpen = List.of();
    List<PeerConnection> moved = List.of();
    synchronized (this) {
      if (closed) {
        refusal = "transport closed";
      } else if (waiting.isEmpty() && (target = pickFor(request)) != null) {
        target.reserve(request);
      } else if (anyOpen()) {
        refusal = enqueue(request);
        // A reply may have freed room since pickFor looked, and its drain skipped this pool
        // while the queue still seemed empty: look again now the queue is visibly not.
        moved = refusal == null ? moveWaiting() : List.of();
      } else if ((refusal = reconnect.refusal(request.isOneWay())) == null) {
        refusal = enqueue(request);
        toOpen = refusal == null ? openSlots() : List.of();
      }
    }
    if (target != null) {
      target.scheduleWrite();
    } else if (refusal != null) {
      refuse(request, refusal);
    }
    moved.forEach(PeerConnection::scheduleWrite);
    toOpen.forEach(connector);
  }

  private String enqueue(PendingRequest request) {
    if (waiting.size() >= maxQueued) {
      return "queue full: " + waiting.size() + " requests waiting (expected: <= " + maxQueued
          + "; the peer is not keeping up)";
    }
    waiting.add(request);
    waitingSize = waiting.size();
    return null;
  }

  private PeerConnection pickFor(PendingRequest request) {
    for (int i = 0; i < slots.length; i++) {
      PeerConnection c = slots[(next + i) % slots.length];
      if (c != null && (request.isOneWay() ? c.ready() : c.hasRoom(maxOutstanding))) {
        next = (next + i + 1) % slots.length;
        return c;
      }
    }
    return null;
  }

  private boolean anyOpen() {
    for (PeerConnection c : slots) {
      if (c != null) {
        return true;
      }
    }
    return false;
  }

  private List<PeerConnection> openSlots() {
    reconnect.attempting();
    List<PeerConnection> opened = new ArrayList<>();
    for (int i = 0; i < slots.length; i++) {
      if (slots[i] == null) {
        slots[i] = new PeerConnection(this);
        opened.add(slots[i]);
      }
    }
    return opened;
  }

  /**
   * Whether requests wait for room, read without the lock: a connection that frees room calls
   * {@link #drain} only then. Safe because each side writes before it reads the other's state:
   * a freed slot is a write to the connection's in-flight map before this read, and a queued
   * request is a write to this field before {@link #submit} looks for room again.
   */
  boolean hasWaiting() {
    return waitingSize > 0;
  }

  /** Moves queued requests onto connections with room, oldest first. */
  void drain() {
    List<PeerConnection> moved;
    synchronized (this) {
      moved = moveWaiting();
    }
    moved.forEach(PeerConnection::scheduleWrite);
  }

  /** Under the lock: moves what fits out of the queue; returns the connections to write. */
  private List<PeerConnection> moveWaiting() {
    List<PeerConnection> moved = List.of();
    while (!waiting.isEmpty()) {
      PendingRequest head = waiting.peek();
      if (head.isDone()) {
        waiting.poll();
        continue;
      }
      PeerConnection c = pickFor(head);
      if (c == null) {
        break;
      }
      waiting.poll();
      c.reserve(head);
      if (moved.isEmpty()) {
        moved = new ArrayList<>(slots.length);
      }
      if (!moved.contains(c)) {
        moved.add(c);
      }
    }
    waitingSize = waiting.size();
    return moved;
  }

  void onEstablished(PeerConnection connection) {
    synchronized (this) {
      stats.connected(reconnect.established());
    }
    drain();
  }

  void onConnectFailed(PeerConnection connection, String reason) {
    List<PendingRequest> stranded = List.of();
    synchronized (this) {
      stats.connectFailed();
      release(connection);
      reconnect.failed(reason);
      if (!anyOpen()) {
        stranded = new ArrayList<>(waiting);
        waiting.clear();
        waitingSize = 0;
      }
    }
    for (PendingRequest request : stranded) {
      refuse(request, "cannot connect (" + reason + ")");
    }
  }

  void onClosed(PeerConnection connection, String reason) {
    List<PeerConnection> toOpen = List.of();
    synchronized (this) {
      release(connection);
      reconnect.closed(reason);
      if (!closed && !waiting.isEmpty() && !anyOpen()) {
        toOpen = openSlots();
      }
    }
    toOpen.forEach(connector);
  }

  private void release(PeerConnection connection) {
    for (int i = 0; i < slots.length; i++) {
      if (slots[i] == connection) {
        slots[i] = null;
      }
    }
  }

  /**
   * Takes out every request past its deadline at {@code now}, queued or in flight, and adds it
   * to {@code expired}; the queue then moves into the room they leave. Queued requests expire
   * in queue order, as all share one timeout, so only the head of the queue is looked at.
   */
  void expire(long now, List<PendingRequest> expired) {
    int before = expired.size();
    PeerConnection[] open;
    synchronized (this) {
      while (!waiting.isEmpty()
          && (waiting.peek().isDone() || waiting.peek().expired(now))) {
        PendingRequest head = waiting.poll();
        if (!head.isDone()) {
          expired.add(head);
        }
      }
      waitingSize = waiting.size();
      open = slots.clone();
    }
    for (PeerConnection c : open) {
      if (c != null) {
        c.expire(now, expired);
      }
    }
    if (expired.size() > before || hasWaiting()) {
      drain(); // also a safety net: whatever waits is looked at once per sweep
    }
  }

  private void refuse(PendingRequest request, String reason) {
    if (request.isOneWay()) {
      stats.messageDropped();
    } else if (request.fail(new PeerUnavailableException(peer, reason))) {
      stats.requestFailed();
    }
  }

  /** Closes every connection and fails every queued request. */
  void close() {
    List<PendingRequest> stranded;
    List<PeerConnection> open = new ArrayList<>();
    synchronized (this) {
      closed = true;
      stranded = new ArrayList<>(waiting);
      waiting.clear();
      waitingSize = 0;
      for (PeerConnection c : slots) {
        if (c != null) {
          open.add(c);
        }
      }
    }
    for (PeerConnection c : open) {
      c.abort("transport closed");
    }
    for (PendingRequest request : stranded) {
      refuse(request, "transport closed");
    }
  }

  /** Requests waiting for room (for tests and metrics). */
  synchronized int queued() {
    return waiting.size();
  }
}
