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
}
