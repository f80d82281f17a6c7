/**
 * The split-brain resolver: when part of the cluster cannot reach the rest, decide which side
 * keeps serving and which members are marked Down.
 *
 * <p>Role on the request path: none directly. A decision is executed through the lifecycle (the
 * surviving side's leader marks the losing members Down) and through the node (a member that is
 * downed stops serving with {@code -CLUSTERDOWN}).
 *
 * <p>Entry points: {@link io.skein.membership.sbr.SbrSettings#parse} reads the
 * {@code cluster.sbr} section of the config; {@link io.skein.membership.sbr.SplitBrainResolver}
 * builds the strategy it names; {@link io.skein.membership.sbr.SbrRuntime#tick} is called on
 * every tick with a fresh {@link io.skein.membership.sbr.SbrView} and returns the
 * {@link io.skein.membership.sbr.SbrAction}s to execute. The strategies are pure functions from a
 * view to a {@link io.skein.membership.sbr.DowningDecision}; the runtime adds the timing
 * ({@code stable_after}, down-all-when-unstable, the lease delay).
 *
 * <p>Threading: strategies and decisions are immutable; one {@code SbrRuntime} is driven by one
 * thread at a time and takes the time as an argument. {@link io.skein.membership.sbr.InMemoryLease}
 * is thread-safe because several nodes of one process may share it.
 *
 * <p>Dependencies: skein-core and {@code io.skein.membership.member}; no I/O.
 */
package io.skein.membership.sbr;
