/**
 * Typed cluster events and the bus that delivers them.
 *
 * <p>Role: the failure detector, the lifecycle and the split-brain resolver publish here; the
 * server (ring updates, logs, metrics, the admin page) subscribes. Entry point:
 * {@link io.skein.membership.events.ClusterEventBus}.
 *
 * <p>Threading: the bus is thread-safe; an event is delivered on the publishing thread, in
 * subscription order. Dependencies: skein-core and the member types.
 */
package io.skein.membership.events;
