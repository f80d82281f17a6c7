package io.skein.transport.membership;

import io.skein.core.Clock;
import io.skein.membership.lifecycle.MembershipState;
import io.skein.membership.lifecycle.ReachabilityRecord;
import io.skein.membership.lifecycle.ReachabilityStatus;
import io.skein.membership.member.UniqueAddress;
import io.skein.membership.sbr.SbrAction;
import io.skein.membership.sbr.SbrRuntime;
import io.skein.membership.sbr.SbrView;
import io.skein.membership.sbr.UnreachableObservation;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Runs the split-brain resolver once per tick on the lifecycle's view, and executes what it
 * decides: {@code DownMembers} through the lifecycle ({@code down} for each, pushed at once to
 * every member this node reaches), {@code DownSelf} through the node (which marks itself Down
 * and stops), {@code Warn} and {@code AwaitLease} into the log. Time is {@link Clock#nanos()},
 * as {@link SbrRuntime} expects. Not thread-safe: the node's thread owns it.
 */
final class SbrDriver {

  private static final Logger LOG = System.getLogger(SbrDriver.class.getName());

  private final String node;
  private final SbrRuntime runtime;
  private final LifecycleDriver lifecycle;
  private final Clock clock;
  private final Consumer<String> downSelf;

  SbrDriver(String node, SbrRuntime runtime, LifecycleDriver lifecycle, Clock clock,
      Consumer<String> downSelf) {
    this.node = node;
    this.runtime = runtime;
    this.lifecycle = lifecycle;
    this.clock = clock;
    this.downSelf = downSelf;
  }

  /** One resolver round; nothing while this node is not a member. */
  void tick() {
    if (!lifecycle.isMember()) {
      return;
    }
    for (SbrAction action : runtime.tick(clock.nanos(), viewOf(lifecycle.view()))) {
      execute(action);
    }
  }

  /**
   * The resolver's view of a lifecycle state: its members, every UNREACHABLE or TERMINATED
   * record of a member that is not Down (a downed observer's doubts are moot, as for the
   * lifecycle's own convergence), and who has seen the current version.
   */
  static SbrView viewOf(MembershipState state) {
    Set<UnreachableObservation> observations = new HashSet<>();
    for (ReachabilityRecord r : state.effectiveReachability().records()) {
      if (r.status() != ReachabilityStatus.REACHABLE) {
        observations.add(new UnreachableObservation(r.observer(), r.subject()));
      }
    }
    return SbrView.of(state.self(), state.members(), observations, state.seen());
  }

  private void execute(SbrAction action) {
    if (action instanceof SbrAction.DownMembers down) {
      Set<UniqueAddress> members = new TreeSet<>(down.members());
      LOG.log(Level.WARNING, "[{0}][sbr] Downing {1}: {2}", node, members, down.decision());
      for (UniqueAddress member : members) {
        lifecycle.down(member);
      }
    } else if (action instanceof SbrAction.DownSelf self) {
      LOG.log(Level.WARNING, "[{0}][sbr] Downing this node: {1}", node, self.reason());
      downSelf.accept(self.reason());
    } else if (action instanceof SbrAction.Warn warn) {
      LOG.log(Level.WARNING, "[{0}][sbr] {1}", node, warn.message());
    } else if (action instanceof SbrAction.AwaitLease await) {
      LOG.log(Level.INFO, "[{0}][sbr] Waiting {1} ms before trying the lease", node,
          await.delay().toMillis());
    }
  }
}
