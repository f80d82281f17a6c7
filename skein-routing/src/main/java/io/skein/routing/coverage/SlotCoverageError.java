package io.skein.routing.coverage;

import io.skein.routing.topology.Peer;
import io.skein.routing.topology.RackKey;
import io.skein.routing.topology.SlotRange;
import java.util.List;

/**
 * Coverage errors of a rack's slot map ({@code slots}). Consecutive slots with the same fault
 * are reported as one range, so a rack missing half its slots gives one message, not 8192.
 */
public sealed interface SlotCoverageError extends CoverageError {

  /**
   * Slots that no node of the rack owns.
   *
   * @param rack the rack
   * @param slots the unowned slots
   * @param peers the rack's nodes, which could take them
   */
  record Unassigned(RackKey rack, SlotRange slots, List<Peer> peers)
      implements SlotCoverageError {
    public Unassigned {
      peers = List.copyOf(peers);
    }

    @Override
    public String message() {
      return "Unassigned: " + rack + " slots " + slots + " (" + slots.size()
          + (slots.size() == 1 ? " slot) has" : " slots) have") + " no owner (nodes: "
          + CoverageError.labels(peers) + ")";
    }
  }

  /**
   * Slots that two or more nodes of the rack claim.
   *
   * @param rack the rack
   * @param slots the doubly assigned slots
   * @param peers the nodes claiming them, in index order
   */
  record DoublyAssigned(RackKey rack, SlotRange slots, List<Peer> peers)
      implements SlotCoverageError {
    public DoublyAssigned {
      peers = List.copyOf(peers);
    }

    @Override
    public String message() {
      return "DoublyAssigned: " + rack + " slots " + slots + " are assigned to "
          + CoverageError.labels(peers);
    }
  }
}
