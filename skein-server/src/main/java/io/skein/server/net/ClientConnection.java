package io.skein.server.net;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandSpec;
import io.skein.resp.RespProtocolError;
import io.skein.resp.RespRequestDecoder;
import io.skein.resp.RespVersion;
import io.skein.server.ServerContext;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;

/**
 * One client connection: decodes nothing itself (the {@link RespRequestDecoder} before it
 * does), checks each command as Redis does (unknown, NOAUTH, arity, transaction and pub/sub
 * context), runs it, and writes the replies of a whole read batch with one flush.
 *
 * <p>Threading: runs on the channel's event loop. A blocked command may be served from another
 * I/O thread; {@link ClientBlocking} hands its reply back to this loop.
 */
public final class ClientConnection extends ChannelInboundHandlerAdapter {

  final ServerContext server;
  private final long id;
  private final long createdMillis;
  final CommandContext context;
  final RespSink sink = new RespSink(RespVersion.RESP2);
  final ClientState state = new ClientState();
  final ClientBlocking blocking;
  private final ArrayDeque<byte[][]> pending = new ArrayDeque<>();
  private final ReadBatch batch = new ReadBatch();
  final ClientOutput output = new ClientOutput(sink);
  private Channel channel;
  private RespRequestDecoder decoder;
  /** Replies owed in request order while routed commands are answered elsewhere. */
  final ReplyOrder order = new ReplyOrder();
  /** Whether the command being processed has its reply silenced (CLIENT REPLY). */
  private boolean skippingCurrent;
  /** Whether the command being processed opened a slot for a later reply. */
  private boolean openedSlot;

  public ClientConnection(ServerContext server) {
    this.server = server;
    this.id = server.clients().nextId();
    this.createdMillis = server.engine().keyspace().clock().millis();
    this.blocking = new ClientBlocking(this);
    this.context = new CommandContext(server.engine(), blocking);
  }

  /** The connection a command runs for. */
  public static ClientConnection of(CommandContext ctx) {
    return ((ClientBlocking) ctx.connection()).client();
  }

  public ServerContext server() {
    return server;
  }

  /** CLIENT UNBLOCK: ends a blocking wait as a timeout (or with an error) would. */
  public boolean unblock(boolean withError) {
    return blocking.unblock(withError);
  }

  public boolean blocked() {
    return blocking.isBlocked();
  }

  /** The RESP version; HELLO changes it. */
  public void protocol(RespVersion version) {
    sink.version(version);
  }

  public long id() {
    return id;
  }

  public Channel channel() {
    return channel;
  }

  public ClientState state() {
    return state;
  }

  public RespSink sink() {
    return sink;
  }

  public CommandContext context() {
    return context;
  }

  public long createdMillis() {
    return createdMillis;
  }

  /** The decoder's authentication state follows the connection's. */
  public void authenticated(boolean yes) {
    state.authenticated = yes;
    decoder.authenticated(yes);
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    channel = ctx.channel();
    output.channel(channel);
    decoder = ctx.pipeline().get(RespRequestDecoder.class);
    boolean needsAuth = server.settings().requirepass() != null;
    state.authenticated = !needsAuth;
    decoder.requireAuthentication(needsAuth);
    server.connectionsReceived.increment();
    if (server.clients().size() >= server.settings().maxclients()) {
      server.rejectedConnections.increment();
      ByteBuf buf = ctx.alloc().buffer();
      io.skein.resp.RespEncoder.error(buf, "ERR max number of clients reached");
      ctx.writeAndFlush(buf).addListener(f -> ctx.close());
      return;
    }
    server.clients().add(this);
    ctx.fireChannelActive();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    server.clients().remove(this);
    blocking.disconnected();
    server.engine().executor().unwatch(state.watcher);
    server.pubsub().unsubscribeAll(this);
    pending.clear();
    batch.clear();
    order.clear();
    output.release();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (output.closing()) {
      ReferenceCountUtil.release(msg);
      return;
    }
    if (msg instanceof byte[][] argv) {
      if (batch.add(argv)) {
        batch.run(this, context.db());
      }
    } else if (msg instanceof RespProtocolError error) {
      batch.run(this, context.db());
      output.ensure();
      sink.error("ERR " + error.message());
      closeAfterFlush();
    } else {
      ReferenceCountUtil.release(msg);
    }
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    batch.run(this, context.db());
    output.flush();
  }

