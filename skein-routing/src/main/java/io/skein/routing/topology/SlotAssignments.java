package io.skein.routing.topology;

import io.skein.core.HashSlot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which slots each peer owns, for the {@code slots} distribution. Every rack needs every slot
 * owned exactly once among its peers; coverage validation checks that, so this value may hold
 * gaps and overlaps (it is what an operator or the control plane proposed).
 *
 * @param byPeer slot ranges by peer index
 */
public record SlotAssignments(Map<Integer, List<SlotRange>> byPeer) {

  /** No slots assigned; fine for pools whose distributions do not use slots. */
  public static final SlotAssignments NONE = new SlotAssignments(Map.of());

  public SlotAssignments {
    Map<Integer, List<SlotRange>> copy = new TreeMap<>();
    byPeer.forEach((peer, ranges) -> copy.put(peer, List.copyOf(ranges)));
    byPeer = Collections.unmodifiableMap(copy);
  }

  /** The ranges of one peer, empty if it has none. */
  public List<SlotRange> of(int peerIndex) {
    return byPeer.getOrDefault(peerIndex, List.of());
  }

  /**
   * Splits the 16384 slots of every rack evenly over its peers in index order, in contiguous
   * ranges, as a fresh cluster or a test would; remainders go to the first peers.
   */
  public static SlotAssignments evenly(List<Peer> peers) {
    Map<RackKey, List<Peer>> racks = new TreeMap<>();
    for (Peer peer : peers) {
      racks.computeIfAbsent(peer.rackKey(), k -> new ArrayList<>()).add(peer);
    }
    Map<Integer, List<SlotRange>> byPeer = new TreeMap<>();
    for (List<Peer> members : racks.values()) {
      members.sort((a, b) -> Integer.compare(a.index(), b.index()));
      int n = members.size();
      int next = 0;
      for (int i = 0; i < n; i++) {
        int count = HashSlot.SLOT_COUNT / n + (i < HashSlot.SLOT_COUNT % n ? 1 : 0);
        if (count > 0) {
          byPeer.put(members.get(i).index(), List.of(new SlotRange(next, next + count - 1)));
        }
        next += count;
      }
    }
    return new SlotAssignments(byPeer);
  }
}
