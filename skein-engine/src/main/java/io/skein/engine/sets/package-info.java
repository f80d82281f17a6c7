/**
 * The set commands (SADD, SMEMBERS, SPOP, SINTER, SSCAN, ...) and the set value itself,
 * {@link io.skein.engine.sets.RedisSet}: an intset, a listpack-like array or a
 * {@link io.skein.engine.util.ScannableHashMap}, as Redis 7.2 encodes sets.
 *
 * <p>Entry point: {@link io.skein.engine.sets.SetCommands#register}. Threading: handlers run
 * under the stripe locks of all their keys, which also guard the sets. Dependencies: the command
 * model, the keyspace and {@code io.skein.engine.util}.
 */
package io.skein.engine.sets;
