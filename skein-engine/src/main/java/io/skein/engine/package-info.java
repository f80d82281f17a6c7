/**
 * The embedded datastore: a single node's keyspace, data types, expiry, eviction and command
 * table, with no knowledge of sockets, protocols or the cluster.
 *
 * <p>Role on the request path: the server decodes a command, looks it up in
 * {@link io.skein.engine.Engine#commands()} and runs it through
 * {@link io.skein.engine.exec.CommandExecutor}, which writes the reply to a
 * {@link io.skein.engine.command.ReplySink}. Entry point: {@link io.skein.engine.Engine}.
 *
 * <p>Threading: called concurrently from every I/O thread; consistency comes from the stripe
 * locks ({@link io.skein.engine.exec.StripeLocks}), never from a global lock.
 * <p>Dependencies: skein-core and the JDK; never Netty or Ratis (the build enforces it).
 */
package io.skein.engine;
