package io.skein.core;

import java.util.HexFormat;
import java.util.Random;

/**
 * A node's identity: 40 lower-case hexadecimal characters, as Redis Cluster node IDs are.
 *
 * @param value the 40-character hex string
 */
public record NodeId(String value) {

  private static final int LENGTH = 40;

  public NodeId {
    if (value == null || value.length() != LENGTH || !value.chars().allMatch(NodeId::isLowerHex)) {
      throw new IllegalArgumentException("node id: '" + value + "' (expected: 40 hex characters)");
    }
  }

  /** A fresh random identity drawn from {@code random}. */
  public static NodeId random(Random random) {
    byte[] bytes = new byte[LENGTH / 2];
    random.nextBytes(bytes);
    return new NodeId(HexFormat.of().formatHex(bytes));
  }

  private static boolean isLowerHex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }

  @Override
  public String toString() {
    return value;
  }
}
