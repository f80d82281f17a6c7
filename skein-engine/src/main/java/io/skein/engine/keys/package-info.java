/**
 * The generic key commands (DEL, EXISTS, EXPIRE, TTL, RENAME, SCAN, ...).
 *
 * <p>Entry point: {@link io.skein.engine.keys.KeyCommands#register}. Threading: handlers run
 * under the keys' stripe locks, or all of them for the commands flagged {@code ALL_KEYS}.
 * Dependencies: the command model and the keyspace.
 */
package io.skein.engine.keys;
