/**
 * Execution: stripe locks, the executor that runs commands and transactions under them, WATCH,
 * and blocked clients.
 *
 * <p>Entry point: {@link io.skein.engine.exec.CommandExecutor}. Threading: thread-safe; called
 * from every I/O thread. Dependencies: the command model and the keyspace.
 */
package io.skein.engine.exec;
