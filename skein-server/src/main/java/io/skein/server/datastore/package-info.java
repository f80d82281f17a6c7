/**
 * Proxy mode: a node whose data lives in an external Redis ({@code servers:} with {@code
 * data_store: 0}), as in Dynomite, instead of the embedded engine.
 *
 * <p>Role on the request path: where the embedded engine would run a data command (a standalone
 * node's command, a replica's part of a cluster command, {@code SKEIN LOCAL}), the node sends it
 * to the external Redis and relays the reply bytes. {@link
 * io.skein.server.datastore.ProxyRouting} decides which commands go there, which the node answers
 * itself and which it refuses; {@link io.skein.server.datastore.ExternalRedis} is the pool of
 * pipelined connections that carries them; {@link io.skein.server.datastore.ProxyRouter} is the
 * standalone node's router built from the two.
 *
 * <p>Entry points: {@code ExternalRedis} (start, execute, close) with {@code
 * ExternalRedisSettings.from(NodeConfig)}; {@code ProxyRouting.decide}/{@code forwards}.
 *
 * <p>Threading: {@code ExternalRedis.execute} from any thread; each connection lives on one Netty
 * event loop, and replies complete there. {@code ProxyRouting} is pure.
 *
 * <p>Dependencies: skein-core, skein-resp (encoding commands), skein-engine (the command table's
 * entries), the node's config and client connection types, Netty.
 */
package io.skein.server.datastore;
