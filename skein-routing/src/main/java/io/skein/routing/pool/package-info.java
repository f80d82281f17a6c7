/**
 * The validated, immutable topology view: datacenters → racks → a token continuum or slot map,
 * plus peer states, the snitch's distance order and the preselected remote racks.
 *
 * <p>Role on the request path: the dispatcher reads one {@link io.skein.routing.pool.ServerPool}
 * per request (through {@link io.skein.routing.pool.TopologyHolder}) and asks each rack for the
 * owner of the key. Everything the hot path needs is precomputed into arrays when a pool is
 * built.
 *
 * <p>Entry points: {@link io.skein.routing.pool.ServerPool#create} (validates coverage; there
 * is no other way to build a pool) and {@link io.skein.routing.pool.TopologyHolder}, which the
 * config loader, the failure detector and the control plane use to swap pools atomically.
 *
 * <p>Threading: pools are immutable and safe to share; the holder is thread-safe.
 * <p>Dependencies: {@code io.skein.core}, {@code io.skein.routing.hash},
 * {@code io.skein.routing.topology}, {@code io.skein.routing.coverage}.
 */
package io.skein.routing.pool;
