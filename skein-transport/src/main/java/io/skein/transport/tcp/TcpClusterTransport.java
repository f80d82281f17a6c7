package io.skein.transport.tcp;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.handler.ssl.OptionalSslHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.skein.core.Clock;
import io.skein.core.HostAndPort;
import io.skein.transport.MessageChannel;
import io.skein.transport.PeerHandler;
import io.skein.transport.PeerLocality;
import io.skein.transport.PeerLocator;
import io.skein.transport.PeerTransport;
import io.skein.transport.PeerUnavailableException;
import io.skein.transport.RateLimitedLog;
import io.skein.transport.SecureServerOption;
import io.skein.transport.TransportStats;
import io.skein.transport.frame.FrameCodec;
import io.skein.transport.frame.FrameSession;
import io.skein.transport.frame.Hello;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * The {@link PeerTransport} on the peer port ({@code dyn_listen}): Netty, with the native epoll
 * transport where the platform has it. Outbound traffic to each peer goes through a
 * {@link PeerPool} of {@code local_peer_connections} or {@code remote_peer_connections}
 * connections; inbound connections serve the requests peers send and carry the replies back.
 *
 * <p>Each connection is, in order: TLS when {@code secure_server_option} says so for the peer's
 * {@link PeerLocality} (the listener accepts both and refuses, after the HELLO, a plain-text peer
 * that should have used TLS), then {@link FrameDecoder}, {@link SessionHandler} (HELLO and HMAC),
 * on inbound connections a {@code FlushConsolidationHandler} (the replies of one read leave with
 * one flush), then {@link FrameDispatcher}. Requests time out by a periodic sweep, late by at
 * most a tenth of the request timeout (100 ms at most).
 *
 * <p>Threading: {@link PeerHandler} callbacks and the completion of request futures run on Netty
 * event loop threads; callers must not block in them. All public methods are thread-safe.
 */
public final class TcpClusterTransport implements PeerTransport {

  private final TransportConfig config;
  private final PeerLocator locator;
  private final Clock clock;
  private final RandomGenerator jitter;
  // Session nonces must be unpredictable to an attacker, which a seeded generator is not.
  private final SecureRandom nonces = new SecureRandom();
  private final TransportStats stats = new TransportStats();
  private final RateLimitedLog log;
  private final Map<HostAndPort, PeerPool> pools = new ConcurrentHashMap<>();
  private final AtomicLong correlations = new AtomicLong();
  private final ChannelGroup inbound = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
  private volatile PeerHandler handler;
  private volatile HostAndPort localAddress;
  private volatile boolean closed;
  private EventLoopGroup group;
  private PeerConnector connector;
  private Channel serverChannel;
  private SslContext serverTls;
  private ScheduledFuture<?> sweeper;

  /**
   * Binds nothing; {@link #start} does.
   *
   * @param locator where each peer sits (pool size, TLS)
   * @param clock time for the reconnect backoff and log rate limits
   * @param random seeded generator for backoff jitter
   */
  public TcpClusterTransport(TransportConfig config, PeerLocator locator, Clock clock,
      RandomGenerator random) {
    this.config = config;
    this.locator = locator;
    this.clock = clock;
    Object lock = new Object();
    this.jitter = () -> {
      synchronized (lock) { // pools draw from it concurrently; the generator is not thread-safe
        return random.nextLong();
      }
    };
    this.log = new RateLimitedLog(System.getLogger(TcpClusterTransport.class.getName()), clock,
        config.rejectLogInterval());
  }

