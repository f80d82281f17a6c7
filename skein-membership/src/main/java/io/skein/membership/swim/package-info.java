/**
 * SWIM with Lifeguard: which members are alive, found by probing and spread by gossip.
 *
 * <p>Role: the membership layer's failure detector and dissemination. Probe acks are heartbeats
 * for the phi-accrual detectors ({@link io.skein.membership.swim.GossipEvent.AckReceived});
 * membership events (joined, suspected, failed, left, recovered) feed the member lifecycle.
 *
 * <p>Entry point: {@link io.skein.membership.swim.GossipEngine}, configured by
 * {@link io.skein.membership.swim.GossipConfig} (presets lan, wan, local); messages are
 * {@link io.skein.membership.swim.GossipMessage}s, encoded by
 * {@link io.skein.membership.swim.GossipCodec} for the transport's gossip channel.
 *
 * <p>Threading: the engine is a deterministic state machine, driven by one thread with
 * {@code (now, input)}; it never reads a clock, sleeps, or does I/O. Values are immutable.
 *
 * <p>Dependencies: skein-core and {@code io.skein.membership.member} (member identity).
 */
package io.skein.membership.swim;
