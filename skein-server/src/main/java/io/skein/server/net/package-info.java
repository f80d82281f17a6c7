/**
 * Client connections: per-connection state, the read batch whose keys are prefetched before
 * its commands run, the checks made before a command runs, CLIENT REPLY modes, blocking
 * hand-off, the RESP reply sink and the batch's reply buffer.
 *
 * <p>Entry point: {@link io.skein.server.net.ClientConnection}. Threading: each connection on its
 * event loop; blocked clients are served from other loops through
 * {@code ClientBlocking}. Dependencies: Netty, skein-resp, skein-engine.
 */
package io.skein.server.net;
