/**
 * Values and seams that every other Skein module shares, with no dependency beyond the JDK.
 *
 * <p>Role on the request path: none of its own; it supplies the pieces the path is made of.
 * {@link io.skein.core.HashSlot} maps a key to its Redis Cluster slot (the engine indexes keys
 * by it, routing places them by it), {@link io.skein.core.HybridLogicalClock} stamps every write
 * with a version, and {@link io.skein.core.Clock} is the only way any module reads time, so that
 * tests and simulations can drive time by hand.
 *
 * {@link io.skein.core.CrcTables} derives the CRC lookup tables that slot and token hashing use.
 *
 * <p>Threading: every type here is immutable or documents its own thread-safety.
 * <p>Dependencies: the JDK only.
 */
package io.skein.core;