  /** The client's last interaction and the keys' access clock: one clock read per batch. */
  void stampBatch() {
    long now = server.engine().keyspace().clock().millis();
    state.lastInteractionMillis = now;
    server.engine().keyspace().refreshAccessClock(now);
  }

  /** Runs a command of the read batch now, or queues it behind a block or owed replies. */
  void dispatch(byte[][] argv) {
    if (output.closing()) {
      return;
    }
    if (blocking.isBlocked() || !pending.isEmpty() || CommandChecks.mustWait(this, argv)) {
      pending.add(argv);
    } else {
      process(argv);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }

  /** Closes the connection once the replies so far are written (QUIT, protocol errors, KILL). */
  public void closeAfterFlush() {
    output.closeAfterFlush();
  }

  /** Runs commands queued while this client was blocked, until it blocks again. */
  void resumeAfterBlock() {
    stampBatch();
    while (!pending.isEmpty() && !blocking.isBlocked() && !output.closing()
        && !CommandChecks.mustWait(this, pending.peek())) {
      process(pending.poll());
    }
    output.flush();
    if (!blocking.isBlocked() && !order.full()) {
      channel.config().setAutoRead(true);
    }
  }

  private void process(byte[][] argv) {
    server.commandsProcessed.increment();
    // Behind open replies, this command's reply is captured and waits its turn.
    boolean ordered = !order.isEmpty();
    ByteBuf buf = ordered ? channel.alloc().heapBuffer(64) : output.ensure();
    if (ordered) {
      sink.target(buf);
    }
    openedSlot = false;
    CommandSpec spec = server.engine().commands().lookup(argv[0]);
    state.lastCommand = spec;
    state.lastArgv = argv;
    String refusal = CommandChecks.refusal(this, spec, argv);
    if (refusal != null) {
      state.transactionError(spec);
      sink.error(refusal);
    } else if (state.inMulti() && !CommandChecks.runsInsideMulti(spec)) {
      state.queue(spec, argv);
      sink.simple("QUEUED");
    } else {
      CommandRouter router = server.router();
      state.replies.beginCommand(sink, buf);
      skippingCurrent = state.replies.skipping();
      if (router == null || !router.route(this, spec, argv)) {
        server.engine().executor().execute(context, spec, argv, sink);
      }
      state.replies.endCommand(sink, buf);
    }
    if (ordered) {
      if (!openedSlot) {
        order.addDone(buf);
      }
      buf.release();
      sink.target(output.current());
    }
    if (blocking.isBlocked() || order.full()) {
      channel.config().setAutoRead(false);
    }
    output.flushIfLarge();
  }

  /**
   * Answers the command being processed with reply bytes made elsewhere (a routed command).
   * Only while the command is processed (inside {@link CommandRouter#route}).
   */
  public void reply(byte[] resp) {
    sink.target().writeBytes(resp);
  }

  /**
   * The command being processed will be answered later, by {@link #completeReply}; commands
   * after it go on meanwhile and their replies wait behind its slot.
   */
  public ReplyOrder.Slot awaitReply() {
    openedSlot = true;
    return order.open(skippingCurrent);
  }

  /**
   * Answers the command that opened {@code slot}, writes every reply now due, and goes on with
   * the commands that waited. Must run on the connection's event loop.
   */
  public void completeReply(ReplyOrder.Slot slot, byte[] resp) {
    if (!channel.isActive()) {
      return;
    }
    order.complete(slot, resp, output.ensure());
    resumeAfterBlock();
  }

  /** The event loop this connection runs on; routed replies complete there. */
  public io.netty.util.concurrent.EventExecutor eventLoop() {
    return channel.eventLoop();
  }

  /** The protocol the client speaks (HELLO changes it). */
  public RespVersion protocol() {
    return sink.version();
  }

  /** {@code ip:port} of the client, as CLIENT LIST shows it. */
  public String remoteAddress() {
    return address((InetSocketAddress) channel.remoteAddress());
  }

  public String localAddress() {
    return address((InetSocketAddress) channel.localAddress());
  }

  private static String address(InetSocketAddress a) {
    return a == null ? "" : a.getAddress().getHostAddress() + ":" + a.getPort();
  }
}
