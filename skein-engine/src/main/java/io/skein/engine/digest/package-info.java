/**
 * Content digests of keys and of the whole dataset, computed as Redis's DEBUG DIGEST-VALUE and
 * DEBUG DIGEST compute them, so replicas can be compared with each other and with Redis.
 *
 * <p>Role on the request path: none; the server's DEBUG command and anti-entropy checks call
 * {@link io.skein.engine.digest.ValueDigest}. Threading: the caller holds the stripe locks of
 * what it digests. Dependencies: the keyspace, the value types (lists, sets, sorted sets,
 * hashes) and skein-core's {@code HashSlot} and {@code DoubleFormat}.
 */
package io.skein.engine.digest;
