package io.skein.server.cluster;

import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandSpec;
import io.skein.engine.exec.ReplicaApply;
import io.skein.resp.RespVersion;
import io.skein.routing.collect.Reply;
import io.skein.server.ServerContext;
import io.skein.server.datastore.DatastoreException;
import io.skein.server.datastore.ExternalRedis;
import java.util.concurrent.CompletableFuture;

/**
 * Where this node's own copy of the data lives: the embedded engine (versions, tombstones,
 * repair), or an external Redis in proxy mode (Dynomite's {@code servers:}; no versions, so
 * every reply carries version 0 and nothing is repaired). The seam the request path, the
 * replica service and SKEIN LOCAL run commands through.
 */
sealed interface LocalStore {

  /** Runs a replica's part of a routed command; completes at once for the engine. */
  CompletableFuture<Reply.Value> replica(CommandContext ctx, RespVersion protocol,
      CommandSpec spec, byte[][] argv, ReplicaApply apply);

  /** Runs a command plainly (a LocalDatastore plan, key-less commands, SKEIN LOCAL). */
  CompletableFuture<byte[]> plain(CommandContext ctx, RespVersion protocol, CommandSpec spec,
      byte[][] argv);

  /** The embedded engine. */
  record Engine(ServerContext server) implements LocalStore {
    @Override
    public CompletableFuture<Reply.Value> replica(CommandContext ctx, RespVersion protocol,
        CommandSpec spec, byte[][] argv, ReplicaApply apply) {
      return CompletableFuture.completedFuture(
          LocalCapture.asReplica(server, ctx, protocol, spec, argv, apply));
    }

    @Override
    public CompletableFuture<byte[]> plain(CommandContext ctx, RespVersion protocol,
        CommandSpec spec, byte[][] argv) {
      return CompletableFuture.completedFuture(
          LocalCapture.plain(server, ctx, protocol, spec, argv));
    }
  }

  /** An external Redis: RESP2, database 0, no versions. */
  record Proxy(ExternalRedis redis) implements LocalStore {
    @Override
    public CompletableFuture<Reply.Value> replica(CommandContext ctx, RespVersion protocol,
        CommandSpec spec, byte[][] argv, ReplicaApply apply) {
      // A backend that fails is a failed replica, not an answer: the future fails.
      return redis.execute(argv, affinity(ctx)).thenApply(bytes -> new Reply.Value(bytes, 0));
    }

    @Override
    public CompletableFuture<byte[]> plain(CommandContext ctx, RespVersion protocol,
        CommandSpec spec, byte[][] argv) {
      return redis.execute(argv, affinity(ctx)).exceptionally(DatastoreException::respError);
    }

    /**
     * One client's commands on one backend connection, so Redis applies them in the order they
     * were sent; replica requests (no client) all share the first connection, which keeps the
     * order in which a coordinator's writes arrived.
     */
    private static long affinity(CommandContext ctx) {
      Object client = ctx.connection();
      return client == null ? 0 : System.identityHashCode(client);
    }
  }
}
