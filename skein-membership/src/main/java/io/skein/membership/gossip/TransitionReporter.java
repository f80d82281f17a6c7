package io.skein.membership.gossip;

import io.skein.membership.events.ClusterEvent;
import io.skein.membership.events.ClusterEventBus;
import java.lang.System.Logger.Level;
import java.util.Locale;

/**
 * Tells the rest of the node about a transition the {@link GossipHandler} applied: a log line
 * ({@code [node][peer host:port] Down (phi 9.1)}), the {@link FailureMetrics}, and a
 * {@link ClusterEvent.PeerUp} or {@link ClusterEvent.PeerDown} on the bus if there is one.
 * Called under the peer's lock, so one peer's reports come out in transition order.
 */
final class TransitionReporter {

  /** Why a transition was applied, for the log line. */
  enum Cause {
    /** The tick's phi verdict. */
    TICK,
    /** A heartbeat brought a Down peer back. */
    HEARTBEAT,
    /** The tick found a peer with no heartbeat at all. */
    NEVER_HEARD_FROM,
    /** The peer announced its shutdown; phi was not asked. */
    SHUTDOWN
  }

  private static final System.Logger LOG = System.getLogger(GossipHandler.class.getName());

  private final FailureMetrics metrics;
  private final ClusterEventBus events;

  /** {@code events} may be null: no events. */
  TransitionReporter(FailureMetrics metrics, ClusterEventBus events) {
    this.metrics = metrics;
    this.events = events;
  }

  void report(String nodeName, PeerTransition t, Cause cause) {
    if (LOG.isLoggable(Level.INFO)) {
      LOG.log(Level.INFO, "[" + nodeName + "][peer " + t.pname() + "] "
          + (t.isDown() ? "Down" : "Normal") + " (" + detail(t, cause) + ")");
    }
    metrics.transition(t.pname(), t.to());
    metrics.state(t.pname(), t.to());
    if (events != null) {
      events.publish(t.isDown() ? new ClusterEvent.PeerDown(t.pname())
          : new ClusterEvent.PeerUp(t.pname()));
    }
  }

  private static String detail(PeerTransition t, Cause cause) {
    String phi = String.format(Locale.ROOT, "phi %.1f", t.phi());
    return switch (cause) {
      case TICK -> phi;
      case HEARTBEAT -> "heartbeat, " + phi;
      case NEVER_HEARD_FROM -> "never heard from";
      case SHUTDOWN -> "shutdown announced";
    };
  }
}
