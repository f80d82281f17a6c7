/**
 * The values a topology is described with: peers and their endpoints, racks, peer states, slot
 * assignments, distributions, consistency levels and the pool's configuration.
 *
 * <p>Role on the request path: none directly; these are the inputs from which the config
 * loader and the control plane build a validated {@link io.skein.routing.pool.ServerPool}, the
 * view the dispatcher plans against.
 *
 * <p>Entry points: {@link io.skein.routing.topology.Peer},
 * {@link io.skein.routing.topology.PoolConfig}.
 *
 * <p>Threading: every type is an immutable value.
 * <p>Dependencies: {@code io.skein.core}, {@code io.skein.routing.hash}.
 */
package io.skein.routing.topology;
