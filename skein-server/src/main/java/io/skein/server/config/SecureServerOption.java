package io.skein.server.config;

import java.util.Locale;

/**
 * Dynomite's {@code secure_server_option}: which peer links must use TLS. Skein marks each peer
 * with the result ({@link io.skein.routing.topology.Peer#isSecure()}); the transport enforces it.
 */
public enum SecureServerOption {
  /** No peer link is encrypted (Dynomite's default). */
  NONE,
  /** Links to peers in another rack (or another datacenter) are encrypted. */
  RACK,
  /** Links to peers in another datacenter are encrypted. */
  DATACENTER,
  /** Every peer link is encrypted. */
  ALL;

  /** The form errors quote. */
  public static final String FORM = "none, rack, datacenter or all";

  /** Dynomite's rule for whether the link from (dc, rack) to (otherDc, otherRack) is secure. */
  public boolean secures(String dc, String rack, String otherDc, String otherRack) {
    return switch (this) {
      case NONE -> false;
      case DATACENTER -> !dc.equals(otherDc);
      case RACK -> !dc.equals(otherDc) || !rack.equals(otherRack);
      case ALL -> true;
    };
  }

  /** The name in config files. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a config value in any case.
   *
   * @throws IllegalArgumentException for any other value
   */
  public static SecureServerOption parse(String text) {
    for (SecureServerOption o : values()) {
      if (o.configName().equalsIgnoreCase(text.strip())) {
        return o;
      }
    }
    throw new IllegalArgumentException("secure_server_option: '" + text + "'");
  }
}
