package io.skein.engine.exec;

import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandSpec;
import io.skein.engine.command.ReplySink;
import io.skein.engine.keyspace.Database;
import java.util.function.Consumer;

/**
 * How a replica applies a command that a coordinator sent with a version.
 *
 * <p>Design note. Replicas must converge whatever order writes reach them in. Writes that
 * replace a whole value ({@link Kind#OVERWRITE}: SET without NX/XX/GET, SETEX, PSETEX, MSET,
 * DEL, UNLINK) are last-writer-wins: when the key already holds a newer version, or a newer
 * delete is remembered, the write is skipped and answered as if it had been applied and then
 * overwritten. Other writes ({@link Kind#WRITE}: INCR, LPUSH, HSET, ...) are applied in arrival
 * order, as Dynomite does. After any write the key takes the coordinator's version, or, when
 * a newer version was already there (two writes crossed), one more than that: so replicas that
 * saw the writes in different orders end up with different versions, and the next quorum read
 * repairs them to the newest, instead of both claiming the same version for different values.
 * A write that deletes its key leaves a tombstone at the version. A read-modify-write whose
 * version its key already holds was applied before (a retry whose reply was lost) and is not
 * applied again.
 *
 * <p>Immutable; runs under the command's stripe locks.
 *
 * @param kind what sort of command it is
 * @param version the coordinator's version (ignored for reads)
 * @param skippedReply the answer of an overwrite that lost to a newer version
 */
public record ReplicaApply(Kind kind, long version, Consumer<ReplySink> skippedReply) {

  /** What a replicated command does to its keys. */
  public enum Kind {
    /** Reads: executed as is; the reply carries the key's version. */
    READ,
    /** Read-modify-write commands. */
    WRITE,
    /** Commands whose result does not depend on the previous value. */
    OVERWRITE
  }

  /** A read. */
  public static ReplicaApply read() {
    return new ReplicaApply(Kind.READ, 0, null);
  }

  public boolean writes() {
    return kind != Kind.READ;
  }

  long run(CommandContext ctx, CommandSpec spec, byte[][] argv, ReplySink out, Runnable command) {
    Database db = ctx.db();
    int[] keys = spec.keyIndexes(argv);
    if (kind == Kind.READ) {
      command.run();
      return keys.length == 0 ? 0 : db.version(argv[keys[0]]);
    }
    long now = ctx.now();
    long newest = 0;
    long[] before = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      byte[] key = argv[keys[i]];
      before[i] = Math.max(db.version(key),
          ctx.keyspace().tombstones().version(db.index(), key, now));
      newest = Math.max(newest, before[i]);
    }
    if (kind == Kind.OVERWRITE && newest > version) {
      skippedReply.accept(out);
      return newest;
    }
    if (kind == Kind.WRITE && newest == version && version != 0) {
      // This very write was applied before (a retry after a lost reply): do not apply it twice.
      out.simple("OK");
      return newest;
    }
    command.run();
    long result = 0;
    for (int i = 0; i < keys.length; i++) {
      byte[] key = argv[keys[i]];
      long v = before[i] > version ? before[i] + 1 : version;
      if (db.version(key, v)) {
        ctx.keyspace().tombstones().clear(db.index(), key);
      } else {
        ctx.keyspace().tombstones().record(db.index(), key, v, now);
        ctx.keyspace().versions().observe(v);
      }
      if (i == 0) {
        result = v;
      }
    }
    return result;
  }
}
