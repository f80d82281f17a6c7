/**
 * Small value types shared by the engine's data types.
 *
 * <p>Threading: immutable values. Dependencies: the JDK and skein-core.
 */
package io.skein.engine.util;
