/**
 * Consistency-level dispatch planning: for one request and key, which replicas it goes to, how
 * many must answer in which datacenter, and by which rule the client's answer is chosen.
 *
 * <p>Role on the request path: called by the data plane's request path for every keyed
 * command, after decoding and before any I/O. A {@link io.skein.routing.dispatch.DispatchPlan}
 * is either {@code LocalDatastore} (run it on this node's engine), {@code Replicas} (fan out,
 * then feed the replies to a {@link io.skein.routing.collect.ResponseCollector}) or
 * {@code NoTargets} (answer the client with the reason at once).
 *
 * <p>Entry point: {@link io.skein.routing.dispatch.ClusterDispatcher#plan}. It is on the hot
 * path: it hashes the key once, walks precomputed per-rack arrays and allocates only the
 * plan's target list; {@code LocalDatastore} is a singleton.
 *
 * <p>Threading: the dispatcher is thread-safe and lock-free; plans are immutable.
 * <p>Dependencies: {@code io.skein.core}, {@code io.skein.routing.hash},
 * {@code io.skein.routing.topology}, {@code io.skein.routing.pool}.
 */
package io.skein.routing.dispatch;
