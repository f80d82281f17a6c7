/**
 * The command model: specs (name, arity, flags, key positions), the table, the per-connection
 * context, argument parsing with Redis's error replies, and the {@code ReplySink} replies go to.
 *
 * <p>Entry point: {@link io.skein.engine.command.CommandTable}. Threading: the table is
 * immutable after start-up; a context belongs to one connection. Dependencies: the keyspace.
 */
package io.skein.engine.command;
