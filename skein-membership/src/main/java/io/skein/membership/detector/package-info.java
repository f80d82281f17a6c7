/**
 * The phi accrual failure detector: a suspicion level per monitored peer from the timing of
 * its heartbeats.
 *
 * <p>Role: the data plane's {@code GossipHandler} keeps one detector per peer and turns its
 * phi into Normal/Down; SWIM and the lifecycle may use it for their own heartbeats. Entry
 * point: {@link io.skein.membership.detector.PhiAccrualFailureDetector} with a
 * {@link io.skein.membership.detector.PhiAccrualConfig}.
 *
 * <p>Threading: a detector is a deterministic state machine driven with {@code nowMillis}; it
 * never reads a clock and is not thread-safe (its owner confines or locks it).
 *
 * <p>Dependencies: the JDK only.
 */
package io.skein.membership.detector;
