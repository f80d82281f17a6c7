/**
 * Coverage validation: refuses topologies in which some key would have no owner, or two, in a
 * rack.
 *
 * <p>Role on the request path: none at request time; it runs when a topology is built. It is
 * not optional: {@link io.skein.routing.pool.ServerPool#create} runs it and refuses to build a
 * pool that fails, so the config loader and every later topology change pass through it.
 *
 * <p>Entry point: {@link io.skein.routing.coverage.CoverageValidator}. Errors form the closed
 * family {@link io.skein.routing.coverage.CoverageError}; each message names the dc, the rack,
 * the token or slots and the nodes.
 *
 * <p>Threading: stateless. <p>Dependencies: {@code io.skein.core}, {@code io.skein.routing.hash},
 * {@code io.skein.routing.topology}.
 */
package io.skein.routing.coverage;
