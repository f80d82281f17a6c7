/**
 * The string commands (GET, SET and its variants, MGET/MSET, counters, INCRBYFLOAT, APPEND,
 * GETRANGE, SETRANGE, ...). Strings live inline in their key's record, so every change writes a
 * new record: {@code Database.replaceString} keeps the TTL, {@code Database.setString} replaces
 * it.
 *
 * <p>Entry point: {@link io.skein.engine.strings.StringCommands#register}. Threading: handlers
 * run under the keys' stripe locks. Dependencies: the command model and the keyspace.
 */
package io.skein.engine.strings;
