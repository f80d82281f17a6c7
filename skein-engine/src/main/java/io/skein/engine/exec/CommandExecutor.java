package io.skein.engine.exec;

import io.skein.engine.command.CommandContext;
import io.skein.engine.command.CommandFlag;
import io.skein.engine.command.CommandSpec;
import io.skein.engine.command.RedisException;
import io.skein.engine.command.ReplySink;
import io.skein.engine.keyspace.Database;
import io.skein.engine.keyspace.Keyspace;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs commands against the keyspace: takes the stripe locks of the command's keys, makes room
 * under {@code maxmemory}, runs the handler, turns {@link RedisException} into an error reply,
 * registers clients that block, and afterwards serves the blocked clients whose keys became
 * ready. MULTI/EXEC runs all queued commands under the union of their locks, so a transaction
 * is atomic with respect to every other client.
 *
 * <p>Thread-safe: every I/O thread calls it directly, with its own connections' contexts.
 */
public final class CommandExecutor {

  private final Keyspace keyspace;
  private final StripeLocks locks = new StripeLocks();
  private final WatchRegistry watches = new WatchRegistry();
  private final BlockingRegistry blocking = new BlockingRegistry();
  private final MemoryGuard memory;
  private final ThreadLocal<List<DbKey>> readyKeys = ThreadLocal.withInitial(ArrayList::new);

  public CommandExecutor(Keyspace keyspace, MemoryGuard memory) {
    this.keyspace = keyspace;
    this.memory = memory;
    keyspace.listener(this::keyModified);
  }

  public StripeLocks locks() {
    return locks;
  }

  /** Number of clients blocked in a blocking command, for INFO. */
  public int blockedClients() {
    return blocking.count();
  }

  /** Number of distinct keys blocked clients wait on (INFO's total_blocking_keys). */
  public int blockingKeys() {
    return blocking.keyCount();
  }

  /** Runs one command; the caller has looked it up and checked its arity. */
  public void execute(CommandContext ctx, CommandSpec spec, byte[][] argv, ReplySink out) {
    if (spec.has(CommandFlag.DENYOOM) && !memory.makeRoom(locks)) {
      out.error(RedisException.OOM.getMessage());
      return;
    }
    if (!spec.has(CommandFlag.ALL_KEYS)) {
      int[] keyIndexes = spec.keyIndexes(argv);
      if (keyIndexes.length == 1) {
        // The common case, without underLocks' Runnable: that capturing lambda was not
        // scalar-replaced and was the request path's most frequent allocation.
        int stripe = StripeLocks.stripeOfKey(argv[keyIndexes[0]]);
        locks.lock(stripe);
        try {
          run(ctx, spec, argv, out, null);
        } finally {
          locks.unlock(stripe);
        }
        serveReadyClients();
        return;
      }
    }
    underLocks(spec, argv, () -> run(ctx, spec, argv, out, null));
    serveReadyClients();
  }

  /**
   * Runs one command as a replica, at the coordinator's {@code version}; see
   * {@link ReplicaApply} for what that means. Returns the version the command's first key holds
   * afterwards (0 when it does not exist).
   */
  public long executeAsReplica(CommandContext ctx, CommandSpec spec, byte[][] argv,
      ReplySink out, ReplicaApply apply) {
    if (apply.writes() && spec.has(CommandFlag.DENYOOM) && !memory.makeRoom(locks)) {
      out.error(RedisException.OOM.getMessage());
      return 0;
    }
    long[] result = new long[1];
    underLocks(spec, argv, () -> result[0] = apply.run(ctx, spec, argv, out,
        () -> run(ctx, spec, argv, out, null)));
    serveReadyClients();
    return result[0];
  }

  private void underLocks(CommandSpec spec, byte[][] argv, Runnable body) {
    if (spec.has(CommandFlag.ALL_KEYS)) {
      locks.lockEverything();
      try {
        body.run();
      } finally {
        locks.unlockEverything();
      }
      return;
    }
    int[] keyIndexes = spec.keyIndexes(argv);
    if (keyIndexes.length == 1) {
      int stripe = StripeLocks.stripeOfKey(argv[keyIndexes[0]]);
      locks.lock(stripe);
      try {
        body.run();
      } finally {
        locks.unlock(stripe);
      }
    } else if (keyIndexes.length == 0) {
      body.run();
    } else {
      int[] stripes = stripesOf(argv, keyIndexes);
      locks.lockAll(stripes);
      try {
        body.run();
      } finally {
        locks.unlockAll(stripes);
      }
    }
  }

