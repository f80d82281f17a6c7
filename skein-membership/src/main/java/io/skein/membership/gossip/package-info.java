/**
 * The data plane's failure detection: which peers the dispatcher may route to.
 *
 * <p>Role on the request path: {@link io.skein.membership.gossip.GossipHandler} is the only
 * writer of peer states Normal and Down in the routing
 * {@link io.skein.routing.pool.TopologyHolder}; {@code ClusterDispatcher} reads them for every
 * plan, so a Down peer leaves plans at once and comes back with its first heartbeat. Entry
 * point: {@code new GossipHandler(holder)}, then {@code recordHeartbeat} from the transport and
 * {@code evaluate} from a timer. {@link io.skein.membership.gossip.FailureMetrics} is the seam
 * to Prometheus ({@link io.skein.membership.gossip.CountingFailureMetrics} keeps the values in
 * memory).
 *
 * <p>Threading: the handler is thread-safe (a lock per peer; transitions by compare-and-set on
 * the holder); it reads no clock and starts no thread: the caller passes {@code nowMillis} and
 * owns the timer.
 *
 * <p>Dependencies: {@code io.skein.membership.detector}, {@code io.skein.membership.events},
 * {@code io.skein.routing.pool} and {@code io.skein.routing.topology}.
 */
package io.skein.membership.gossip;
