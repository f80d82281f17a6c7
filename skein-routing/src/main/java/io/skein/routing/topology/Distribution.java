package io.skein.routing.topology;

import java.util.Locale;

/**
 * How a rack decides which of its nodes owns a key ({@code distribution:} in the config).
 */
public enum Distribution {
  /** Dynomite's token ring: the first node whose token is at or after the key's, wrapping. */
  VNODE,
  /** Redis Cluster's 16384 hash slots, each owned by exactly one node of the rack. */
  SLOTS,
  /** Dynomite compatibility: the key's token modulo the rack's node count, nodes by index. */
  MODULA,
  /** Dynomite compatibility: a node of the rack drawn per request. */
  RANDOM;

  /** True when this distribution places keys by the tokens peers carry. */
  public boolean usesTokens() {
    return this == VNODE;
  }

  /** True when this distribution hashes the key with the pool's {@code hash}. */
  public boolean usesKeyHash() {
    return this == VNODE || this == MODULA;
  }

  /** The name used in config files. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The distribution named {@code name} in a config file.
   *
   * @throws IllegalArgumentException naming the value and the accepted names
   */
  public static Distribution fromConfigName(String name) {
    for (Distribution d : values()) {
      if (d.configName().equals(name)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "distribution: '" + name + "' (expected one of: vnode, slots, modula, random)");
  }
}
