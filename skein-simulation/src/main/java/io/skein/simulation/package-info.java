/**
 * Deterministic, seeded simulations of whole clusters on a manual clock and a simulated
 * network, with invariant checks.
 *
 * <p>Entry points: {@link io.skein.simulation.SimCluster} (engines on a simulated network with
 * loss, latency, stalls, slow members, crashes and partitions), the measured scenarios
 * ({@link io.skein.simulation.MembershipSimulation} for detection and joins,
 * {@link io.skein.simulation.FalsePositiveScenario}, {@link io.skein.simulation.SlowNodeScenario})
 * and {@link io.skein.simulation.MembershipReport}, which prints the tables in
 * docs/membership.md.
 *
 * <p>Threading: single-threaded. Dependencies: skein-core and skein-membership.
 */
package io.skein.simulation;
