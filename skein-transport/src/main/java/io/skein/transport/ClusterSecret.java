package io.skein.transport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The shared secret every node of a cluster holds ({@code cluster_secret}, or
 * {@code cluster_secret_file}); every peer frame is authenticated with an HMAC-SHA256 keyed by it
 * or by a session key derived from it.
 *
 * <p>The secret is never printed: {@link #toString()} redacts it, and error messages name only
 * its length or its file. Two secrets compare in constant time, so that a caller comparing a
 * secret it was offered learns nothing from the time the comparison takes.
 *
 * <p>Immutable and thread-safe; {@link #newMac()} returns a fresh {@link Mac} per call because
 * a {@code Mac} is not thread-safe.
 */
public final class ClusterSecret {

  /**
   * Shortest accepted secret, in UTF-8 bytes: 16 bytes is 128 bits of key material at best, the
   * least an HMAC key should carry; shorter secrets are guessable offline from one recorded frame.
   */
  public static final int MIN_LENGTH = 16;

  static final String HMAC = "HmacSHA256";

  private final byte[] key;

  private ClusterSecret(byte[] key) {
    this.key = key;
  }

  /** The secret given inline ({@code cluster_secret}). */
  public static ClusterSecret of(String secret) {
    if (secret == null) {
      throw new IllegalArgumentException("cluster_secret: missing (expected: at least "
          + MIN_LENGTH + " characters)");
    }
    return fromBytes(secret.getBytes(StandardCharsets.UTF_8), "cluster_secret");
  }

  /**
   * The secret read from {@code file} ({@code cluster_secret_file}), with surrounding white space
   * (a trailing newline, typically) removed.
   */
  public static ClusterSecret fromFile(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("cluster_secret_file: " + file
          + " cannot be read: " + e.getMessage() + " (expected: a readable UTF-8 file)", e);
    }
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("cluster_secret_file: " + file
          + " is empty (expected: a secret of at least " + MIN_LENGTH + " characters)");
    }
    return fromBytes(trimmed.getBytes(StandardCharsets.UTF_8), "cluster_secret_file " + file);
  }

  private static ClusterSecret fromBytes(byte[] bytes, String source) {
    if (bytes.length < MIN_LENGTH) {
      throw new IllegalArgumentException(source + ": " + bytes.length
          + " bytes (expected: at least " + MIN_LENGTH + " bytes)");
    }
    return new ClusterSecret(bytes);
  }

  /** A fresh HMAC-SHA256 keyed by this secret. */
  public Mac newMac() {
    return macFor(key);
  }

  /**
   * A fresh HMAC-SHA256 keyed by {@code HMAC(secret, label)}: a key for one purpose (one session,
   * one direction) that reveals nothing about the secret or about keys for other labels.
   */
  public Mac deriveMac(byte[] label) {
    Mac master = newMac();
    byte[] derived = master.doFinal(label);
    try {
      return macFor(derived);
    } finally {
      Arrays.fill(derived, (byte) 0);
    }
  }

  private static Mac macFor(byte[] keyBytes) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(keyBytes, HMAC));
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      // Every Java platform is required to provide HmacSHA256; this cannot happen on a JDK.
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** The secret's length in bytes (safe to print). */
  public int length() {
    return key.length;
  }

  /** Compares the secrets in time that does not depend on where they differ. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ClusterSecret s && MessageDigest.isEqual(key, s.key);
  }

  /** Constant: a hash of the key would leak a little of it, and secrets are never map keys. */
  @Override
  public int hashCode() {
    return ClusterSecret.class.hashCode();
  }

  @Override
  public String toString() {
    return "ClusterSecret[redacted]";
  }
}
