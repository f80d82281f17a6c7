/**
 * The peer transport: authenticated, length-prefixed frames between Skein nodes on the peer
 * port ({@code dyn_listen}), with per-peer connection pools.
 *
 * <p>Threading: Netty event loops. Dependencies: skein-core and Netty.
 */
package io.skein.transport;
