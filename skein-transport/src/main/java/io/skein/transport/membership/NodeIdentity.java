package io.skein.transport.membership;

import io.skein.core.HostAndPort;
import io.skein.membership.member.UniqueAddress;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.topology.Peer;
import java.util.Set;

/**
 * Who this node is to the membership protocols: one {@link UniqueAddress} per process start,
 * used as is by SWIM (its member identity) and by the lifecycle (its member identity), so a SWIM
 * verdict about a member applies to the lifecycle member with the same value, and a restarted
 * node (new uid) is a new member to both.
 *
 * <p>The address must be the node's peer endpoint exactly as the routing topology lists it
 * ({@code host:port}, host as text): heartbeats are matched to data-plane peers by that text.
 *
 * @param name how logs name this node, e.g. {@code 10.0.0.1:8101}
 * @param address peer address and incarnation number
 * @param dc the datacenter
 * @param rack the rack within the datacenter
 * @param roles roles for split-brain role filters (may be empty)
 */
public record NodeIdentity(String name, UniqueAddress address, String dc, String rack,
    Set<String> roles) {

  public NodeIdentity {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("node name: blank (expected: a name for logs)");
    }
    if (address == null || dc == null || rack == null) {
      throw new IllegalArgumentException(
          "node identity of " + name + ": address, dc and rack are required");
    }
    roles = Set.copyOf(roles);
  }

  /**
   * The local peer of {@code pool} as incarnation {@code uid}: its endpoint, datacenter and
   * rack, named by its endpoint (as the {@code GossipHandler} names the node in its logs).
   *
   * @param uid a number that differs at every start of the process (for instance from
   *     {@code SecureRandom}); a restarted node must not reuse its previous one
   */
  public static NodeIdentity ofLocalPeer(ServerPool pool, long uid) {
    Peer local = pool.peer(pool.localPeerIndex());
    HostAndPort address = local.endpoint().address();
    return new NodeIdentity(address.toString(), new UniqueAddress(address, uid), local.dc(),
        local.rack(), Set.of());
  }

  /** This identity with other roles. */
  public NodeIdentity withRoles(Set<String> value) {
    return new NodeIdentity(name, address, dc, rack, value);
  }

  /** The peer address other nodes send to. */
  public HostAndPort peerAddress() {
    return address.address();
  }

  @Override
  public String toString() {
    return name + "(" + address + ", dc=" + dc + ", rack=" + rack + ")";
  }
}
