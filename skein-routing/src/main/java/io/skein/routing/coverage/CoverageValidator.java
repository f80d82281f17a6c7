package io.skein.routing.coverage;

import io.skein.core.HashSlot;
import io.skein.routing.hash.DynToken;
import io.skein.routing.topology.Distribution;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PoolConfig;
import io.skein.routing.topology.RackKey;
import io.skein.routing.topology.SlotAssignments;
import io.skein.routing.topology.SlotRange;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks that every rack places every key on exactly one node.
 *
 * <p>Contract: pure and stateless; returns all errors found, in rack order, or an empty list.
 * {@link io.skein.routing.pool.ServerPool#create} calls {@link #validate} and refuses to build a
 * pool when it returns anything; the other methods are for tools that check a proposal.
 */
public final class CoverageValidator {

  private CoverageValidator() {}

  /**
   * Validates a whole pool: the local rack must have nodes; token rings are checked when the
   * distribution or its shadow is {@code vnode}, slot maps when either is {@code slots}.
   *
   * @throws IllegalArgumentException when {@code slots} names a peer that is not in the pool
   */
  public static List<CoverageError> validate(PoolConfig config, List<Peer> peers,
      SlotAssignments slots) {
    List<CoverageError> errors = new ArrayList<>();
    Map<RackKey, List<Peer>> racks = racks(peers);
    if (!racks.containsKey(config.localRack())) {
      errors.add(new TokenCoverageError.EmptyRack(config.localRack(), List.of()));
    }
    Set<Distribution> used = EnumSet.of(config.distribution(),
        config.distributionShadow().orElse(config.distribution()));
    if (used.stream().anyMatch(Distribution::usesTokens)) {
      errors.addAll(validateTokenCoverage(peers));
    }
    if (used.contains(Distribution.SLOTS)) {
      errors.addAll(validateSlotCoverage(peers, slots));
    }
    return List.copyOf(errors);
  }

  /**
   * Checks every rack's token ring: {@code EmptyRack} when a rack's nodes carry no tokens,
   * {@code Overlap} when two nodes of one rack claim the same token. A node that lists one
   * token twice is not an overlap: the point still has one owner.
   */
  public static List<TokenCoverageError> validateTokenCoverage(List<Peer> peers) {
    List<TokenCoverageError> errors = new ArrayList<>();
    for (Map.Entry<RackKey, List<Peer>> rack : racks(peers).entrySet()) {
      Map<DynToken, TreeSet<Integer>> claims = new TreeMap<>();
      Map<Integer, Peer> byIndex = new HashMap<>();
      for (Peer peer : rack.getValue()) {
        byIndex.put(peer.index(), peer);
        for (DynToken token : peer.tokens()) {
          claims.computeIfAbsent(token, t -> new TreeSet<>()).add(peer.index());
        }
      }
      if (claims.isEmpty()) {
        errors.add(new TokenCoverageError.EmptyRack(rack.getKey(), rack.getValue()));
      }
      claims.forEach((token, claimants) -> {
        if (claimants.size() > 1) {
          errors.add(new TokenCoverageError.Overlap(rack.getKey(), token,
              claimants.stream().map(byIndex::get).toList()));
        }
      });
    }
    return List.copyOf(errors);
  }

  /**
   * Checks every rack's slot map: each of the 16384 slots must be owned by exactly one of the
   * rack's nodes. Consecutive slots with the same fault and the same nodes form one error.
   *
   * @throws IllegalArgumentException when {@code slots} names a peer that is not in the list
   */
  public static List<SlotCoverageError> validateSlotCoverage(List<Peer> peers,
      SlotAssignments slots) {
    Map<Integer, Peer> byIndex = new HashMap<>();
    peers.forEach(p -> byIndex.put(p.index(), p));
    for (Integer index : slots.byPeer().keySet()) {
      if (!byIndex.containsKey(index)) {
        throw new IllegalArgumentException(
            "slot assignments: peer " + index + " is not in the pool (expected one of "
                + new TreeSet<>(byIndex.keySet()) + ")");
      }
    }
    List<SlotCoverageError> errors = new ArrayList<>();
    for (Map.Entry<RackKey, List<Peer>> rack : racks(peers).entrySet()) {
      List<Set<Integer>> claimants = claimants(rack.getValue(), slots);
      int start = 0;
      for (int slot = 1; slot <= HashSlot.SLOT_COUNT; slot++) {
        if (slot < HashSlot.SLOT_COUNT && claimants.get(slot).equals(claimants.get(start))) {
          continue;
        }
        Set<Integer> owners = claimants.get(start);
        SlotRange range = new SlotRange(start, slot - 1);
        if (owners.isEmpty()) {
          errors.add(new SlotCoverageError.Unassigned(rack.getKey(), range, rack.getValue()));
        } else if (owners.size() > 1) {
          errors.add(new SlotCoverageError.DoublyAssigned(rack.getKey(), range,
              owners.stream().map(byIndex::get).toList()));
        }
        start = slot;
      }
    }
    return List.copyOf(errors);
  }

  /** For each slot, the indexes of the rack's peers that claim it. */
  private static List<Set<Integer>> claimants(List<Peer> rackPeers, SlotAssignments slots) {
    List<Set<Integer>> claimants = new ArrayList<>(HashSlot.SLOT_COUNT);
    Set<Integer> none = Set.of();
    for (int i = 0; i < HashSlot.SLOT_COUNT; i++) {
      claimants.add(none);
    }
    for (Peer peer : rackPeers) {
      for (SlotRange range : slots.of(peer.index())) {
        for (int slot = range.first(); slot <= range.last(); slot++) {
          Set<Integer> current = claimants.get(slot);
          if (current.isEmpty()) {
            claimants.set(slot, Set.of(peer.index()));
          } else if (!current.contains(peer.index())) {
            TreeSet<Integer> more = new TreeSet<>(current);
            more.add(peer.index());
            claimants.set(slot, more);
          }
        }
      }
    }
    return claimants;
  }

  /** Peers grouped by (dc, rack), racks in name order, peers in index order. */
  public static Map<RackKey, List<Peer>> racks(List<Peer> peers) {
    Map<RackKey, List<Peer>> racks = new TreeMap<>();
    for (Peer peer : peers) {
      racks.computeIfAbsent(peer.rackKey(), k -> new ArrayList<>()).add(peer);
    }
    racks.values().forEach(list -> list.sort((a, b) -> Integer.compare(a.index(), b.index())));
    return racks;
  }
}
