/**
 * Small value types and containers shared by the engine's data types: byte strings, the glob
 * matcher, the scannable hash table that large hashes and sets live in, and SCAN arguments.
 *
 * <p>Threading: values are immutable; containers are guarded by the owning key's stripe lock.
 * Dependencies: the JDK, skein-core, and the engine's command model (for error replies).
 */
package io.skein.engine.util;
