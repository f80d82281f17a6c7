/**
 * The sorted-set commands (ZADD, ZRANGE, ZPOPMIN, ZUNIONSTORE, ZSCAN, ...) and their value,
 * {@link io.skein.engine.zsets.RedisZSet}: a member table plus an order-statistic skip list.
 *
 * <p>Role on the request path: handlers called by the engine's executor after it has checked
 * arity and taken the stripe locks of the keys. Entry point:
 * {@link io.skein.engine.zsets.ZSetCommands#register}. Threading: a handler runs on the calling
 * I/O thread (or the thread serving a blocked client) under the keys' stripe locks; values are
 * not thread-safe by themselves. Dependencies: the engine's command and keyspace packages,
 * {@code io.skein.engine.sets} (plain sets are inputs of ZUNION and its kin),
 * {@code io.skein.engine.util}, and skein-core's {@code DoubleFormat}.
 */
package io.skein.engine.zsets;
