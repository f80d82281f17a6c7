/**
 * Storage: databases of slot tables of compact entries (see
 * {@link io.skein.engine.keyspace.Records} for the layout), lazy expiry, versions and memory
 * accounting.
 *
 * <p>Entry point: {@link io.skein.engine.keyspace.Database}. Threading: the caller holds the
 * stripe lock of the key's slot. Dependencies: skein-core.
 */
package io.skein.engine.keyspace;
