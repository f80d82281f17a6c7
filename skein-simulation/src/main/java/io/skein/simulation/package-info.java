/**
 * Deterministic, seeded simulations of whole clusters on a manual clock and a simulated
 * network, with invariant checks after every step.
 *
 * <p>Threading: single-threaded. Dependencies: skein-core and skein-membership.
 */
package io.skein.simulation;
