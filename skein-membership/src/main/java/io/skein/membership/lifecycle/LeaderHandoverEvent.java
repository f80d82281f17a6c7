package io.skein.membership.lifecycle;

import io.skein.membership.events.ClusterEvent;
import io.skein.membership.member.UniqueAddress;
import java.util.Optional;

/**
 * The leader named by successive views changed from {@code previous} to {@code next}; either may
 * be empty (no member can lead).
 *
 * @param previous the leader of the view observed before
 * @param next the leader of the view observed now
 */
public record LeaderHandoverEvent(Optional<UniqueAddress> previous, Optional<UniqueAddress> next) {

  public LeaderHandoverEvent {
    if (previous.equals(next)) {
      throw new IllegalArgumentException(
          "leader handover: " + previous + " -> " + next + " (expected: a change)");
    }
  }

  /** The bus event for this handover. */
  public ClusterEvent.LeaderChanged toClusterEvent() {
    return new ClusterEvent.LeaderChanged(next);
  }
}
