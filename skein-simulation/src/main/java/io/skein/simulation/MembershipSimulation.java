package io.skein.simulation;

import io.skein.membership.member.UniqueAddress;
import io.skein.membership.swim.GossipConfig;
import io.skein.membership.swim.GossipEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The measured membership scenarios, each a function of (configuration, size, seed):
 * <ul>
 *   <li>{@link #detection}: crash one node; the time until every live node marks it failed;</li>
 *   <li>{@link #join}: start one node; the time and gossip hops until every node knows it;</li>
 *   <li>{@link FalsePositiveScenario}: loss and stalls for hours; false suspicions and false
 *       failures.</li>
 * </ul>
 * A cluster is bootstrapped by real joins through seeds and run until every node knows every
 * other and the join news has finished spreading, before anything is measured.
 */
public final class MembershipSimulation {

  /** Time between node starts while bootstrapping. */
  static final long JOIN_GAP_MILLIS = 10;
  /** Longest a scenario waits for an outcome before counting it as missed. */
  static final long GIVE_UP_MILLIS = 120_000;

  private MembershipSimulation() {}

  /**
   * Detection times of {@code trials} crashes.
   *
   * @param millis per trial, crash to the last live node's Failed mark
   * @param firstSuspicionMillis per trial, crash to the first suspicion anywhere
   * @param missed trials where some live node had not marked the crash within the give-up time
   */
  public record Detection(int members, long[] millis, long[] firstSuspicionMillis, int missed) {}

  /**
   * Dissemination of {@code trials} joins.
   *
   * @param millis per trial, the joiner's start to the last node's Joined event
   * @param hops per trial, the longest chain of messages that carried the news
   */
  public record Join(int members, long[] millis, int[] hops, int missed) {}

  /**
   * A running cluster of {@code n} nodes in which every node knows every other and queued join
   * news has drained. Node i starts {@code i · 10 ms} after node 0, joining through nodes 0..2.
   */
  public static SimCluster bootstrap(GossipConfig config, NetworkModel network, int n, long seed) {
    SimCluster c = new SimCluster(config, network, seed);
    for (int i = 0; i < n; i++) {
      c.addNode("dc1", "rack" + (i % 3));
    }
    for (int i = 0; i < n; i++) {
      int node = i;
      List<Integer> seeds = new ArrayList<>();
      for (int s = 0; s < Math.min(i, 3); s++) {
        seeds.add(s);
      }
      c.at(i * JOIN_GAP_MILLIS, () -> c.start(node, seeds));
    }
    long deadline = n * JOIN_GAP_MILLIS + 600_000;
    while (!converged(c)) {
      if (c.now() > deadline) {
        throw new IllegalStateException("bootstrap of " + n + " nodes did not converge by "
            + deadline + " ms (seed " + seed + ")");
      }
      c.runUntil(c.now() + 500);
    }
    while (c.nodes().stream().anyMatch(s -> s.engine().hasPendingBroadcasts())) {
      c.runUntil(c.now() + 500);
    }
    return c;
  }

  /** Whether every live node knows exactly the live nodes as Alive or Suspect. */
  public static boolean converged(SimCluster c) {
    int live = (int) c.nodes().stream().filter(SimNode::isLive).count();
    return c.nodes().stream().filter(SimNode::isLive)
        .allMatch(n -> n.engine().liveMembers() == live);
  }

  /**
   * Crashes a random node at a random moment, {@code trials} times, each in a freshly
   * bootstrapped cluster of {@code n} (seed {@code seed · 1,000 + trial}), and waits until every
   * live node marks it Failed.
   */
  public static Detection detection(GossipConfig config, NetworkModel network, int n, int trials,
      long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] millis = new long[trials];
    long[] firstSuspicion = new long[trials];
    int missed = 0;
    for (int t = 0; t < trials; t++) {
      SimCluster c = bootstrap(config, network, n, seed * 1_000 + t);
      missed += crashOne(c, random, millis, firstSuspicion, t);
    }
    return new Detection(n, millis, firstSuspicion, missed);
  }

  /**
   * Crashes {@code trials} random nodes one after another in the running cluster {@code c}
   * (cheaper than a fresh cluster per trial at 1,000 nodes; N shrinks by one per trial).
   */
  public static Detection detection(SimCluster c, int trials, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] millis = new long[trials];
    long[] firstSuspicion = new long[trials];
    int missed = 0;
    int n = (int) c.nodes().stream().filter(SimNode::isLive).count();
    for (int t = 0; t < trials; t++) {
      missed += crashOne(c, random, millis, firstSuspicion, t);
    }
    return new Detection(n, millis, firstSuspicion, missed);
  }

  private static int crashOne(SimCluster c, SplittableRandom random, long[] millis,
      long[] firstSuspicion, int t) {
    int victim;
    do {
      victim = random.nextInt(c.nodes().size());
    } while (!c.node(victim).isLive());
    long crashAt = c.now() + random.nextInt(1_000);
    CrashTracker tracker = new CrashTracker(c.node(victim).address(), c.nodes().size());
    c.listen(tracker);
    int v = victim;
    c.at(crashAt, () -> c.crash(v));
    while (!tracker.allMarked(c) && c.now() < crashAt + GIVE_UP_MILLIS) {
      c.runUntil(c.now() + 100);
    }
    boolean detected = tracker.allMarked(c);
    millis[t] = detected ? tracker.lastMark(c) - crashAt : GIVE_UP_MILLIS;
    firstSuspicion[t] = tracker.firstSuspicion - crashAt;
    c.unlisten(tracker);
    c.runUntil(c.now() + 5_000);
    return detected ? 0 : 1;
  }

  /**
   * Starts {@code trials} new nodes one after another in a bootstrapped cluster of {@code n},
   * each joining through one random member; see {@link #join(SimCluster, int, long)}.
   */
  public static Join join(GossipConfig config, NetworkModel network, int n, int trials,
      long seed) {
    return join(bootstrap(config, network, n, seed), trials, seed);
  }

  /**
   * Starts {@code trials} new nodes one after another in the running cluster {@code c}, each
   * joining through one random member, and measures how long and how many message hops it
   * takes until every other live node has seen it join. N grows by one per trial.
   */
  public static Join join(SimCluster c, int trials, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = (int) c.nodes().stream().filter(SimNode::isLive).count();
    long[] millis = new long[trials];
    int[] hops = new int[trials];
    int missed = 0;
    for (int t = 0; t < trials; t++) {
      SimNode joiner = c.addNode("dc1", "rack" + (c.nodes().size() % 3));
      int seedNode;
      do {
        seedNode = random.nextInt(joiner.index());
      } while (!c.node(seedNode).isLive());
      long startAt = c.now() + random.nextInt(1_000);
      JoinTracker tracker = new JoinTracker(joiner, c.nodes().size());
      c.listen(tracker);
      List<Integer> seeds = List.of(seedNode);
      c.at(startAt, () -> c.start(joiner.index(), seeds));
      while (!tracker.allKnow(c) && c.now() < startAt + GIVE_UP_MILLIS) {
        c.runUntil(c.now() + 50);
      }
      if (tracker.allKnow(c)) {
        millis[t] = tracker.last - startAt;
        hops[t] = Arrays.stream(tracker.depth).max().orElse(0);
      } else {
        missed++;
        millis[t] = GIVE_UP_MILLIS;
      }
      c.unlisten(tracker);
      c.runUntil(c.now() + 2_000);
    }
    return new Join(n, millis, hops, missed);
  }

  /** Records, for one crashed node at a time, when each node marked it Failed. */
  private static final class CrashTracker implements SimCluster.Listener {
    final UniqueAddress victim;
    final long[] markedAt;
    long firstSuspicion = Long.MAX_VALUE;

    CrashTracker(UniqueAddress victim, int nodes) {
      this.victim = victim;
      markedAt = new long[nodes];
      Arrays.fill(markedAt, -1);
    }

    @Override
    public void onEvent(long now, int node, int from, GossipEvent event) {
      if (event instanceof GossipEvent.Failed f && f.member().address().equals(victim)
          && markedAt[node] < 0) {
        markedAt[node] = now;
      } else if (event instanceof GossipEvent.Suspected s
          && s.member().address().equals(victim)) {
        firstSuspicion = Math.min(firstSuspicion, now);
      }
    }

    boolean allMarked(SimCluster c) {
      for (SimNode n : c.nodes()) {
        if (n.isLive() && markedAt[n.index()] < 0) {
          return false;
        }
      }
      return true;
    }

    long lastMark(SimCluster c) {
      long last = 0;
      for (SimNode n : c.nodes()) {
        if (n.isLive()) {
          last = Math.max(last, markedAt[n.index()]);
        }
      }
      return last;
    }
  }

  /** Records, for one joiner at a time, when and through how many hops each node learned of it. */
  private static final class JoinTracker implements SimCluster.Listener {
    final UniqueAddress joiner;
    final int[] depth;
    long last;

    JoinTracker(SimNode joiner, int nodes) {
      this.joiner = joiner.address();
      depth = new int[nodes];
      Arrays.fill(depth, -1);
      depth[joiner.index()] = 0;
    }

    @Override
    public void onEvent(long now, int node, int from, GossipEvent event) {
      if (event instanceof GossipEvent.Joined j && j.member().address().equals(joiner)
          && depth[node] < 0) {
        depth[node] = from >= 0 && depth[from] >= 0 ? depth[from] + 1 : 1;
        last = Math.max(last, now);
      }
    }

    boolean allKnow(SimCluster c) {
      for (SimNode n : c.nodes()) {
        if (n.isLive() && depth[n.index()] < 0) {
          return false;
        }
      }
      return true;
    }
  }
}
