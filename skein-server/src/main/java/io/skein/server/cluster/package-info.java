/**
 * The node's part in the cluster's data plane (DESIGN §2, §3.1): {@link
 * io.skein.server.cluster.ClusterRuntime} wires the request path (plan, execute locally and on
 * the replicas, collect, reply), the replica service that answers other coordinators, the
 * retry queue for writes that have not landed, and read repair.
 *
 * <p>Threading: a client command's fan-out runs on its connection's event loop; replica
 * requests run on transport threads; the engine's stripe locks make both safe.
 *
 * <p>Dependencies: the engine, routing (plans and collectors), the peer transport, Netty.
 */
package io.skein.server.cluster;
