/**
 * The generic key commands: DEL, EXISTS, TYPE, the expiry commands, RENAME/MOVE/COPY, KEYS,
 * SCAN, RANDOMKEY, DBSIZE, FLUSHDB/FLUSHALL/SWAPDB, OBJECT, and DUMP/RESTORE with Skein's own
 * payload format ({@link io.skein.engine.keys.DumpFormat}).
 *
 * <p>Entry point: {@link io.skein.engine.keys.KeyCommands#register}. Threading: handlers run
 * under the keys' stripe locks; KEYS, FLUSHDB, FLUSHALL and SWAPDB are flagged
 * {@code ALL_KEYS} and run holding every stripe; SCAN, RANDOMKEY and DBSIZE lock one slot's
 * stripe at a time themselves. Dependencies: the command model, the keyspace, and the
 * executor's stripe locks.
 */
package io.skein.engine.keys;
