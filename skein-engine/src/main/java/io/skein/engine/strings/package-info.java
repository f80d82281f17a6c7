/**
 * The string commands (GET, SET, INCR, APPEND, GETRANGE, ...). Strings live inline in their
 * key's record.
 *
 * <p>Entry point: {@link io.skein.engine.strings.StringCommands#register}. Threading: handlers
 * run under the keys' stripe locks. Dependencies: the command model and the keyspace.
 */
package io.skein.engine.strings;
