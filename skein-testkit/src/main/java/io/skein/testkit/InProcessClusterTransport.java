package io.skein.testkit;

import io.skein.core.HostAndPort;
import io.skein.transport.ClusterSecret;
import io.skein.transport.MessageChannel;
import io.skein.transport.PeerErrorException;
import io.skein.transport.PeerHandler;
import io.skein.transport.PeerTransport;
import io.skein.transport.PeerUnavailableException;
import io.skein.transport.RateLimitedLog;
import io.skein.transport.TransportStats;
import io.skein.transport.frame.FrameSession;
import io.skein.transport.frame.FrameType;
import io.skein.transport.frame.Opened;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link PeerTransport} on an {@link InProcessRegistry}: the same contract as the TCP
 * transport, with frames that still go through the HELLO handshake, HMAC and sequence checks of
 * {@link FrameSession} (a transport with another secret cannot talk to this one), but travel
 * through the registry's queue instead of sockets.
 *
 * <p>Connections are opened at the first request to a peer: refused at once when nothing
 * listens at the address or a partition separates the two, so such a request fails with a
 * {@link PeerUnavailableException}. On an open connection a partition or loss drops frames, and
 * the request times out. A peer that closes fails what is in flight to it. Requests beyond
 * {@code maxOutstandingPerPeer} wait in a queue of {@code maxQueuedPerPeer}.
 *
 * <p>Handlers and future completions run on the thread that delivers (see the registry). All
 * public methods are thread-safe.
 */
public final class InProcessClusterTransport implements PeerTransport {

  private final InProcessRegistry registry;
  private final HostAndPort address;
  private final ClusterSecret secret;
  private final long requestTimeoutNanos;
  private final int maxOutstanding;
  private final int maxQueued;
  private final TransportStats stats = new TransportStats();
  private final RateLimitedLog log;
  private final AtomicLong correlations = new AtomicLong();
  private final Map<HostAndPort, InProcessPeer> peers = new HashMap<>();
  private volatile PeerHandler handler;
  private volatile boolean closed;

  /** Defaults as the TCP transport's: 5 s request timeout, 1024 outstanding, 8192 queued. */
  public InProcessClusterTransport(InProcessRegistry registry, HostAndPort address,
      ClusterSecret secret) {
    this(registry, address, secret, Duration.ofSeconds(5), 1024, 8192);
  }

  public InProcessClusterTransport(InProcessRegistry registry, HostAndPort address,
      ClusterSecret secret, Duration requestTimeout, int maxOutstandingPerPeer,
      int maxQueuedPerPeer) {
    this.registry = registry;
    this.address = address;
    this.secret = secret;
    this.requestTimeoutNanos = requestTimeout.toNanos();
    this.maxOutstanding = maxOutstandingPerPeer;
    this.maxQueued = maxQueuedPerPeer;
    this.log = new RateLimitedLog(System.getLogger(InProcessClusterTransport.class.getName()),
        registry.clock(), Duration.ofSeconds(10));
  }

  @Override
  public void start(PeerHandler peerHandler) {
    this.handler = peerHandler;
    registry.register(this);
  }

  @Override
  public HostAndPort localAddress() {
    return address;
  }

  @Override
  public TransportStats stats() {
    return stats;
  }

  @Override
  public CompletableFuture<byte[]> request(HostAndPort peer, MessageChannel channel,
      byte[] payload) {
    OutboundRequest request =
        new OutboundRequest(peer, channel, payload, correlations.incrementAndGet());
    VirtualConnection connection;
    try {
      connection = connectionTo(peer);
    } catch (PeerUnavailableException e) {
      fail(request, e);
      return request.future;
    }
    registry.after(requestTimeoutNanos, () -> timedOut(request));
    String refusal = null;
    synchronized (this) {
      InProcessPeer state = peers.get(peer);
      if (closed || state.connection != connection) {
        refusal = closed ? "transport closed" : "connection lost before the request was sent";
      } else if (state.inFlight.size() < maxOutstanding && state.waiting.isEmpty()) {
        dispatch(state, request);
      } else if (state.waiting.size() < maxQueued) {
        state.waiting.add(request);
      } else {
        refusal = "queue full: " + state.waiting.size() + " requests waiting (expected: <= "
            + maxQueued + "; the peer is not keeping up)";
      }
    }
    if (refusal != null) {
      fail(request, new PeerUnavailableException(peer, refusal));
    }
    return request.future;
  }

  @Override
  public void send(HostAndPort peer, MessageChannel channel, byte[] payload) {
    VirtualConnection connection;
    try {
      connection = connectionTo(peer);
    } catch (PeerUnavailableException e) {
      stats.messageDropped();
      return;
    }
    synchronized (this) {
      if (closed || peers.get(peer).connection != connection) {
        stats.messageDropped();
        return;
      }
      byte[] frame = connection.initiatorSession().seal(FrameType.ONEWAY, channel.code(), 0,
          payload);
      transmit(connection, frame);
    }
  }

