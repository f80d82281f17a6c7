package io.skein.routing.hash;

/**
 * Dynomite's four FNV variants. Bytes are read unsigned.
 *
 * <p>The 64-bit names are misleading in Dynomite: {@code fnv1_64} runs 64-bit FNV-1 and keeps
 * the low 32 bits, but {@code fnv1a_64} runs in 32-bit arithmetic with the 64-bit offset basis
 * and prime truncated to 32 bits ({@code 0x84222325}, {@code 0x1b3}). Both are reproduced.
 */
final class FnvHashes {

  private static final long FNV_64_INIT = 0xcbf29ce484222325L;
  private static final long FNV_64_PRIME = 0x100000001b3L;
  private static final int FNV_32_INIT = 0x811c9dc5;
  private static final int FNV_32_PRIME = 16777619;

  private FnvHashes() {}

  static long fnv1With64(byte[] key, int offset, int length) {
    long hash = FNV_64_INIT;
    for (int i = offset; i < offset + length; i++) {
      hash *= FNV_64_PRIME;
      hash ^= key[i] & 0xff;
    }
    return hash & 0xFFFF_FFFFL;
  }

  static long fnv1aWith64(byte[] key, int offset, int length) {
    int hash = (int) FNV_64_INIT;
    int prime = (int) FNV_64_PRIME;
    for (int i = offset; i < offset + length; i++) {
      hash ^= key[i] & 0xff;
      hash *= prime;
    }
    return Integer.toUnsignedLong(hash);
  }

  static long fnv1With32(byte[] key, int offset, int length) {
    int hash = FNV_32_INIT;
    for (int i = offset; i < offset + length; i++) {
      hash *= FNV_32_PRIME;
      hash ^= key[i] & 0xff;
    }
    return Integer.toUnsignedLong(hash);
  }

  static long fnv1aWith32(byte[] key, int offset, int length) {
    int hash = FNV_32_INIT;
    for (int i = offset; i < offset + length; i++) {
      hash ^= key[i] & 0xff;
      hash *= FNV_32_PRIME;
    }
    return Integer.toUnsignedLong(hash);
  }
}
