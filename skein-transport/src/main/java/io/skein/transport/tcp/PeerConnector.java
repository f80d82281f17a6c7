package io.skein.transport.tcp;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.handler.ssl.SslContext;
import io.skein.core.HostAndPort;
import io.skein.transport.PeerHandler;
import io.skein.transport.RateLimitedLog;
import io.skein.transport.TransportStats;
import io.skein.transport.frame.FrameSession;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Opens the outbound connections of {@link PeerPool}s: TCP connect, TLS if the pool wants it,
 * then the HELLO exchange, all within the connect timeout. The outcome reaches the pool through
 * the {@link PeerConnection}: established, or finished with the reason it failed.
 */
final class PeerConnector {

  private final TransportConfig config;
  private final EventLoopGroup group;
  private final Class<? extends Channel> socketClass;
  private final SslContext clientTls;
  private final PeerHandler handler;
  private final TransportStats stats;
  private final RateLimitedLog log;
  private final Supplier<byte[]> nonces;
  private final Supplier<HostAndPort> self;

  PeerConnector(TransportConfig config, EventLoopGroup group,
      Class<? extends Channel> socketClass, SslContext clientTls, PeerHandler handler,
      TransportStats stats, RateLimitedLog log, Supplier<byte[]> nonces,
      Supplier<HostAndPort> self) {
    this.config = config;
    this.group = group;
    this.socketClass = socketClass;
    this.clientTls = clientTls;
    this.handler = handler;
    this.stats = stats;
    this.log = log;
    this.nonces = nonces;
    this.self = self;
  }

  void open(PeerConnection connection) {
    PeerPool pool = connection.pool();
    HostAndPort peer = pool.peer();
    int connectMs = (int) config.connectTimeout().toMillis();
    ChannelFuture connect;
    try {
      connect = new Bootstrap().group(group).channel(socketClass)
          .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectMs)
          .option(ChannelOption.TCP_NODELAY, true)
          .option(ChannelOption.SO_KEEPALIVE, true)
          .handler(new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel ch) {
              pipeline(ch, connection);
            }
          })
          .connect(peer.host(), peer.port());
    } catch (RejectedExecutionException e) {
      connection.finish("transport closed");
      return;
    }
    connection.connecting(connect);
    // The connect timeout covers TCP only; this bounds TLS and the HELLO exchange as well.
    connect.channel().eventLoop().schedule(() -> {
      if (!connection.ready()) {
        connection.abort("handshake not finished within " + connectMs + " ms");
      }
    }, connectMs, TimeUnit.MILLISECONDS);
  }

  private void pipeline(Channel ch, PeerConnection connection) {
    connection.bind(ch);
    PeerPool pool = connection.pool();
    if (pool.tls()) {
      ch.pipeline().addLast(clientTls.newHandler(ch.alloc(), pool.peer().host(),
          pool.peer().port()));
    }
    HostAndPort local = self.get();
    String node = local.toString();
    ch.pipeline().addLast(new FrameDecoder(config.maxFrameBytes()),
        new SessionHandler(FrameSession.initiator(config.secret(), nonces.get(), local), stats,
            log, node, peer -> false),
        new FrameDispatcher(handler, connection, stats, log, node));
  }
}
