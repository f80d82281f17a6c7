/**
 * The commands the server implements itself, because they concern connections or the node
 * rather than keys: connection (PING, HELLO, AUTH, SELECT, ...), transactions, pub/sub, INFO,
 * CONFIG, CLIENT, COMMAND, and admin commands.
 *
 * <p>Entry point: {@link io.skein.server.commands.ServerCommands#registerAll}. Threading:
 * handlers run on the connection's event loop (or, inside EXEC, under the transaction's locks).
 * Dependencies: the engine's command model, the server's connection state.
 */
package io.skein.server.commands;
