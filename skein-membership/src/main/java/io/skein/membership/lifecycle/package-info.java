/**
 * The member lifecycle, Akka Cluster's way: members move Joining → (WeaklyUp) → Up → Leaving →
 * Exiting → Removed, or Down → Removed; the state is gossiped with vector clocks and merged
 * monotonically; the leader (a pure function of the view) moves members on when the view has
 * converged.
 *
 * <p>Role on the request path: none directly. Its events (MemberUp, MemberRemoved, ...) tell the
 * control plane which nodes to give slots to or take them from, and its view (members,
 * reachability records, leader) is what the split-brain resolver decides on.
 *
 * <p>Entry point: {@link io.skein.membership.lifecycle.ClusterMembership}, one per node, driven
 * with {@code (now, input)}; {@link io.skein.membership.lifecycle.LifecycleCodec} gives the bytes
 * of its messages for the membership channel. The rules are pure functions beside it:
 * {@link io.skein.membership.lifecycle.Gossip#merge}, {@link
 * io.skein.membership.lifecycle.MembershipState#isConverged},
 * {@link io.skein.membership.lifecycle.LeaderElection}, {@link
 * io.skein.membership.lifecycle.LeaderActions}, {@link io.skein.membership.lifecycle.MembershipDiff},
 * {@link io.skein.membership.lifecycle.GossipDecision}.
 *
 * <p>Threading: values are immutable; {@code ClusterMembership} and {@code LeaderHandover} are
 * owned by one driver thread. No clock, sleep, thread or unseeded randomness inside.
 *
 * <p>Dependencies: skein-core, the {@code member} and {@code events} packages. No I/O.
 */
package io.skein.membership.lifecycle;
