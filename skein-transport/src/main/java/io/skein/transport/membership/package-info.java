/**
 * The driver that runs the membership cores on a node: SWIM with Lifeguard, the data plane's
 * phi-accrual {@code GossipHandler}, the member lifecycle and the split-brain resolver, over the
 * peer transport.
 *
 * <p>Role on the request path: it keeps the routing {@code TopologyHolder}'s peer states
 * (Normal/Down) true, so the dispatcher stops planning a dead peer within seconds; it decides
 * who is in the cluster and tells the server when this node has been downed.
 *
 * <p>Entry point: {@link io.skein.transport.membership.MembershipNode}, configured by
 * {@link io.skein.transport.membership.MembershipSettings} and identified by
 * {@link io.skein.transport.membership.NodeIdentity}. Its
 * {@link io.skein.transport.membership.MembershipNode#handler()} takes the GOSSIP and
 * MEMBERSHIP channels of the node's transport. The rules that glue the cores together are small
 * classes beside it: {@code SeedPlan} (who starts a cluster), {@code ReachabilityBridge} (SWIM
 * verdicts to lifecycle reachability), {@code HeartbeatRule} (what counts as a heartbeat),
 * {@code OperatorViews} (the lines operators read).
 *
 * <p>Threading: every call into a core runs on one thread, a task of the
 * {@code ScheduledExecutorService} the node is given ({@code NodeLoop}); transport threads only
 * decode frames and hand them over. Views ({@code peerLines}, {@code memberLines},
 * {@code leader}) read immutable snapshots and may be called from any thread.
 *
 * <p>Dependencies: skein-core, skein-membership, skein-routing (pool and topology), the
 * transport seam of {@code io.skein.transport}; no Netty.
 */
package io.skein.transport.membership;
