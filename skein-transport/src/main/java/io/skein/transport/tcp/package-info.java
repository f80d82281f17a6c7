/**
 * The TCP peer transport on Netty. Entry point: {@link io.skein.transport.tcp.TcpClusterTransport}
 * configured by {@link io.skein.transport.tcp.TransportConfig}.
 *
 * <p>A connection's pipeline: optional TLS, {@link io.skein.transport.tcp.FrameDecoder} (length
 * framing, size limit), {@link io.skein.transport.tcp.SessionHandler} (HELLO, HMAC, sequence
 * numbers, refusal counting), {@code FrameDispatcher} (requests and one-way messages to the
 * node's handler, replies to waiting requests); inbound connections also consolidate the
 * flushes of the replies written during one read. Outbound traffic goes through a
 * {@code PeerPool} per peer (round-robin connections, outstanding bound, queue, reconnect
 * backoff); a connection writes what its pool hands it in batches, one event-loop task and one
 * flush for many requests, and a periodic sweep times requests out.
 *
 * <p>Threading: Netty event loops own the channels and run the handlers; pools are guarded by
 * their own locks and never write or complete futures while holding them (handing a request to
 * a connection's outbox under the lock keeps the pool's order on the wire).
 * <p>Dependencies: skein-core, the frame package, Netty (transport, handler, codec, epoll).
 */
package io.skein.transport.tcp;
