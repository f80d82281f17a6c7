/**
 * Dynomite's thirteen key hash functions, its two-character {@code hash_tag}, and the u32
 * {@link io.skein.routing.hash.DynToken} they produce.
 *
 * <p>Role on the request path: the first step of placement. For a {@code vnode}, {@code modula}
 * or {@code random} pool the dispatcher hashes the key (or the part its hash tag selects) with
 * {@link io.skein.routing.hash.DynHash#token(byte[], int, int)} to a token, then looks the token
 * up in each rack's continuum. The {@code slots} distribution uses
 * {@link io.skein.core.HashSlot} instead and never comes here.
 *
 * <p>Entry point: {@link io.skein.routing.hash.DynHash}. Every function reproduces, bit for bit,
 * the tokens that Dynomite 0.6.22's C code computes on x86-64, including its quirks (signed
 * {@code char} reads, a CRC16 that is not truncated to 16 bits, a stub {@code murmur3}); each
 * quirk is named where it is reproduced.
 *
 * <p>Threading: stateless; every method may be called from any thread.
 * <p>Dependencies: the JDK, and skein-core for {@link io.skein.core.CrcTables}.
 */
package io.skein.routing.hash;
