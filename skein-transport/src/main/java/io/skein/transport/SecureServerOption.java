package io.skein.transport;

/**
 * Which peer connections use TLS, as Dynomite's {@code secure_server_option} says: none, only
 * between racks, only between datacenters, or all of them. Traffic that stays inside the scope
 * the option leaves unencrypted is still authenticated by the cluster secret.
 */
public enum SecureServerOption {
  /** No TLS (Dynomite's default). */
  NONE,
  /** TLS to every peer outside this node's rack (which includes every other datacenter). */
  RACK,
  /** TLS to every peer in another datacenter. */
  DATACENTER,
  /** TLS to every peer. */
  ALL;

  /** Whether a connection to or from a peer at {@code locality} must use TLS. */
  public boolean requiresTls(PeerLocality locality) {
    return switch (this) {
      case NONE -> false;
      case RACK -> locality != PeerLocality.SAME_RACK;
      case DATACENTER -> locality == PeerLocality.REMOTE_DATACENTER;
      case ALL -> true;
    };
  }

  /** Parses the config value ({@code none}, {@code rack}, {@code datacenter}, {@code all}). */
  public static SecureServerOption parse(String value) {
    for (SecureServerOption option : values()) {
      if (option.name().equalsIgnoreCase(value)) {
        return option;
      }
    }
    throw new IllegalArgumentException("secure_server_option: '" + value
        + "' (expected: none, rack, datacenter or all)");
  }
}
