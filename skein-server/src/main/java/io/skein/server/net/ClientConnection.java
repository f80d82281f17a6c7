package io.skein.server.net;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandFlag;
import io.skein.engine.command.CommandSpec;
import io.skein.engine.command.RedisException;
import io.skein.resp.RespProtocolError;
import io.skein.resp.RespRequestDecoder;
import io.skein.resp.RespVersion;
import io.skein.server.ServerContext;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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

  /** Replies are written out once this much has accumulated, even in the middle of a batch. */
  private static final int FLUSH_THRESHOLD = 64 * 1024;

  final ServerContext server;
  private final long id;
  private final long createdMillis;
  final CommandContext context;
  final RespSink sink = new RespSink(RespVersion.RESP2);
  final ClientState state = new ClientState();
  final ClientBlocking blocking;
  private final ArrayDeque<byte[][]> pending = new ArrayDeque<>();
  private Channel channel;
  private RespRequestDecoder decoder;
  private ByteBuf out;
  private boolean closing;
  /** Replies owed in request order while routed commands are answered elsewhere. */
  private final ReplyOrder order = new ReplyOrder();
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
  public static ClientConnection of(io.skein.engine.command.CommandContext ctx) {
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
    order.clear();
    if (out != null) {
      out.release();
      out = null;
    }
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (closing) {
      ReferenceCountUtil.release(msg);
      return;
    }
    if (msg instanceof byte[][] argv) {
      if (blocking.isBlocked() || !pending.isEmpty() || mustWait(argv)) {
        pending.add(argv);
      } else {
        process(argv);
      }
    } else if (msg instanceof RespProtocolError error) {
      ensureOut();
      sink.error("ERR " + error.message());
      closeAfterFlush();
    } else {
      ReferenceCountUtil.release(msg);
    }
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    flush();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }

  /** Writes the accumulated replies and flushes them. */
  void flush() {
    if (out != null && out.isReadable()) {
      ByteBuf buf = out;
      out = null;
      if (closing) {
        channel.writeAndFlush(buf).addListener(f -> channel.close());
      } else {
        channel.writeAndFlush(buf, channel.voidPromise());
      }
    } else if (closing) {
      channel.close();
    }
  }

  /** Closes the connection once the replies so far are written (QUIT, protocol errors, KILL). */
  public void closeAfterFlush() {
    closing = true;
    if (channel.eventLoop().inEventLoop()) {
      return; // flushed and closed at the end of this batch
    }
    channel.eventLoop().execute(this::flush);
  }

  ByteBuf ensureOut() {
    if (out == null) {
      out = channel.alloc().ioBuffer(1024);
      sink.target(out);
    }
    return out;
  }

  /** Runs commands queued while this client was blocked, until it blocks again. */
  void resumeAfterBlock() {
    while (!pending.isEmpty() && !blocking.isBlocked() && !closing
        && !mustWait(pending.peek())) {
      process(pending.poll());
    }
    flush();
    if (!blocking.isBlocked() && !order.full()) {
      channel.config().setAutoRead(true);
    }
  }

  /**
   * Whether {@code argv} must wait until the replies owed are written: too many are owed, or it
   * changes what the connection is (see {@link ReplyOrder}). Only data commands with keys, PING
   * and ECHO run past open replies.
   */
  private boolean mustWait(byte[][] argv) {
    if (order.isEmpty()) {
      return false;
    }
    if (order.full()) {
      return true;
    }
    CommandSpec spec = server.engine().commands().lookup(argv[0]);
    if (spec == null || spec.has(CommandFlag.BLOCKING) || state.inMulti()) {
      return spec != null;
    }
    return spec.keyIndexes(argv).length == 0 && !spec.name().equals("ping")
        && !spec.name().equals("echo");
  }

  private void process(byte[][] argv) {
    server.commandsProcessed.increment();
    state.lastInteractionMillis = server.engine().keyspace().clock().millis();
    // Behind open replies, this command's reply is captured and waits its turn.
    boolean ordered = !order.isEmpty();
    ByteBuf buf = ordered ? channel.alloc().heapBuffer(64) : ensureOut();
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
      sink.target(out);
    }
    if (blocking.isBlocked() || order.full()) {
      channel.config().setAutoRead(false);
    }
    if (out != null && out.readableBytes() > FLUSH_THRESHOLD) {
      flush();
    }
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
    order.complete(slot, resp, ensureOut());
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

  static String text(byte[] arg) {
    return new String(arg, StandardCharsets.UTF_8);
  }

  static boolean is(CommandSpec spec, CommandFlag flag) {
    return spec != null && spec.has(flag);
  }

  static RedisException noAuth() {
    return RedisException.NOAUTH;
  }
}
