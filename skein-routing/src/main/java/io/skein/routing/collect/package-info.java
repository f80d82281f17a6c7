/**
 * The response collector: decides, from a plan and the replies as they arrive, when the client
 * is answered, with what, and which replicas need repair.
 *
 * <p>Role on the request path: after the data plane fans a
 * {@link io.skein.routing.dispatch.DispatchPlan.Replicas} plan out, it feeds each reply (or
 * timeout) and finally the deadline to a {@link io.skein.routing.collect.ResponseCollector},
 * sends the client the one {@link io.skein.routing.collect.Decision.Respond} it returns, and
 * after {@link io.skein.routing.collect.ResponseCollector#finished()} writes back the
 * {@link io.skein.routing.collect.Repair}s (read repair).
 *
 * <p>Entry point: {@link io.skein.routing.collect.ResponseCollector#start}.
 *
 * <p>Threading: a collector is a single-request state machine, not thread-safe; the data
 * plane drives each one from one event loop. It reads no clock: the driver decides when the
 * deadline has passed and says so.
 * <p>Dependencies: {@code io.skein.routing.dispatch}, {@code io.skein.routing.topology}.
 */
package io.skein.routing.collect;
