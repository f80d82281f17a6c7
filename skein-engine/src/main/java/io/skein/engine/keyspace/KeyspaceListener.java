package io.skein.engine.keyspace;

/**
 * Told of every change to a key, on the thread that made it, while that thread holds the key's
 * stripe lock. WATCH, blocked clients and (later) replication hang off this one hook.
 */
@FunctionalInterface
public interface KeyspaceListener {

  KeyspaceListener NONE = (db, key) -> {};

  /** {@code key} of {@code db} was written, deleted or expired. Must not block. */
  void keyModified(Database db, byte[] key);
}
