package io.skein.membership.lifecycle;

import io.skein.membership.member.UniqueAddress;
import java.util.Optional;

/**
 * Watches successive views of one node and reports when the leader they name changes.
 *
 * <p>Stateful: holds the leader of the last view it was shown (none at first), and returns an
 * event only on change, so a subscriber hears each handover once however often the view is
 * re-read. Not thread-safe; owned by the thread that drives the lifecycle.
 */
public final class LeaderHandover {

  private Optional<UniqueAddress> current = Optional.empty();

  /** Compares the leader of {@code state} with the last one seen; the event when it changed. */
  public Optional<LeaderHandoverEvent> observe(MembershipState state) {
    Optional<UniqueAddress> next = state.leader();
    if (next.equals(current)) {
      return Optional.empty();
    }
    LeaderHandoverEvent event = new LeaderHandoverEvent(current, next);
    current = next;
    return Optional.of(event);
  }

  /** The leader of the last view observed. */
  public Optional<UniqueAddress> current() {
    return current;
  }
}
