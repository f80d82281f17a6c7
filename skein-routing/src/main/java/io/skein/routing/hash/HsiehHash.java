package io.skein.routing.hash;

/**
 * Paul Hsieh's SuperFastHash as Dynomite compiles it on x86-64.
 *
 * <p>Two quirks are reproduced: an empty key returns before the token is written
 * ({@link DynHash#UNWRITTEN}), and the third byte of a three-byte tail is read through a signed
 * {@code char}, so a byte from 0x80 up is sign-extended before the shift.
 */
final class HsiehHash {

  private HsiehHash() {}

  static long of(byte[] key, int offset, int length) {
    if (length == 0) {
      return DynHash.UNWRITTEN;
    }
    int hash = 0;
    int p = offset;
    for (int blocks = length >>> 2; blocks > 0; blocks--) {
      hash += get16(key, p);
      int tmp = (get16(key, p + 2) << 11) ^ hash;
      hash = (hash << 16) ^ tmp;
      p += 4;
      hash += hash >>> 11;
    }
    switch (length & 3) {
      case 3 -> {
        hash += get16(key, p);
        hash ^= hash << 16;
        hash ^= key[p + 2] << 18; // signed char, sign-extended
        hash += hash >>> 11;
      }
      case 2 -> {
        hash += get16(key, p);
        hash ^= hash << 11;
        hash += hash >>> 17;
      }
      case 1 -> {
        hash += key[p] & 0xff;
        hash ^= hash << 10;
        hash += hash >>> 1;
      }
      default -> { }
    }
    hash ^= hash << 3;
    hash += hash >>> 5;
    hash ^= hash << 4;
    hash += hash >>> 17;
    hash ^= hash << 25;
    hash += hash >>> 6;
    return Integer.toUnsignedLong(hash);
  }

  private static int get16(byte[] key, int p) {
    return (key[p] & 0xff) | ((key[p + 1] & 0xff) << 8);
  }
}
