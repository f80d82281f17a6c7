package io.skein.server.cluster;

import io.skein.core.HostAndPort;
import io.skein.engine.Engine;
import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandSpec;
import io.skein.engine.exec.ReplicaApply;
import io.skein.engine.keys.KeySnapshot;
import io.skein.routing.dispatch.DispatchPlan;
import io.skein.routing.dispatch.ReplicaTarget;
import io.skein.routing.dispatch.TargetRole;
import io.skein.resp.RespVersion;
import io.skein.server.ServerContext;
import io.skein.server.cluster.ReplicaFrames.Request;
import io.skein.transport.MessageChannel;
import io.skein.transport.PeerHandler;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;

/**
 * The replica side of the data channel: runs what coordinators send against this node's own
 * engine and answers with the reply bytes and the key's version.
 *
 * <p>Threading: called on transport threads; the engine's stripe locks make that safe. A
 * request that cannot be decoded, or names an unknown command, is refused (the coordinator
 * counts it as a failed replica) and changes nothing.
 */
final class ReplicaService {

  private final ClusterRuntime cluster;
  private final ServerContext server;
  private final Engine engine;
  final LongAdder applied = new LongAdder();
  final LongAdder refused = new LongAdder();

  ReplicaService(ClusterRuntime cluster, ServerContext server) {
    this.cluster = cluster;
    this.server = server;
    this.engine = server.engine();
  }

  void onRequest(HostAndPort from, MessageChannel channel, byte[] payload,
      PeerHandler.Responder reply) {
    Request request;
    try {
      request = ReplicaFrames.decodeRequest(payload);
    } catch (IllegalArgumentException e) {
      refused.increment();
      reply.fail(e.getMessage());
      return;
    }
    if (request.db() >= engine.keyspace().databaseCount()) {
      refused.increment();
      reply.fail("db: " + request.db() + " (expected: < " + engine.keyspace().databaseCount()
          + ")");
      return;
    }
    switch (request.op()) {
      case FETCH -> reply.reply(fetch(request));
      case PUBLISH -> {
        long receivers = request.argv().length == 2
            ? server.pubsub().publish(request.argv()[0], request.argv()[1]) : 0;
        byte[] text = (":" + receivers + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        reply.reply(ReplicaFrames.reply(true, 0, text, 0, text.length));
      }
      case EXECUTE, SPREAD, LOCAL -> {
        CommandSpec spec = engine.commands().lookup(request.argv()[0]);
        if (spec == null || !spec.arityAccepts(request.argv().length)) {
          refused.increment();
          reply.fail("command: '" + new String(request.argv()[0],
              java.nio.charset.StandardCharsets.UTF_8) + "' (expected: a known command with"
              + " its arity)");
          return;
        }
        execute(request, spec).whenComplete((bytes, error) -> {
          if (error == null) {
            reply.reply(bytes);
          } else {
            reply.fail("datastore: " + error.getMessage());
          }
        });
        if (request.op() == ReplicaFrames.Op.SPREAD) {
          spread(request, spec);
        }
      }
      default -> reply.fail("op: " + request.op() + " (expected: a data operation)");
    }
  }

  private CompletableFuture<byte[]> execute(Request request, CommandSpec spec) {
    CommandContext ctx = new CommandContext(engine, null);
    ctx.select(request.db());
    RespVersion protocol = request.resp() == 3 ? RespVersion.RESP3 : RespVersion.RESP2;
    if (request.op() == ReplicaFrames.Op.LOCAL) {
      return cluster.store().plain(ctx, protocol, spec, request.argv())
          .thenApply(bytes -> ReplicaFrames.reply(true, 0, bytes, 0, bytes.length));
    }
    ReplicaApply.Kind kind = ReplicaApply.Kind.values()[request.kind()];
    return cluster.store().replica(ctx, protocol, spec, request.argv(),
        ReplicaKinds.apply(kind, spec.name(), request.version())).thenApply(value -> {
          applied.increment();
          return ReplicaFrames.reply(true, value.version(), value.payload(), 0,
              value.payload().length);
        });
  }

  /** Sends a write that came from another DC on to the other racks of this DC. */
  private void spread(Request request, CommandSpec spec) {
    int[] keys = spec.keyIndexes(request.argv());
    if (keys.length == 0) {
      return;
    }
    DispatchPlan plan = cluster.dispatcher().plan(
        io.skein.routing.dispatch.Request.write(0), request.argv()[keys[0]]);
    if (!(plan instanceof DispatchPlan.Replicas replicas)) {
      return;
    }
    byte[] frame = ReplicaFrames.request(ReplicaFrames.Op.EXECUTE, request.db(), request.resp(),
        request.kind(), request.version(), request.argv());
    for (ReplicaTarget target : replicas.targets()) {
      if (target.role() == TargetRole.REMOTE_DC || target.peer().isLocal()) {
        continue;
      }
      HostAndPort to = target.peer().endpoint().address();
      cluster.transport().request(to, MessageChannel.DATA, frame).whenComplete((bytes, error) -> {
        if (error != null) {
          cluster.retries().add(to, frame);
        }
      });
    }
    for (io.skein.routing.topology.Peer hinted : replicas.hinted()) {
      if (hinted.dc().equals(cluster.topology().current().config().dc())) {
        cluster.retries().add(hinted.endpoint().address(), frame);
      }
    }
  }

  private byte[] fetch(Request request) {
    return fetchLocal(request.db(), request.argv()[0]);
  }

  /** Read repair's FETCH: expiry i64, then the DUMP payload (absent key: version 0, no bytes). */
  byte[] fetchLocal(int db, byte[] key) {
    KeySnapshot s = KeySnapshot.of(engine, db, key);
    byte[] dump = s.payload() == null ? new byte[0] : s.payload();
    ByteBuffer b = ByteBuffer.allocate(8 + dump.length).putLong(s.expireAt()).put(dump);
    return ReplicaFrames.reply(true, s.version(), b.array(), 0, b.capacity());
  }
}
