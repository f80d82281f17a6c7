/**
 * The node: its Netty server, the connection pipeline, the server's own commands, and the
 * command-line program.
 *
 * <p>Request path: bytes → {@link io.skein.resp.RespRequestDecoder} →
 * {@link io.skein.server.net.ClientConnection} (checks, MULTI queuing) → the engine's executor
 * → {@link io.skein.server.net.RespSink} → one flush per read batch. Entry point:
 * {@link io.skein.server.SkeinServer}. Threading: Netty event loops; the engine is thread-safe.
 * Dependencies: everything below it (core, resp, engine) and Netty.
 */
package io.skein.server;
