package io.skein.server.admin;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.ReadTimeoutHandler;
import io.skein.core.HostAndPort;
import io.skein.core.Lifecycle;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The admin HTTP port ({@code stats_listen}): Prometheus {@code /metrics}, Dynomite's
 * {@code /info}, {@code /ping}, {@code /cluster_describe}, {@code /get_consistency},
 * {@code /set_consistency/<read|write>/<level>}, and {@code /ring}.
 *
 * <p>Lifecycle: the constructor binds nothing; {@link #start()} binds, {@link #close()} unbinds
 * and, when the server made its own event loop, stops it. Requests are answered on the event
 * loop; nothing they do blocks. NIO, not epoll: a few scrapes a minute gain nothing from it.
 */
public final class AdminHttpServer implements Lifecycle {

  /** Admin requests are a request line and a few headers; anything larger is not one. */
  private static final int MAX_REQUEST_BYTES = 16 * 1024;
  /** A client that sends nothing for this long holds a connection for nothing. */
  private static final int IDLE_SECONDS = 60;
  private static final System.Logger LOG = System.getLogger(AdminHttpServer.class.getName());

  private final HostAndPort bind;
  private final AdminModel model;
  private final EventLoopGroup sharedGroup;
  private EventLoopGroup ownGroup;
  private Channel listener;

  /** A server with its own one-thread event loop. */
  public AdminHttpServer(HostAndPort bind, AdminModel model) {
    this(bind, model, null);
  }

  /**
   * A server on a given event loop group (an NIO one), which {@link #close()} leaves running.
   *
   * @param group the group to run on, or null for an own one-thread group
   */
  public AdminHttpServer(HostAndPort bind, AdminModel model, EventLoopGroup group) {
    this.bind = bind;
    this.model = model;
    this.sharedGroup = group;
  }

  /**
   * Binds the port.
   *
   * @throws IllegalStateException naming the address when it cannot be bound
   */
  @Override
  public void start() {
    EventLoopGroup group = sharedGroup;
    if (group == null) {
      ownGroup = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
      group = ownGroup;
    }
    AdminHandler handler = new AdminHandler(new AdminEndpoints(model), model.nodeName());
    ServerBootstrap bootstrap = new ServerBootstrap()
        .group(group)
        .channel(NioServerSocketChannel.class)
        .childHandler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            ch.pipeline().addLast(new ReadTimeoutHandler(IDLE_SECONDS))
                .addLast(new HttpServerCodec())
                .addLast(new HttpObjectAggregator(MAX_REQUEST_BYTES))
                .addLast(handler);
          }
        });
    try {
      listener = bootstrap.bind(bind.host(), bind.port()).sync().channel();
    } catch (Exception e) { // sync() rethrows the bind's IOException unchecked
      close();
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("stats_listen: " + bind + ": " + e.getMessage()
          + " (expected: an address this node can listen on)", e);
    }
    LOG.log(System.Logger.Level.INFO, "[{0}][admin] listening on http://{1}:{2}/",
        model.nodeName(), bind.host(), Integer.toString(port()));
  }

  /** The port actually bound (differs from the configured one when that was 0). */
  public int port() {
    return ((InetSocketAddress) listener.localAddress()).getPort();
  }

  @Override
  public void close() {
    if (listener != null) {
      listener.close().syncUninterruptibly();
      listener = null;
    }
    if (ownGroup != null) {
      ownGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
      ownGroup = null;
    }
  }
}
