package io.skein.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.skein.core.Clock;
import io.skein.core.Lifecycle;
import io.skein.engine.Engine;
import io.skein.server.cluster.ClusterRuntime;
import io.skein.server.cluster.ClusterSetup;
import io.skein.server.datastore.ExternalRedis;
import io.skein.server.datastore.ExternalRedisSettings;
import io.skein.server.datastore.ProxyRouter;
import io.skein.engine.EngineConfig;
import io.skein.resp.RespRequestDecoder;
import io.skein.server.commands.ServerCommands;
import io.skein.server.net.ClientConnection;
import java.net.InetSocketAddress;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A Skein node on the embedded engine: Netty (epoll where the platform has it) accepting Redis
 * clients, one {@link ClientConnection} per connection, the engine's active expiry on a timer.
 *
 * <p>Nothing happens in the constructor; {@link #start()} binds and {@link #close()} stops.
 */
public final class SkeinServer implements Lifecycle {

  private static final System.Logger LOG = System.getLogger(SkeinServer.class.getName());
  /** Redis spends at most a quarter of each expiry period on active expiry; so do we. */
  private static final int EXPIRY_CPU_PERCENT = 25;

  private final ServerSettings settings;
  private final Engine engine;
  private final ServerContext context;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final Clock clock;
  private final ClusterSetup clusterSetup;
  private final ExternalRedisSettings externalSettings;
  private ClusterRuntime cluster;
  private ExternalRedis external;
  private EventLoopGroup group;
  private Channel listener;

  public SkeinServer(ServerSettings settings, Clock clock) {
    this(settings, clock, null);
  }

  /** A node that, once started, is part of the cluster {@code cluster} describes. */
  public SkeinServer(ServerSettings settings, Clock clock, ClusterSetup cluster) {
    this(settings, clock, cluster, null);
  }

  /**
   * A node that, once started, is part of the cluster {@code cluster} describes (null: it runs
   * alone) and keeps its data in the external Redis {@code external} describes (null: the
   * embedded engine; Dynomite's proxy mode otherwise).
   */
  public SkeinServer(ServerSettings settings, Clock clock, ClusterSetup cluster,
      ExternalRedisSettings external) {
    this.settings = settings;
    this.externalSettings = external;
    this.clock = clock;
    this.clusterSetup = cluster;
    EngineConfig config = new EngineConfig();
    config.maxmemory(settings.maxmemory());
    config.policy(settings.policy());
    this.engine = new Engine(config, clock, settings.databases(), new SplittableRandom());
    ServerCommands.registerAll(engine.commands());
    RuntimeSettings runtime = new RuntimeSettings(settings.bind(), settings.port(),
        settings.configFile(), settings.requirepass());
    this.context = new ServerContext(engine, runtime, () -> new Thread(this::close).start());
  }

  public Engine engine() {
    return engine;
  }

  public ServerContext context() {
    return context;
  }

  @Override
  public void start() throws InterruptedException {
    boolean epoll = Epoll.isAvailable();
    IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
    Class<? extends ServerChannel> channelType =
        epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
    int threads = settings.ioThreads() > 0 ? settings.ioThreads() : defaultIoThreads();
    group = new MultiThreadIoEventLoopGroup(threads, io);
    ServerBootstrap bootstrap = new ServerBootstrap()
        .group(group)
        .channel(channelType)
        .option(ChannelOption.SO_BACKLOG, 511)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childOption(ChannelOption.SO_KEEPALIVE, true)
        .childHandler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            ch.pipeline().addLast(new RespRequestDecoder(context.settings().respLimits()));
            ch.pipeline().addLast(new ClientConnection(context));
          }
        });
    // The external datastore first, so that no client command reaches the empty engine.
    if (externalSettings != null) {
      external = new ExternalRedis(externalSettings, clock);
      external.start(group);
      if (clusterSetup == null) {
        context.router(new ProxyRouter(external));
      }
    }
    listener = bootstrap.bind(settings.bind(), settings.port()).sync().channel();
    long period = 1000 / engine.config().hz();
    long budgetNanos = TimeUnit.MILLISECONDS.toNanos(period) * EXPIRY_CPU_PERCENT / 100;
    group.next().scheduleAtFixedRate(() -> engine.expiry().runCycle(budgetNanos),
        period, period, TimeUnit.MILLISECONDS);
    if (clusterSetup != null) {
      cluster = new ClusterRuntime(context, clusterSetup, clock, external);
      context.cluster(cluster);
      cluster.start(group);
    }
    LOG.log(System.Logger.Level.INFO, "[skein] ready to accept connections on {0}:{1} ({2})",
        settings.bind(), Integer.toString(port()), epoll ? "epoll" : "nio");
  }

  /**
   * One event loop per core but one (at least one), as Redis advises for its I/O threads: the
   * spare core runs the kernel's network processing, the collector's concurrent threads and the
   * JIT, which otherwise preempt the loops. On 2 cores with the client on the same machine, one
   * loop served every redis-benchmark test at -P 1 at 0.92-1.07 of redis-server against 0.73-0.98
   * with two, and LPUSH and ZADD at -P 16 faster (two loops take turns on a single hot key).
   */
  static int defaultIoThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
  }

  /** The port actually bound (differs from the settings when they asked for 0). */
  public int port() {
    return ((InetSocketAddress) listener.localAddress()).getPort();
  }

  /** The cluster runtime, null for a standalone node or before {@link #start()}. */
  public ClusterRuntime cluster() {
    return cluster;
  }

  @Override
  public synchronized void close() {
    if (closed.getCount() == 0) {
      return;
    }
    if (cluster != null) {
      cluster.close();
    }
    if (external != null) {
      context.router(null);
      external.close();
    }
    if (listener != null) {
      listener.close().syncUninterruptibly();
    }
    if (group != null) {
      group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
    closed.countDown();
  }

  /** Waits until the node is closed (SHUTDOWN, or a signal). */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }
}
