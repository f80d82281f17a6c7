/**
 * Test support shared by modules: an in-memory network with the peer transport's interface,
 * with loss, delay and partitions.
 *
 * <p>Threading: documented per type. Dependencies: skein-core and skein-transport.
 */
package io.skein.testkit;
