package io.skein.engine.digest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Redis's two digest steps over SHA-1 (debug.c's xorDigest and mixDigest). */
final class Sha1Mix {

  private Sha1Mix() {}

  static byte[] sha1(byte[] data, int offset, int length) {
    MessageDigest sha1 = newSha1();
    sha1.update(data, offset, length);
    return sha1.digest();
  }

  /** Xors in SHA-1 of the data: order does not matter. */
  static void xor(byte[] digest, byte[] data) {
    xorRaw(digest, sha1(data, 0, data.length));
  }

  private static void xorRaw(byte[] digest, byte[] hash) {
    for (int i = 0; i < digest.length; i++) {
      digest[i] ^= hash[i];
    }
  }

  /** Xors in SHA-1 of the data, then replaces the digest by its own SHA-1: order matters. */
  static void mix(byte[] digest, byte[] data, int offset, int length) {
    xorRaw(digest, sha1(data, offset, length));
    byte[] next = sha1(digest, 0, digest.length);
    System.arraycopy(next, 0, digest, 0, digest.length);
  }

  static void mix(byte[] digest, byte[] data) {
    mix(digest, data, 0, data.length);
  }

  private static MessageDigest newSha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every JDK", e);
    }
  }
}
