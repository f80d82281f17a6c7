package io.skein.server.datastore;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoEventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.skein.core.Clock;
import io.skein.core.HostAndPort;
import io.skein.core.Lifecycle;
import io.skein.server.datastore.DatastoreException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The external Redis a node in proxy mode keeps its data in ({@code servers:}, Dynomite's
 * datastore): a pool of pipelined connections to it, each command answered with the reply bytes
 * exactly as Redis sent them, to be relayed to the client as they are.
 *
 * <p>Contract of {@link #execute}: the future completes with one whole RESP reply (an error
 * reply such as {@code -WRONGTYPE} included), or fails with a {@link DatastoreException}: at once
 * when no connection is up or the chosen connection's queue is full, when the connection is lost
 * with the command in flight, or when no reply came within the timeout. It never hangs.
 * Commands from one thread to one connection are answered in the order sent; with several
 * connections, commands are spread round robin, so a caller that needs order between two
 * commands waits for the first reply. The connections speak RESP2: HELLO is never sent.
 *
 * <p>Threading: {@code execute} from any thread; futures complete on the pool's event loops (hop
 * to a client's own loop before touching it). Nothing starts in the constructor.
 */
public final class ExternalRedis implements Lifecycle {

  private static final System.Logger LOG = System.getLogger(ExternalRedis.class.getName());

  private final ExternalRedisSettings settings;
  private final Clock clock;
  private final AtomicInteger next = new AtomicInteger();
  private volatile List<BackendConnection> connections = List.of();
  private volatile boolean closed;
  private EventLoopGroup ownGroup;

  public ExternalRedis(ExternalRedisSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  public ExternalRedisSettings settings() {
    return settings;
  }

  public HostAndPort address() {
    return settings.address();
  }

  /**
   * Connects on an event loop of the pool's own (epoll where the platform has it), and waits
   * until each connection's first attempt has succeeded or failed. A Redis that is down is not
   * an error here: commands fail until it is reached, as in Dynomite.
   */
  @Override
  public void start() throws InterruptedException {
    boolean epoll = Epoll.isAvailable();
    ownGroup = new MultiThreadIoEventLoopGroup(1,
        epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
    start(ownGroup);
  }

  /**
   * Connects on the event loops of {@code group} (the server's, say, so that replies need no
   * hop between threads); {@link #close()} leaves the group running.
   */
  public synchronized void start(EventLoopGroup group) throws InterruptedException {
    if (!connections.isEmpty() || closed) {
      throw new IllegalStateException("external datastore " + settings.address() + ": "
          + (closed ? "closed" : "already started") + " (expected: one start per pool)");
    }
    boolean epoll = group instanceof IoEventLoopGroup io && io.isIoType(EpollIoHandler.class);
    Class<? extends Channel> type = epoll ? EpollSocketChannel.class : NioSocketChannel.class;
    int connectMillis = (int) Math.min(Integer.MAX_VALUE, settings.timeout().toMillis());
    Bootstrap template = new Bootstrap()
        .channel(type)
        .option(ChannelOption.TCP_NODELAY, true)
        .option(ChannelOption.SO_KEEPALIVE, true)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectMillis);
    List<BackendConnection> pool = new ArrayList<>(settings.connections());
    for (int i = 0; i < settings.connections(); i++) {
      pool.add(new BackendConnection(i, settings, clock, template, group.next()));
    }
    connections = List.copyOf(pool);
    List<CompletableFuture<Void>> attempts = new ArrayList<>();
    for (BackendConnection c : connections) {
      attempts.add(c.start());
    }
    try {
      CompletableFuture.allOf(attempts.toArray(CompletableFuture[]::new))
          .get(settings.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // Connections keep trying in the background; commands fail until one is up.
    }
    int up = connectedCount();
    LOG.log(up > 0 ? System.Logger.Level.INFO : System.Logger.Level.WARNING,
        "[{0}][datastore {1}] {2} of {3} connections up{4}", settings.nodeName(),
        settings.address(), up, settings.connections(),
        up > 0 ? "" : " (" + connections.get(0).lastFailure() + ")");
  }

  /**
   * Sends {@code argv} (the command name and its arguments, as a client sent them) and completes
   * with the raw reply; see the class contract for failures.
   */
  public CompletableFuture<byte[]> execute(byte[][] argv) {
    return execute(argv, next.getAndIncrement());
  }

  /**
   * As {@link #execute(byte[][])}, on the connection {@code affinity} chooses while it is up:
   * the commands of one client go out on one connection, so Redis applies them in the order
   * the client sent them even while several are in flight.
   */
  public CompletableFuture<byte[]> execute(byte[][] argv, long affinity) {
    if (argv.length == 0) {
      throw new IllegalArgumentException("argv: empty (expected: a command and its arguments)");
    }
    CompletableFuture<byte[]> reply = new CompletableFuture<>();
    List<BackendConnection> pool = connections;
    if (closed || pool.isEmpty()) {
      reply.completeExceptionally(new DatastoreException(Reason.CLOSED, settings.address(),
          closed ? "the pool is closed" : "the pool is not started"));
      return reply;
    }
    BackendConnection target = pick(pool, affinity);
    if (target == null) {
      reply.completeExceptionally(new DatastoreException(Reason.UNAVAILABLE, settings.address(),
          pool.get(0).lastFailure()));
      return reply;
    }
    target.submit(new Pending(argv, clock.nanos() + settings.timeout().toNanos(), reply, false));
    return reply;
  }

  /** The connection {@code affinity} names, or the next one up; null if none is. */
  private static BackendConnection pick(List<BackendConnection> pool, long affinity) {
    int n = pool.size();
    int first = (int) Math.floorMod(affinity, (long) n);
    for (int i = 0; i < n; i++) {
      BackendConnection c = pool.get((first + i) % n);
      if (c.isReady()) {
        return c;
      }
    }
    return null;
  }

  /** Connections up now (authenticated where a password is set). */
  public int connectedCount() {
    int up = 0;
    for (BackendConnection c : connections) {
      up += c.isReady() ? 1 : 0;
    }
    return up;
  }

  /** Commands accepted and not yet written to Redis, over all connections (for metrics). */
  public int queuedCommands() {
    int n = 0;
    for (BackendConnection c : connections) {
      n += c.queued();
    }
    return n;
  }

  /** Whether a command sent now would be written to Redis rather than fail at once. */
  public boolean isConnected() {
    return connectedCount() > 0;
  }

  /** Fails whatever is queued or in flight (CLOSED), closes the connections; idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    List<CompletableFuture<Void>> done = new ArrayList<>();
    for (BackendConnection c : connections) {
      done.add(c.close());
    }
    try {
      CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      LOG.log(System.Logger.Level.WARNING, "[{0}][datastore {1}] close: {2}",
          settings.nodeName(), settings.address(), e.toString());
    }
    if (ownGroup != null) {
      ownGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
  }
}