  /**
   * Runs a transaction's queued commands atomically. Answers the null array when a watched key
   * changed since WATCH, else an array of the commands' replies.
   */
  public void executeTransaction(CommandContext ctx, List<CommandSpec> specs,
      List<byte[][]> argvs, Watcher watcher, ReplySink out) {
    boolean everything = specs.stream()
        .anyMatch(s -> s.has(CommandFlag.ALL_KEYS) || s.has(CommandFlag.SLOT_BY_SLOT));
    int[] stripes = everything ? null : transactionStripes(specs, argvs);
    if (everything) {
      locks.lockEverything();
    } else {
      locks.lockAll(stripes);
    }
    try {
      if (watcher != null && watcher.dirty()) {
        out.nullArray();
        return;
      }
      out.arrayHeader(specs.size());
      ctx.inTransaction(true);
      for (int i = 0; i < specs.size(); i++) {
        run(ctx, specs.get(i), argvs.get(i), out, null);
      }
    } finally {
      ctx.inTransaction(false);
      if (everything) {
        locks.unlockEverything();
      } else {
        locks.unlockAll(stripes);
      }
      if (watcher != null) {
        watches.unwatchAll(watcher);
      }
    }
    serveReadyClients();
  }

  /** WATCH: remembers {@code key} of {@code db} for {@code watcher}. */
  public void watch(Watcher watcher, int db, byte[] key) {
    watches.watch(watcher, db, key);
  }

  /** UNWATCH (and the end of EXEC, DISCARD, a closed connection). */
  public void unwatch(Watcher watcher) {
    watches.unwatchAll(watcher);
  }

  /**
   * Every key of {@code db} (all databases when negative) changed at once: FLUSHDB, FLUSHALL,
   * SWAPDB. Watchers become dirty and blocked clients are re-checked.
   */
  public void databaseChanged(int db) {
    watches.touchDatabase(db);
    if (blocking.anyone()) {
      readyKeys.get().addAll(blocking.keysOfDatabase(db));
    }
  }

  /** Removes a blocked client that timed out or disconnected. */
  public void unblock(BlockedClient client) {
    blocking.unregister(client);
  }

  private void run(CommandContext ctx, CommandSpec spec, byte[][] argv, ReplySink out,
      BlockedClient retrying) {
    try {
      spec.handler().execute(ctx, argv, out);
    } catch (RedisException e) {
      ctx.takeBlockKeys();
      out.error(e.getMessage());
      return;
    }
    byte[][] blockOn = ctx.takeBlockKeys();
    if (blockOn != null && retrying == null) {
      BlockedClient client = ctx.connection();
      blocking.register(client, ctx.db().index(), blockOn);
      client.blocked(ctx.blockTimeoutMillis());
    } else if (blockOn != null) {
      throw new StillBlocked();
    }
  }

  private void keyModified(Database db, byte[] key) {
    watches.touch(db.index(), key);
    if (blocking.anyone() && blocking.hasWaiters(db.index(), key)) {
      readyKeys.get().add(DbKey.of(db.index(), key.clone()));
    }
  }

  /** Serves, oldest first, the clients blocked on keys that this thread's commands made ready. */
  private void serveReadyClients() {
    if (!blocking.anyone()) {
      return;
    }
    List<DbKey> ready = readyKeys.get();
    while (!ready.isEmpty()) {
      DbKey key = ready.remove(ready.size() - 1);
      for (BlockedClient client : blocking.waitersOf(key)) {
        retry(client);
      }
    }
  }

  private void retry(BlockedClient client) {
    if (!client.tryBeginServe()) {
      return;
    }
    CommandSpec spec = client.spec();
    byte[][] argv = client.argv();
    CommandContext ctx = client.context();
    int[] stripes = stripesOf(argv, spec.keyIndexes(argv));
    boolean served = true;
    locks.lockAll(stripes);
    try {
      ctx.retryingBlocked(true);
      run(ctx, spec, argv, client.sink(), client);
    } catch (StillBlocked e) {
      served = false;
    } finally {
      ctx.retryingBlocked(false);
      // End the serve while the client's keys are still locked: a writer that makes another of
      // its keys ready needs one of these locks, so when it then tries to claim the client the
      // claim succeeds. Ending after the unlock would let that claim fail and lose the wake-up.
      if (served) {
        blocking.unregister(client);
      }
      client.endServe(served);
      locks.unlockAll(stripes);
    }
  }

  private static int[] stripesOf(byte[][] argv, int[] keyIndexes) {
    byte[][] keys = new byte[keyIndexes.length][];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = argv[keyIndexes[i]];
    }
    return StripeLocks.stripesOf(keys, keys.length);
  }

  private static int[] transactionStripes(List<CommandSpec> specs, List<byte[][]> argvs) {
    List<byte[]> keys = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      for (int index : specs.get(i).keyIndexes(argvs.get(i))) {
        keys.add(argvs.get(i)[index]);
      }
    }
    return StripeLocks.stripesOf(keys.toArray(new byte[0][]), keys.size());
  }

  /** A retried blocking command found nothing again; the client keeps waiting. */
  private static final class StillBlocked extends RuntimeException {
    StillBlocked() {
      super(null, null, false, false);
    }
  }
}
