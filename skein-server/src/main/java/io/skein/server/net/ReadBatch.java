package io.skein.server.net;

import io.skein.engine.keyspace.Database;
import io.skein.engine.keyspace.KeyPrefetch;
import java.util.Arrays;

/**
 * The commands of one read, held back until the read ends or {@link KeyPrefetch#MAX_KEYS} have
 * arrived, so that their keys can be brought into the caches together before the commands run
 * one by one, in order. Their replies are flushed at the end of the read in any case, so
 * holding them back costs no latency.
 *
 * <p>The key prefetched is each command's first argument: it is the key of every single-key
 * command, and for other commands a wasted load at worst.
 *
 * <p>Not thread-safe: the connection's event loop owns it.
 */
final class ReadBatch {

  private final byte[][][] commands = new byte[KeyPrefetch.MAX_KEYS][][];
  private final byte[][] keys = new byte[KeyPrefetch.MAX_KEYS][];
  private final KeyPrefetch prefetch = new KeyPrefetch();
  private int size;

  /** Adds a command; returns whether the batch is now full and must be run. */
  boolean add(byte[][] argv) {
    commands[size] = argv;
    keys[size] = argv.length > 1 ? argv[1] : null;
    return ++size == commands.length;
  }

  /** Prefetches the keys (when there are several) and dispatches the commands in order. */
  void run(ClientConnection client, Database db) {
    int n = size;
    if (n == 0) {
      return;
    }
    client.stampBatch();
    if (n > 1) {
      prefetch.load(db, keys, n);
    }
    size = 0;
    for (int i = 0; i < n; i++) {
      byte[][] argv = commands[i];
      commands[i] = null;
      keys[i] = null;
      if (argv != null) { // null: the connection went away while an earlier one ran
        client.dispatch(argv);
      }
    }
  }

  /** Drops the held commands (the connection is gone). */
  void clear() {
    Arrays.fill(commands, null);
    Arrays.fill(keys, null);
    size = 0;
  }
}
