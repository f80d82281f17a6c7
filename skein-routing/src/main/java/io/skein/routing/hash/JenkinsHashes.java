package io.skein.routing.hash;

/**
 * Bob Jenkins's two hashes as Dynomite uses them: one-at-a-time, and lookup3's
 * {@code hashlittle} with an initial value of 13 ({@code jenkins}).
 */
final class JenkinsHashes {

  private static final int JENKINS_INITVAL = 13;

  private JenkinsHashes() {}

  /**
   * One-at-a-time. Dynomite reads the key through a {@code const char *}, signed on x86-64,
   * so bytes from 0x80 up are sign-extended before they are added; Java's {@code byte} does the
   * same.
   */
  static long oneAtATime(byte[] key, int offset, int length) {
    int value = 0;
    for (int i = offset; i < offset + length; i++) {
      value += key[i];
      value += value << 10;
      value ^= value >>> 6;
    }
    value += value << 3;
    value ^= value >>> 11;
    value += value << 15;
    return Integer.toUnsignedLong(value);
  }

  /**
   * lookup3 {@code hashlittle}, bytes unsigned and little-endian. An empty key returns before
   * the token is written, so the result is {@link DynHash#UNWRITTEN}.
   */
  static long lookup3(byte[] key, int offset, int length) {
    if (length == 0) {
      return DynHash.UNWRITTEN;
    }
    int a = 0xdeadbeef + length + JENKINS_INITVAL;
    int b = a;
    int c = a;
    int p = offset;
    int remaining = length;
    while (remaining > 12) {
      a += le32(key, p, 4);
      b += le32(key, p + 4, 4);
      c += le32(key, p + 8, 4);
      // mix(a, b, c)
      a -= c; a ^= Integer.rotateLeft(c, 4); c += b;
      b -= a; b ^= Integer.rotateLeft(a, 6); a += c;
      c -= b; c ^= Integer.rotateLeft(b, 8); b += a;
      a -= c; a ^= Integer.rotateLeft(c, 16); c += b;
      b -= a; b ^= Integer.rotateLeft(a, 19); a += c;
      c -= b; c ^= Integer.rotateLeft(b, 4); b += a;
      p += 12;
      remaining -= 12;
    }
    // The last block, 1..12 bytes: zero-padded little-endian words.
    a += le32(key, p, Math.min(remaining, 4));
    if (remaining > 4) {
      b += le32(key, p + 4, Math.min(remaining - 4, 4));
    }
    if (remaining > 8) {
      c += le32(key, p + 8, remaining - 8);
    }
    // final(a, b, c)
    c ^= b; c -= Integer.rotateLeft(b, 14);
    a ^= c; a -= Integer.rotateLeft(c, 11);
    b ^= a; b -= Integer.rotateLeft(a, 25);
    c ^= b; c -= Integer.rotateLeft(b, 16);
    a ^= c; a -= Integer.rotateLeft(c, 4);
    b ^= a; b -= Integer.rotateLeft(a, 14);
    c ^= b; c -= Integer.rotateLeft(b, 24);
    return Integer.toUnsignedLong(c);
  }

  /** Up to four bytes from {@code p}, little-endian, unsigned, zero-padded. */
  static int le32(byte[] key, int p, int count) {
    int word = 0;
    for (int i = 0; i < count; i++) {
      word |= (key[p + i] & 0xff) << (8 * i);
    }
    return word;
  }
}
