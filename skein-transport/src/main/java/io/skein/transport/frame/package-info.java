/**
 * The peer frame format and its authentication, on byte arrays: {@link
 * io.skein.transport.frame.FrameCodec} (the format, with its design note) and {@link
 * io.skein.transport.frame.FrameSession} (handshake, per-direction session keys, sequence
 * numbers). No sockets and no Netty, so the TCP transport and the in-memory network authenticate
 * the same way.
 *
 * <p>Threading: {@code FrameCodec} is stateless; a {@code FrameSession} belongs to one connection
 * and is not thread-safe. Dependencies: skein-core and the JDK ({@code javax.crypto}).
 */
package io.skein.transport.frame;
