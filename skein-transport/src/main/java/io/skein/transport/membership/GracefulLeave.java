package io.skein.transport.membership;

import io.skein.membership.member.MemberStatus;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * A node's graceful leave (server shutdown), Akka's way: announce it to both protocols at once,
 * keep running until the leader has let the node go, then stop.
 *
 * <ol>
 *   <li>SWIM announces Left: every node that hears it makes this one Down on the data plane
 *       at once; the lifecycle marks it Leaving and pushes that to every member it reaches
 *       (same effect, one message delay). Heartbeats stop.</li>
 *   <li>The leader moves it Leaving → Exiting on a converged view; this node keeps gossiping
 *       meanwhile, so the view can converge (it must have seen the version that says Leaving)
 *       and so it sees that it is Exiting.</li>
 *   <li>Once it is Exiting (or Down, Removed, or was never a member) and SWIM has no news left
 *       to spread, it stops; the leader removes it (an Exiting member that has stopped is
 *       unreachable, which is enough). After {@code leave-timeout} it stops anyway.</li>
 * </ol>
 * Not thread-safe: the node's thread owns it.
 */
final class GracefulLeave {

  private static final Logger LOG = System.getLogger(GracefulLeave.class.getName());

  private final String node;
  private final SwimDriver swim;
  private final LifecycleDriver lifecycle;
  private final NodeLoop loop;
  private final long timeoutMillis;
  private final Runnable stop;
  private boolean leaving;

  GracefulLeave(String node, SwimDriver swim, LifecycleDriver lifecycle, NodeLoop loop,
      long timeoutMillis, Runnable stop) {
    this.node = node;
    this.swim = swim;
    this.lifecycle = lifecycle;
    this.loop = loop;
    this.timeoutMillis = timeoutMillis;
    this.stop = stop;
  }

  boolean isLeaving() {
    return leaving;
  }

  /** Announces the leave; later calls do nothing. */
  void begin() {
    if (leaving) {
      return;
    }
    leaving = true;
    LOG.log(Level.INFO, "[{0}][membership] Leaving", node);
    swim.leave();
    lifecycle.leave();
    loop.after(timeoutMillis, () -> finish("leave timeout, still "
        + lifecycle.selfStatus().map(MemberStatus::toString).orElse("not a member")));
    check();
  }

  /** Stops the node if the leader has let it go and SWIM has spread its leave. */
  void check() {
    if (!leaving) {
      return;
    }
    Optional<MemberStatus> status = lifecycle.selfStatus();
    boolean letGo = status.isEmpty() || status.get() == MemberStatus.EXITING
        || status.get() == MemberStatus.DOWN || status.get() == MemberStatus.REMOVED;
    if (letGo && !swim.hasNewsToSpread()) {
      finish(status.map(s -> "left as " + s).orElse("left"));
    }
  }

  /** Stops the node now (done, timed out, or downed while leaving). */
  void finish(String how) {
    if (loop.isRunning()) {
      LOG.log(Level.INFO, "[{0}][membership] Stopped: {1}", node, how);
      stop.run();
    }
  }
}
