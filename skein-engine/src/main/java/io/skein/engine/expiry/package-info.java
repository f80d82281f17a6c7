/**
 * Active expiry: the background cycle that deletes expired keys nobody reads. Lazy expiry (on
 * access) lives in {@link io.skein.engine.keyspace.Database}.
 *
 * <p>Entry point: {@link io.skein.engine.expiry.ActiveExpiry#runCycle(long)}, called by the
 * server's timer {@code hz} times a second. Threading: one caller at a time; takes one stripe
 * lock at a time. Dependencies: the keyspace and the stripe locks.
 */
package io.skein.engine.expiry;
