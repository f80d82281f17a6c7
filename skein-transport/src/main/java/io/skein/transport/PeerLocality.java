package io.skein.transport;

/** Where a peer sits relative to this node; decides pool size and whether TLS applies. */
public enum PeerLocality {
  SAME_RACK,
  /** Same datacenter, another rack. */
  SAME_DATACENTER,
  REMOTE_DATACENTER;

  /** Whether the peer is in this node's datacenter (Dynomite's "local" peer). */
  public boolean isLocalDatacenter() {
    return this != REMOTE_DATACENTER;
  }

  /** Where a peer in ({@code otherDc}, {@code otherRack}) sits from ({@code dc}, {@code rack}). */
  public static PeerLocality between(String dc, String rack, String otherDc, String otherRack) {
    if (!dc.equals(otherDc)) {
      return REMOTE_DATACENTER;
    }
    return rack.equals(otherRack) ? SAME_RACK : SAME_DATACENTER;
  }
}
