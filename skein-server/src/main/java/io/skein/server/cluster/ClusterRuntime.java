package io.skein.server.cluster;

import io.netty.channel.EventLoopGroup;
import io.skein.core.Clock;
import io.skein.core.HostAndPort;
import io.skein.routing.dispatch.ClusterDispatcher;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.pool.TopologyHolder;
import io.skein.routing.topology.Peer;
import io.skein.server.ServerContext;
import io.skein.server.datastore.ExternalRedis;
import io.skein.transport.MessageChannel;
import io.skein.transport.PeerHandler;
import io.skein.transport.PeerTransport;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * A node's part in the cluster's data plane: the topology and its dispatcher, the peer
 * transport, the request path that coordinates client commands, the replica service that
 * answers other coordinators, the retry queue and read repair.
 *
 * <p>Lifecycle: the constructor wires; {@link #start} installs the request path on the server,
 * starts the transport and the retry timer; {@link #close} undoes it.
 */
public final class ClusterRuntime implements PeerHandler {

  /** How often the retry queue is looked at. */
  private static final long RETRY_PERIOD_MILLIS = 100;
  /** Queued writes kept per node before they are counted as given up. */
  private static final int RETRY_CAPACITY = 1_000_000;
  /** How long a write is retried; shorter than the tombstone grace period. */
  private static final long RETRY_MAX_AGE_MILLIS = 5 * 60 * 1000L;

  private final ServerContext server;
  private final TopologyHolder topology;
  private final ClusterDispatcher dispatcher;
  private final PeerTransport transport;
  private final long timeoutMillis;
  private final RetryQueue retries;
  private final ReadRepair readRepair;
  private final ReplicaService replicaService;
  private final RequestPath requestPath;
  private final Map<MessageChannel, PeerHandler> channels = new EnumMap<>(MessageChannel.class);
  private final ClusterMembership membership;
  private final LocalStore store;
  private volatile byte[] refusal;
  private volatile boolean staleReads;
  private ScheduledFuture<?> retryTimer;
  /** Client commands answered with a consistency-level error. */
  public final LongAdder levelFailures = new LongAdder();
  /** PUBLISH fan-outs that did not reach a node. */
  public final LongAdder publishFailures = new LongAdder();

  /**
   * @param external the external Redis this node fronts (proxy mode), started; null for the
   *     embedded engine
   */
  public ClusterRuntime(ServerContext server, ClusterSetup setup, Clock clock,
      ExternalRedis external) {
    this.server = server;
    this.store = external == null ? new LocalStore.Engine(server) : new LocalStore.Proxy(external);
    this.topology = setup.topology();
    this.dispatcher = new ClusterDispatcher(topology);
    this.transport = setup.transport();
    this.timeoutMillis = setup.timeoutMillis();
    this.retries = new RetryQueue(this, clock, RETRY_CAPACITY, RETRY_MAX_AGE_MILLIS);
    this.readRepair = new ReadRepair(this);
    this.replicaService = new ReplicaService(this, server);
    this.requestPath = new RequestPath(this);
    this.membership = setup.membership()
        .map(settings -> new ClusterMembership(this, settings, setup, clock)).orElse(null);
  }

  /** Routes frames of {@code channel} (membership traffic) to {@code handler}. */
  public void onChannel(MessageChannel channel, PeerHandler handler) {
    synchronized (channels) {
      channels.put(channel, handler);
    }
  }

  public void start(EventLoopGroup group) {
    transport.start(this);
    server.router(requestPath);
    retryTimer = group.next().scheduleAtFixedRate(
        () -> retries.runDue(this::isDown), RETRY_PERIOD_MILLIS, RETRY_PERIOD_MILLIS,
        TimeUnit.MILLISECONDS);
    if (membership != null) {
      membership.start();
    }
  }

  /** Leaves the cluster (membership first, so peers see a departure, not a failure), stops. */
  public void close() {
    if (membership != null) {
      membership.leaveAndClose();
    }
    server.router(null);
    if (retryTimer != null) {
      retryTimer.cancel(false);
    }
    transport.close();
  }

  /**
   * Stops (or, with null, resumes) serving client commands: every routed command is answered
   * with {@code error}, e.g. {@code CLUSTERDOWN The cluster is down} after a downing decision.
   */
  public void refuseWith(String error) {
    refuseWith(error, false);
  }

  /** As {@link #refuseWith(String)}; with {@code staleReads}, reads still answer from here. */
  public void refuseWith(String error, boolean staleReads) {
    this.staleReads = staleReads;
    refusal = error == null ? null : ("-" + error + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  byte[] refusal() {
    return refusal;
  }

  /** Whether a refused node still answers reads from its own copy. */
  boolean staleReads() {
    return staleReads;
  }

  @Override
  public void onRequest(HostAndPort from, MessageChannel channel, byte[] payload,
      Responder reply) {
    if (channel == MessageChannel.DATA) {
      replicaService.onRequest(from, channel, payload, reply);
      return;
    }
    PeerHandler handler;
    synchronized (channels) {
      handler = channels.get(channel);
    }
    if (handler == null) {
      reply.fail("channel: " + channel + " (expected: one this node serves)");
    } else {
      handler.onRequest(from, channel, payload, reply);
    }
  }

  @Override
  public void onMessage(HostAndPort from, MessageChannel channel, byte[] payload) {
    PeerHandler handler;
    synchronized (channels) {
      handler = channels.get(channel);
    }
    if (handler != null) {
      handler.onMessage(from, channel, payload);
    }
  }

  /** Delivers a PUBLISH to the subscribers of every other node, in the background. */
  void broadcastPublish(byte[] channel, byte[] message) {
    byte[] frame = ReplicaFrames.request(ReplicaFrames.Op.PUBLISH, 0, 2, 0, 0,
        new byte[][] {channel, message});
    ServerPool pool = topology.current();
    for (Peer peer : pool.peers()) {
      if (peer.index() != pool.localPeerIndex() && pool.isRoutable(peer.index())) {
        transport.request(peer.endpoint().address(), MessageChannel.DATA, frame)
            .whenComplete((bytes, error) -> {
              if (error != null) {
                publishFailures.increment();
              }
            });
      }
    }
  }

  boolean isLocal(HostAndPort address) {
    ServerPool pool = topology.current();
    return pool.peer(pool.localPeerIndex()).endpoint().address().equals(address);
  }

  private boolean isDown(HostAndPort address) {
    ServerPool pool = topology.current();
    for (Peer peer : pool.peers()) {
      if (peer.endpoint().address().equals(address)) {
        return !pool.isRoutable(peer.index());
      }
    }
    return false;
  }

  /** The failure detector's phi for peer {@code index} now; empty without membership. */
  public java.util.OptionalDouble phi(int index) {
    return membership == null ? java.util.OptionalDouble.empty() : membership.node().phi(index);
  }

  /** Membership on this node; null when it runs a static topology without it. */
  ClusterMembership membership() {
    return membership;
  }

  public ServerContext server() {
    return server;
  }

  public TopologyHolder topology() {
    return topology;
  }

  public ClusterDispatcher dispatcher() {
    return dispatcher;
  }

  public PeerTransport transport() {
    return transport;
  }

  int localPeerIndex() {
    return topology.current().localPeerIndex();
  }

  long timeoutMillis() {
    return timeoutMillis;
  }

  RetryQueue retries() {
    return retries;
  }

  ReadRepair readRepair() {
    return readRepair;
  }

  LocalStore store() {
    return store;
  }

  ReplicaService replicaService() {
    return replicaService;
  }

  /** Figures for INFO and /metrics. */
  public ClusterStats stats() {
    return new ClusterStats(replicaService.applied.sum(), replicaService.refused.sum(),
        retries.queued.sum(), retries.delivered.sum(), retries.gaveUp.sum(), retries.size(),
        readRepair.repaired.sum(), readRepair.failed.sum(), levelFailures.sum(),
        publishFailures.sum());
  }
}
