package io.skein.server.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The shared secret every peer frame is authenticated with (HMAC-SHA256), from
 * {@code cluster_secret} or {@code cluster_secret_file}. Never printed: {@link #toString()}
 * shows only its length.
 */
public final class ClusterSecret {

  /**
   * 16 bytes is 128 bits, the least HMAC-SHA256 is meant to be keyed with; a shorter secret
   * could be guessed offline from one captured frame.
   */
  public static final int MIN_BYTES = 16;

  /** The form errors quote. */
  public static final String FORM = "a secret of at least " + MIN_BYTES + " bytes";

  private final byte[] bytes;

  private ClusterSecret(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * The secret from its config text (UTF-8; surrounding blanks and line ends dropped, as a file
   * written by {@code echo} ends with one).
   *
   * @throws IllegalArgumentException when it is shorter than {@link #MIN_BYTES}
   */
  public static ClusterSecret of(String text) {
    byte[] b = text.strip().getBytes(StandardCharsets.UTF_8);
    if (b.length < MIN_BYTES) {
      throw new IllegalArgumentException("secret: " + b.length + " bytes (expected: " + FORM + ")");
    }
    return new ClusterSecret(b);
  }

  /** A copy of the key bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClusterSecret other && MessageDigest.isEqual(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "ClusterSecret[" + bytes.length + " bytes]";
  }
}