  /** Seals and sends a request; the caller holds this transport's lock. */
  private void dispatch(InProcessPeer state, OutboundRequest request) {
    state.inFlight.put(request.correlationId, request);
    VirtualConnection connection = state.connection;
    byte[] frame = connection.initiatorSession().seal(FrameType.REQUEST, request.channel.code(),
        request.correlationId, request.payload);
    transmit(connection, frame);
  }

  private void transmit(VirtualConnection connection, byte[] frame) {
    stats.frameSent();
    InProcessClusterTransport to = connection.responder();
    registry.transmit(address, to, () -> to.receiveAsResponder(connection, frame));
  }

  private VirtualConnection connectionTo(HostAndPort peer) {
    synchronized (this) {
      if (closed || handler == null) {
        throw new PeerUnavailableException(peer, closed ? "transport closed"
            : "transport not started");
      }
      InProcessPeer state = peers.computeIfAbsent(peer, p -> new InProcessPeer());
      if (state.connection != null) {
        return state.connection;
      }
    }
    VirtualConnection opened = InProcessHandshake.open(this, peer, registry);
    synchronized (this) {
      InProcessPeer state = peers.get(peer);
      if (state.connection == null) {
        state.connection = opened;
        stats.connected(state.reachedBefore);
        state.reachedBefore = true;
      }
      return state.connection;
    }
  }

  ClusterSecret secret() {
    return secret;
  }

  RateLimitedLog log() {
    return log;
  }

  /** A frame of {@code connection} reached this transport as its responder. */
  void receiveAsResponder(VirtualConnection connection, byte[] frame) {
    InProcessDispatch.atResponder(this, handler, registry, connection, frame);
  }

  boolean isClosed() {
    return closed;
  }

  /** A frame of {@code connection} reached this transport as its initiator (a reply). */
  void receiveAsInitiator(VirtualConnection connection, byte[] frame) {
    OutboundRequest answered = null;
    Opened opened;
    synchronized (this) {
      if (closed) {
        return;
      }
      opened = connection.initiatorSession().open(frame);
      if (opened instanceof Opened.Accepted accepted) {
        InProcessPeer state = peers.get(connection.responder().localAddress());
        answered = state.inFlight.remove(accepted.frame().correlationId());
        drain(state);
      }
    }
    if (opened instanceof Opened.Rejected rejected) {
      InProcessDispatch.rejected(this, connection.initiatorSession().peer(), rejected);
      return;
    }
    stats.frameReceived();
    if (answered == null || !(opened instanceof Opened.Accepted accepted)) {
      return; // timed out earlier, or the peer was gone
    }
    if (accepted.frame().type() == FrameType.REPLY) {
      answered.future.complete(accepted.frame().payload());
    } else {
      fail(answered, new PeerErrorException(answered.peer,
          new String(accepted.frame().payload(), StandardCharsets.UTF_8)));
    }
  }

  /** Sends waiting requests while there is room; the caller holds this transport's lock. */
  private void drain(InProcessPeer state) {
    while (state.connection != null && !state.waiting.isEmpty()
        && state.inFlight.size() < maxOutstanding) {
      OutboundRequest next = state.waiting.poll();
      if (!next.future.isDone()) {
        dispatch(state, next);
      }
    }
  }

  private void timedOut(OutboundRequest request) {
    synchronized (this) {
      InProcessPeer state = peers.get(request.peer);
      if (state != null) {
        state.waiting.remove(request);
        if (state.inFlight.remove(request.correlationId, request)) {
          drain(state);
        }
      }
    }
    if (request.future.completeExceptionally(new TimeoutException(request.peer
        + ": no reply within " + Duration.ofNanos(requestTimeoutNanos).toMillis() + " ms"))) {
      stats.requestTimedOut();
    }
  }

  /** The peer at {@code peer} closed: what is in flight or waiting for it fails. */
  void peerGone(HostAndPort peer) {
    failAll(peer, "connection lost before the reply (peer closed)");
  }

  private void failAll(HostAndPort peer, String reason) {
    List<OutboundRequest> lost = new ArrayList<>();
    synchronized (this) {
      InProcessPeer state = peers.get(peer);
      if (state == null) {
        return;
      }
      state.connection = null;
      lost.addAll(state.takeAll());
    }
    for (OutboundRequest request : lost) {
      fail(request, new PeerUnavailableException(peer, reason));
    }
  }

  private void fail(OutboundRequest request, Throwable cause) {
    if (request.future.completeExceptionally(cause)) {
      stats.requestFailed();
    }
  }

  @Override
  public void close() {
    List<HostAndPort> known;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      known = new ArrayList<>(peers.keySet());
    }
    registry.unregister(this);
    for (HostAndPort peer : known) {
      failAll(peer, "transport closed");
    }
  }
}
