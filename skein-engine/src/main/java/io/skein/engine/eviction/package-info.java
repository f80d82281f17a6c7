/**
 * Eviction under {@code maxmemory}: Redis's sampled LRU, TTL and random policies.
 *
 * <p>Entry point: {@link io.skein.engine.eviction.Evictor}, the executor's
 * {@link io.skein.engine.exec.MemoryGuard}, consulted before every command flagged
 * {@code denyoom}. Threading: any I/O thread; takes one stripe lock at a time, never while the
 * caller holds one. Dependencies: the keyspace and the engine config.
 */
package io.skein.engine.eviction;
