/**
 * Membership: who is in the cluster, who is alive, and what to do when the network splits.
 *
 * <p>Role on the request path: none directly. Failure detectors turn heartbeats into peer
 * states that the dispatcher reads; the member lifecycle and the split-brain resolver decide
 * which nodes serve at all. Sub-packages: {@code member} (the member value types),
 * {@code events} (the cluster event bus), and the protocol cores beside them.
 *
 * <p>Threading: the protocol cores are deterministic state machines driven by one thread at a
 * time with {@code (now, input)}; they never read the wall clock, sleep or start threads. The
 * event bus is thread-safe.
 *
 * <p>Dependencies: skein-core and skein-routing (GossipHandler owns the data plane's peer
 * states); no I/O, no Netty, no Ratis (enforced by the build).
 */
package io.skein.membership;
