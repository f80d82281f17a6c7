/**
 * The hash commands (HSET, HGET, HGETALL, HINCRBY, HRANDFIELD, HSCAN, ...) and the hash value
 * itself, {@link io.skein.engine.hashes.RedisHash}: a compact pair array while small, a
 * {@link io.skein.engine.util.ScannableHashMap} once large.
 *
 * <p>Entry point: {@link io.skein.engine.hashes.HashCommands#register}. Threading: handlers run
 * under the key's stripe lock, which also guards the hash. Dependencies: the command model, the
 * keyspace and {@code io.skein.engine.util}.
 */
package io.skein.engine.hashes;
