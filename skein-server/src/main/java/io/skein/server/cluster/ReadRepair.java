package io.skein.server.cluster;

import io.skein.core.HostAndPort;
import io.skein.engine.command.CommandContext;
import io.skein.engine.exec.ReplicaApply;
import io.skein.routing.collect.Repair;
import io.skein.transport.MessageChannel;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;

/**
 * Read repair: after a quorum read saw replicas at different versions, copies the newest value
 * to the stale ones. The value is fetched whole (DUMP payload, expiry, version) from a replica
 * that holds the newest version and restored on each stale replica at that version, as an
 * overwrite: a replica that meanwhile took a newer write keeps it.
 *
 * <p>Threading: runs on transport threads and the caller's; everything it touches is
 * thread-safe.
 */
final class ReadRepair {

  private final ClusterRuntime cluster;
  final LongAdder repaired = new LongAdder();
  final LongAdder failed = new LongAdder();

  ReadRepair(ClusterRuntime cluster) {
    this.cluster = cluster;
  }

  void repair(int db, byte[] key, HostAndPort source, List<Repair> stale) {
    byte[] fetch = ReplicaFrames.request(ReplicaFrames.Op.FETCH, db, 2, 0, 0,
        new byte[][] {key});
    CompletableFuture<byte[]> fetched = cluster.isLocal(source)
        ? CompletableFuture.supplyAsync(() -> cluster.replicaService().fetchLocal(db, key),
            Runnable::run)
        : cluster.transport().request(source, MessageChannel.DATA, fetch);
    fetched.whenComplete((bytes, error) -> {
      if (error != null) {
        failed.add(stale.size());
        return;
      }
      ReplicaFrames.Reply reply = ReplicaFrames.decodeReply(bytes);
      if (!reply.ok() || reply.payload().length <= 8 || reply.version() == 0) {
        return;
      }
      ByteBuffer b = ByteBuffer.wrap(reply.payload());
      long expireAt = b.getLong();
      byte[] dump = new byte[b.remaining()];
      b.get(dump);
      byte[][] restore = {
          "RESTORE".getBytes(StandardCharsets.US_ASCII), key,
          Long.toString(expireAt).getBytes(StandardCharsets.US_ASCII), dump,
          "REPLACE".getBytes(StandardCharsets.US_ASCII),
          "ABSTTL".getBytes(StandardCharsets.US_ASCII)};
      for (Repair r : stale) {
        store(db, r.target().peer().endpoint().address(), restore, reply.version());
      }
    });
  }

  private void store(int db, HostAndPort target, byte[][] restore, long version) {
    if (cluster.isLocal(target)) {
      CommandContext ctx = new CommandContext(cluster.server().engine(), null);
      ctx.select(db);
      LocalCapture.asReplica(cluster.server(), ctx, io.skein.resp.RespVersion.RESP2,
          cluster.server().engine().commands().lookup("restore"), restore,
          ReplicaKinds.apply(ReplicaApply.Kind.OVERWRITE, "restore", version));
      repaired.increment();
      return;
    }
    byte[] frame = ReplicaFrames.request(ReplicaFrames.Op.EXECUTE, db, 2,
        ReplicaApply.Kind.OVERWRITE.ordinal(), version, restore);
    cluster.transport().request(target, MessageChannel.DATA, frame)
        .whenComplete((bytes, error) -> {
          if (error == null) {
            repaired.increment();
          } else {
            cluster.retries().add(target, frame);
          }
        });
  }
}
