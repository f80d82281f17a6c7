/**
 * The RESP2/RESP3 wire codec: bytes from a client become argument vectors, and replies become
 * bytes. It knows the protocol and Redis's limits on it, and nothing about commands.
 *
 * <p>Role on the request path: the first and the last hop. {@link io.skein.resp.RespRequestDecoder}
 * sits at the head of a client channel's pipeline and emits one {@code byte[][]} per command (or
 * one {@link io.skein.resp.RespProtocolError}, after which it goes silent); the server's handler
 * answers through the static methods of {@link io.skein.resp.RespEncoder}.
 * {@link io.skein.resp.RespReplyDecoder} and {@link io.skein.resp.RespValue} serve the other
 * direction: Skein's own clients, the peer transport and tests.
 *
 * <p>Threading: a decoder instance belongs to one channel and runs on its event loop; its
 * setters ({@code authenticated}, {@code limits}, ...) may be called from any thread and take
 * effect at the next header the decoder reads. The encoder is stateless and thread-safe.
 *
 * <p>Dependencies: Netty's buffer, codec-base and transport modules, and {@code skein-core}
 * (for Redis's double formatting). Nothing above it.
 */
package io.skein.resp;
