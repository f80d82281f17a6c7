package io.skein.routing.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Dynomite's {@code md5} token: the first four bytes of the MD5 digest read little-endian.
 *
 * <p>A digest instance is cloned from a prototype per call rather than looked up, which avoids
 * the provider search; MD5 is not a default hash, so its cost matters less than its exactness.
 */
final class Md5Token {

  private static final MessageDigest PROTOTYPE = prototype();

  private Md5Token() {}

  static long of(byte[] key, int offset, int length) {
    MessageDigest md5;
    try {
      md5 = (MessageDigest) PROTOTYPE.clone();
    } catch (CloneNotSupportedException e) {
      md5 = prototype();
    }
    md5.update(key, offset, length);
    byte[] digest = md5.digest();
    return Integer.toUnsignedLong(JenkinsHashes.le32(digest, 0, 4));
  }

  private static MessageDigest prototype() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform is required to provide MD5.
      throw new IllegalStateException("MD5 is not available", e);
    }
  }
}
