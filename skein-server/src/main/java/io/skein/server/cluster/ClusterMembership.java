package io.skein.server.cluster;

import io.skein.core.Clock;
import io.skein.membership.events.ClusterEventBus;
import io.skein.membership.gossip.GossipHandler;
import io.skein.transport.MessageChannel;
import io.skein.transport.membership.MembershipNode;
import io.skein.transport.membership.MembershipSettings;
import io.skein.transport.membership.NodeIdentity;
import java.security.SecureRandom;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Membership on a running node: the {@link MembershipNode} (SWIM, phi-accrual detectors that
 * own the data plane's peer states, the member lifecycle, the split-brain resolver) on its own
 * thread, over the node's peer transport. A downing decision is executed here: the node
 * answers every client command with {@code -CLUSTERDOWN The cluster is down} from then on, and
 * stops its process when configured to.
 */
final class ClusterMembership {

  static final String CLUSTERDOWN = "CLUSTERDOWN The cluster is down";
  private static final System.Logger LOG = System.getLogger(ClusterMembership.class.getName());

  private final MembershipNode node;
  private final ScheduledExecutorService thread;
  private final ClusterEventBus events = new ClusterEventBus();

  ClusterMembership(ClusterRuntime cluster, MembershipSettings settings, ClusterSetup setup,
      Clock clock) {
    this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "skein-membership");
      t.setDaemon(true);
      return t;
    });
    // A fresh incarnation number per start: a restarted node is a new member.
    long uid = new SecureRandom().nextLong() & Long.MAX_VALUE;
    NodeIdentity self = NodeIdentity.ofLocalPeer(setup.topology().current(), uid);
    GossipHandler handler = settings.gossipHandler(setup.topology(), events,
        setup.failureMetrics());
    this.node = new MembershipNode(self, settings, cluster.transport(), handler, events, clock,
        thread, new SplittableRandom(uid), reason -> {
          LOG.log(System.Logger.Level.WARNING, "[" + self.name() + "][sbr] downed (" + reason
              + "): answering " + CLUSTERDOWN);
          cluster.refuseWith(CLUSTERDOWN, setup.whenDowned().allowStaleReads());
          if (setup.whenDowned().exit()) {
            new Thread(() -> System.exit(3), "skein-downed-exit").start();
          }
        });
    cluster.onChannel(MessageChannel.GOSSIP, node.handler());
    cluster.onChannel(MessageChannel.MEMBERSHIP, node.handler());
  }

  void start() {
    node.start();
  }

  /** Leaves the cluster gracefully (bounded), then stops the membership thread. */
  void leaveAndClose() {
    try {
      node.leave().get(15, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.log(System.Logger.Level.WARNING, "[" + node.identity().name() + "] leave: " + e);
    } finally {
      node.close();
      thread.shutdownNow();
    }
  }

  List<String> peerLines() {
    return node.peerLines();
  }

  List<String> memberLines() {
    return node.memberLines();
  }

  MembershipNode node() {
    return node;
  }

  ClusterEventBus events() {
    return events;
  }
}
