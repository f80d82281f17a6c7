/**
 * The peer transport: authenticated, length-prefixed frames between Skein nodes on the peer
 * port ({@code dyn_listen}), with per-peer connection pools.
 *
 * <p>Role on the request path: the coordinator's fan-out to replica owners, and membership's
 * probes and gossip, go through {@link io.skein.transport.PeerTransport}; inbound frames reach
 * the node through its {@link io.skein.transport.PeerHandler}. This package holds the seam and
 * the values both implementations share: {@link io.skein.transport.ClusterSecret},
 * {@link io.skein.transport.TransportStats} and {@link io.skein.transport.FrameRejection},
 * {@link io.skein.transport.SecureServerOption} with {@link io.skein.transport.PeerLocator},
 * {@link io.skein.transport.Backoff}, {@link io.skein.transport.RateLimitedLog}. The frame
 * format is in {@code frame}, the Netty implementation in {@code tcp}; the in-memory network
 * is in skein-testkit.
 *
 * <p>Threading: every type here is immutable or thread-safe.
 * <p>Dependencies: skein-core, skein-membership (to run its cores), the JDK; no Netty in this
 * package.
 */
package io.skein.transport;
