package io.skein.routing.pool;

import io.skein.core.HashSlot;
import io.skein.routing.topology.Distribution;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.RackKey;
import io.skein.routing.topology.SlotAssignments;
import io.skein.routing.topology.SlotRange;
import java.util.List;

/**
 * One rack of a pool: its nodes and the lookup structures of the distributions the pool uses.
 * Every rack holds a complete copy of its datacenter's keyspace, so every key has exactly one
 * owner here.
 */
public final class Rack {

  private final RackKey key;
  private final int dcOrdinal;
  private final int ordinal;
  private final List<Peer> peers;
  private final int[] peerIndexes;
  private final Continuum continuum;
  private final short[] slotOwners;

  Rack(RackKey key, int dcOrdinal, int ordinal, List<Peer> peers, boolean buildContinuum,
      SlotAssignments slots) {
    this.key = key;
    this.dcOrdinal = dcOrdinal;
    this.ordinal = ordinal;
    this.peers = List.copyOf(peers);
    this.peerIndexes = peers.stream().mapToInt(Peer::index).toArray();
    this.continuum = buildContinuum ? Continuum.of(peers) : null;
    this.slotOwners = slots == null ? null : slotOwners(peers, slots);
  }

  private static short[] slotOwners(List<Peer> peers, SlotAssignments slots) {
    short[] owners = new short[HashSlot.SLOT_COUNT];
    for (Peer peer : peers) {
      for (SlotRange range : slots.of(peer.index())) {
        for (int slot = range.first(); slot <= range.last(); slot++) {
          owners[slot] = (short) peer.index();
        }
      }
    }
    return owners;
  }

  /**
   * The index of the peer that owns a key under {@code distribution}.
   *
   * @param token the key's token (used by {@code vnode} and {@code modula})
   * @param slot the key's hash slot (used by {@code slots})
   * @param requestId the request's id (used by {@code random})
   */
  public int owner(Distribution distribution, long token, int slot, long requestId) {
    return switch (distribution) {
      case VNODE -> continuum.owner(token);
      case SLOTS -> slotOwners[slot] & 0xFFFF;
      case MODULA -> peerIndexes[(int) (token % peerIndexes.length)];
      case RANDOM -> peerIndexes[randomDraw(requestId, peerIndexes.length)];
    };
  }

  /**
   * Dynomite draws from libc {@code random()}. Here the draw is a SplitMix64 mix of the request
   * id and the rack, so a plan is reproducible from its inputs and no generator is shared
   * between threads; over many requests the draws are uniform.
   */
  private int randomDraw(long requestId, int n) {
    long z = requestId * 0x9E3779B97F4A7C15L + ((long) dcOrdinal << 32 | ordinal);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z ^= z >>> 31;
    return (int) Long.remainderUnsigned(z, n);
  }

  public RackKey key() {
    return key;
  }

  public String name() {
    return key.rack();
  }

  public String dc() {
    return key.dc();
  }

  /** The position of this rack's datacenter in distance order; 0 is the local DC. */
  public int dcOrdinal() {
    return dcOrdinal;
  }

  /** The position of this rack in its datacenter, racks in name order. */
  public int ordinal() {
    return ordinal;
  }

  /** The rack's nodes in index order. */
  public List<Peer> peers() {
    return peers;
  }

  /** The token ring, or null when the pool uses no token distribution. */
  public Continuum continuum() {
    return continuum;
  }

  @Override
  public String toString() {
    return key.toString();
  }
}
