/**
 * The command model: specs (name, arity, flags, key positions), the table, the per-connection
 * context, argument parsing with Redis's error replies (blocking timeouts read as Redis's {@code
 * long double}, see {@code LongDouble}), the checks of container subcommands ({@code
 * Subcommands}), and the {@code ReplySink} replies go to.
 *
 * <p>Entry point: {@link io.skein.engine.command.CommandTable}. Threading: the table is
 * immutable after start-up; a context belongs to one connection. Dependencies: the keyspace.
 */
package io.skein.engine.command;
