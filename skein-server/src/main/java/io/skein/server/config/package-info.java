/**
 * The node's YAML config: Dynomite's {@code dyn_o_mite:} keys loaded unchanged, Skein's own keys
 * beside them, validated into an immutable {@link io.skein.server.config.NodeConfig} whose
 * topology has passed coverage validation.
 *
 * <p>Role on the request path: none; it runs once at start-up, and its result builds the
 * node's listeners and the first {@link io.skein.routing.pool.ServerPool}.
 *
 * <p>Entry point: {@link io.skein.server.config.ConfigFile#loadNode}. Errors:
 * {@link io.skein.server.config.ConfigException}, always {@code <file>: <key>: <value>
 * (expected: <form>)}.
 *
 * <p>Threading: start-up only; the values it returns are immutable.
 * <p>Dependencies: Jackson YAML, {@code io.skein.core}, {@code io.skein.routing} (topology
 * values, coverage), the engine's eviction policies.
 */
package io.skein.server.config;
