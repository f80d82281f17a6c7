package io.skein.routing.hash;

/**
 * Dynomite's {@code murmur}: MurmurHash2 (32-bit) with the seed {@code 0xdeadbeef * length}, not
 * MurmurHash3 and not a fixed seed, so its tokens differ from other libraries' "murmur".
 */
final class MurmurHash2 {

  private static final int M = 0x5bd1e995;
  private static final int R = 24;

  private MurmurHash2() {}

  static long of(byte[] key, int offset, int length) {
    int seed = 0xdeadbeef * length;
    int h = seed ^ length;
    int p = offset;
    int remaining = length;
    while (remaining >= 4) {
      int k = JenkinsHashes.le32(key, p, 4);
      k *= M;
      k ^= k >>> R;
      k *= M;
      h *= M;
      h ^= k;
      p += 4;
      remaining -= 4;
    }
    if (remaining > 0) {
      h ^= JenkinsHashes.le32(key, p, remaining);
      h *= M;
    }
    h ^= h >>> 13;
    h *= M;
    h ^= h >>> 15;
    return Integer.toUnsignedLong(h);
  }
}
