package io.skein.server.cluster;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandSpec;
import io.skein.engine.exec.ReplicaApply;
import io.skein.resp.RespVersion;
import io.skein.routing.collect.Reply;
import io.skein.server.ServerContext;
import io.skein.server.net.RespSink;

/**
 * Runs a command against this node's engine and keeps its reply as bytes, in the client's
 * protocol, so it can be compared with replica replies or merged with them.
 */
final class LocalCapture {

  private LocalCapture() {}

  /** Runs {@code argv} as a replica of the coordinator's write or read would. */
  static Reply.Value asReplica(ServerContext server, CommandContext ctx, RespVersion protocol,
      CommandSpec spec, byte[][] argv, ReplicaApply apply) {
    ByteBuf buf = Unpooled.buffer(64);
    RespSink sink = new RespSink(protocol);
    sink.target(buf);
    long version = server.engine().executor().executeAsReplica(ctx, spec, argv, sink, apply);
    return new Reply.Value(bytes(buf), version);
  }

  /** Runs {@code argv} plainly (key-less commands, SKEIN LOCAL). */
  static byte[] plain(ServerContext server, CommandContext ctx, RespVersion protocol,
      CommandSpec spec, byte[][] argv) {
    ByteBuf buf = Unpooled.buffer(64);
    RespSink sink = new RespSink(protocol);
    sink.target(buf);
    server.engine().executor().execute(ctx, spec, argv, sink);
    return bytes(buf);
  }

  private static byte[] bytes(ByteBuf buf) {
    byte[] out = new byte[buf.readableBytes()];
    buf.readBytes(out);
    return out;
  }
}
