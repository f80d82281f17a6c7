package io.skein.engine.exec;

/**
 * Keeps the keyspace under {@code maxmemory}: before a command that may grow memory, evicts
 * keys by the configured policy until there is room, or says there is none (the command then
 * answers Redis's OOM error).
 */
public interface MemoryGuard {

  /** A guard for a node without {@code maxmemory}. */
  MemoryGuard UNLIMITED = locks -> true;

  /**
   * Makes room; returns {@code false} when the node is over its limit and may not evict. Called
   * before the command takes any lock, so it may take stripe locks itself.
   */
  boolean makeRoom(StripeLocks locks);
}
