package io.skein.membership.sbr;

import io.skein.membership.member.UniqueAddress;
import java.time.Duration;
import java.util.Set;

/**
 * What {@link SbrRuntime#tick} asks the node to do. The runtime decides; the driver executes:
 * the lifecycle marks members Down, the server stops serving.
 */
public sealed interface SbrAction {

  /**
   * This node is its side's leader: mark these other members Down in the membership state (the
   * change then spreads by gossip, and each of them stops serving when it learns it).
   *
   * @param members never includes this node
   * @param decision the decision being executed, for the log
   */
  record DownMembers(Set<UniqueAddress> members, DowningDecision decision) implements SbrAction {
    public DownMembers {
      members = Set.copyOf(members);
    }
  }

  /**
   * This node is downed: mark itself Down, answer every client command with
   * {@code -CLUSTERDOWN}, and leave the cluster. It comes back only by restarting, as a new
   * incarnation that joins again. Emitted once.
   *
   * @param reason the decision, or that the cluster marked this node Down
   */
  record DownSelf(String reason) implements SbrAction {}

  /** Something an operator should know (a configuration that will end badly); log it. */
  record Warn(String message) implements SbrAction {}

  /**
   * The decision waits for the lease: this side is the minority and tries only after
   * {@code delay}, at monotonic time {@code attemptAt}. For the log; the runtime makes the
   * attempt on a later tick.
   */
  record AwaitLease(long attemptAt, Duration delay) implements SbrAction {}
}
