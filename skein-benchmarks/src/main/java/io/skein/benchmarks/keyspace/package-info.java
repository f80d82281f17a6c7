/**
 * JMH benchmarks of the engine's keyspace: string lookups and writes in a database holding a
 * million keys, where each access is bound by cache misses on the slot table and the record.
 * Not on the request path; run from the shaded {@code skein-benchmarks.jar} (see
 * docs/benchmarks.md).
 *
 * <p>Threading: JMH's. Dependencies: skein-engine, skein-core, JMH.
 */
package io.skein.benchmarks.keyspace;