  @Override
  public synchronized void start(PeerHandler peerHandler) {
    if (group != null) {
      throw new IllegalStateException("transport: started twice (expected: one start)");
    }
    this.handler = peerHandler;
    SslContext clientTls = null;
    if (config.secureServerOption() != SecureServerOption.NONE) {
      serverTls = TlsContexts.server(config.tls());
      clientTls = TlsContexts.client(config.tls());
    }
    boolean epoll = Epoll.isAvailable();
    group = new MultiThreadIoEventLoopGroup(config.ioThreads(),
        epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
    connector = new PeerConnector(config, group,
        epoll ? EpollSocketChannel.class : NioSocketChannel.class, clientTls, peerHandler,
        stats, log, this::nonce, () -> localAddress);
    Class<? extends ServerChannel> serverClass =
        epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
    HostAndPort bind = config.bind();
    ChannelFuture bound = new ServerBootstrap().group(group).channel(serverClass)
        .option(ChannelOption.SO_REUSEADDR, true) // a restarted node gets its port back at once
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childOption(ChannelOption.SO_KEEPALIVE, true)
        .childHandler(new ChannelInitializer<>() {
          @Override
          protected void initChannel(Channel ch) {
            initInbound(ch);
          }
        })
        .bind(bind.host(), bind.port()).awaitUninterruptibly();
    if (!bound.isSuccess()) {
      close();
      throw new IllegalStateException("dyn_listen: " + bind + " cannot be bound: "
          + bound.cause().getMessage() + " (expected: a free local address)", bound.cause());
    }
    serverChannel = bound.channel();
    long sweep = TimeoutSweep.periodMillis(config.requestTimeout());
    sweeper = group.next().scheduleWithFixedDelay(new TimeoutSweep(pools.values(), clock,
        config.requestTimeout(), stats, log, this::node), sweep, sweep, TimeUnit.MILLISECONDS);
    int port = ((InetSocketAddress) serverChannel.localAddress()).getPort();
    localAddress = config.advertised() != null ? config.advertised()
        : new HostAndPort(bind.host(), port);
  }

  @Override
  public HostAndPort localAddress() {
    return localAddress;
  }

  /** This transport's counters. */
  @Override
  public TransportStats stats() {
    return stats;
  }

  @Override
  public CompletableFuture<byte[]> request(HostAndPort peer, MessageChannel channel,
      byte[] payload) {
    PendingRequest request = PendingRequest.request(peer, channel, payload,
        correlations.incrementAndGet(), clock.nanos() + config.requestTimeout().toNanos());
    if (!running()) {
      refuse(request);
      return request;
    }
    if (tooLarge(payload)) {
      // The peer would close the connection on it, failing every request sharing it.
      request.fail(new IllegalArgumentException("payload: " + payload.length
          + " bytes (expected: <= " + maxPayload() + ", max frame bytes less the header)"));
      stats.requestFailed();
      return request;
    }
    poolFor(peer).submit(request);
    return request;
  }

  @Override
  public void send(HostAndPort peer, MessageChannel channel, byte[] payload) {
    if (!running() || tooLarge(payload)) {
      stats.messageDropped();
      return;
    }
    poolFor(peer).submit(PendingRequest.oneWay(peer, channel, payload));
  }

  private int maxPayload() {
    return config.maxFrameBytes() - FrameCodec.MIN_BODY;
  }

  private boolean tooLarge(byte[] payload) {
    return payload.length > maxPayload();
  }

  private boolean running() {
    return localAddress != null && !closed;
  }

  private void refuse(PendingRequest request) {
    String why = closed ? "transport closed" : "transport not started";
    if (request.fail(new PeerUnavailableException(request.peer, why))) {
      stats.requestFailed();
    }
  }

  private PeerPool poolFor(HostAndPort peer) {
    PeerPool existing = pools.get(peer); // computeIfAbsent locks its bin even when present
    if (existing != null && !closed) {
      return existing;
    }
    PeerPool pool = pools.computeIfAbsent(peer, p -> {
      PeerLocality locality = locator.locate(p);
      int size = locality.isLocalDatacenter()
          ? config.localPeerConnections() : config.remotePeerConnections();
      boolean tls = config.secureServerOption().requiresTls(locality);
      return new PeerPool(p, size, tls, config, clock, jitter, stats, connector::open);
    });
    if (closed) {
      pool.close(); // close() may have passed over a pool created concurrently
    }
    return pool;
  }

  private void initInbound(Channel ch) {
    HostAndPort self = localAddress;
    if (self == null || closed) {
      ch.close(); // no peer can know our address before start() returns
      return;
    }
    SecureServerOption option = config.secureServerOption();
    if (serverTls != null) {
      ch.pipeline().addLast(new OptionalSslHandler(serverTls));
    }
    // Replies written while a read is being handled are flushed once, when the read is over,
    // rather than one system call per reply. Above the session handler, so that the replies
    // of one read are also sealed into one buffer (OutboundBatch).
    ch.pipeline().addLast(new FrameDecoder(config.maxFrameBytes()),
        new SessionHandler(FrameSession.responder(config.secret(), nonce(), self), stats, log,
            node(), peer -> option.requiresTls(locator.locate(peer))),
        new FlushConsolidationHandler(
            FlushConsolidationHandler.DEFAULT_EXPLICIT_FLUSH_AFTER_FLUSHES, true),
        new FrameDispatcher(handler, null, stats, log, node()));
    inbound.add(ch);
  }

  private byte[] nonce() {
    byte[] nonce = new byte[Hello.NONCE];
    nonces.nextBytes(nonce);
    return nonce;
  }

  private String node() {
    HostAndPort self = localAddress;
    return self == null ? "unstarted" : self.toString();
  }

  /** Requests waiting for room on {@code peer}'s connections (for tests and metrics). */
  public int queued(HostAndPort peer) {
    PeerPool pool = pools.get(peer);
    return pool == null ? 0 : pool.queued();
  }

  @Override
  public void close() {
    EventLoopGroup g;
    ScheduledFuture<?> sweep;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      g = group;
      sweep = sweeper;
    }
    if (sweep != null) {
      sweep.cancel(false);
    }
    if (serverChannel != null) {
      serverChannel.close().awaitUninterruptibly();
    }
    pools.values().forEach(PeerPool::close);
    inbound.close().awaitUninterruptibly();
    if (g != null) {
      g.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
    }
  }
}
