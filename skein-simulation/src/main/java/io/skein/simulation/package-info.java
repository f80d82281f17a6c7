/**
 * Deterministic, seeded simulations of whole clusters on a manual clock and a simulated
 * network, with invariant checks.
 *
 * <p>Entry points: {@link io.skein.simulation.SimCluster} (engines on a simulated network with
 * loss, latency, stalls, crashes and partitions), {@link io.skein.simulation.MembershipSimulation}
 * (the measured scenarios) and {@link io.skein.simulation.MembershipReport} (prints the table in
 * docs/membership.md).
 *
 * <p>Threading: single-threaded. Dependencies: skein-core and skein-membership.
 */
package io.skein.simulation;
