/**
 * Test support shared by modules: an in-memory network with the peer transport's interface,
 * with loss, delay and partitions, for fast multi-node tests and deterministic simulations.
 *
 * <p>Entry points: {@link io.skein.testkit.InProcessRegistry} (one per logical network; manual
 * delivery with {@code deliverDue()} at a {@code ManualClock}'s time, or scheduled delivery on
 * an executor) and {@link io.skein.testkit.InProcessClusterTransport} (one per node). Frames
 * pass the same HELLO, HMAC and sequence checks as on TCP.
 *
 * <p>Threading: documented per type; deliveries run one at a time.
 * <p>Dependencies: skein-core and skein-transport (its seam and frame package; not Netty).
 */
package io.skein.testkit;
