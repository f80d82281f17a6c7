package io.skein.simulation;

import io.skein.membership.member.UniqueAddress;
import io.skein.membership.swim.GossipConfig;
import io.skein.membership.swim.GossipEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A healthy cluster under a bad network for a long time: every message is lost with some
 * probability and every node stalls now and then (a 2-second GC pause, say: it processes
 * nothing, then catches up). Nobody crashes, so every failure mark is false. Counts:
 *
 * <ul>
 *   <li>false failures: Failed marks, each node's mark counted (a node marking a live member
 *       failed would stop routing to it);</li>
 *   <li>suspicions raised: Suspected events a node raised itself after its own probe failed
 *       (the adopted copies of a suspicion are not counted again);</li>
 *   <li>of those, suspicions of healthy members: the suspect had not stalled within the
 *       10 s before (longer than any probe, even at the highest local health multiplier), so
 *       nothing but the network or the accuser was at fault.</li>
 * </ul>
 *
 * @param members N
 * @param hours simulated hours under the bad network
 * @param stalls stalls that happened
 */
public record FalsePositiveScenario(int members, double hours, long stalls, long falseFailures,
    long suspicions, long suspicionsOfHealthy, long refutations) {

  /** How far back a stall of the suspect excuses a suspicion of it. */
  static final long STALL_EXCUSE_MILLIS = 10_000;

  /** False failure marks per node-hour. */
  public double falseFailuresPerNodeHour() {
    return falseFailures / (members * hours);
  }

  /** Suspicions of healthy members raised per node-hour. */
  public double healthySuspicionsPerNodeHour() {
    return suspicionsOfHealthy / (members * hours);
  }

  /**
   * Runs the scenario: a bootstrapped cluster of {@code n}; then {@code hours} of loss at
   * {@code lossRate} with stalls of {@code stallMillis} at exponentially distributed gaps of
   * mean {@code meanStallGapMillis} per node (0: no stalls).
   */
  public static FalsePositiveScenario run(GossipConfig config, int n, double hours,
      double lossRate, long meanStallGapMillis, long stallMillis, long seed) {
    SimCluster c = MembershipSimulation.bootstrap(config, NetworkModel.lan(), n, seed);
    c.setNetwork(NetworkModel.lan().withLoss(lossRate));
    long start = c.now();
    long end = start + (long) (hours * 3_600_000);
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    List<List<Long>> stallStarts = new ArrayList<>();
    long stalls = 0;
    for (int i = 0; i < n; i++) {
      List<Long> starts = new ArrayList<>();
      if (meanStallGapMillis > 0) {
        long t = start + exponential(random, meanStallGapMillis);
        while (t < end) {
          starts.add(t);
          int node = i;
          c.at(t, () -> c.stall(node, stallMillis));
          t += stallMillis + exponential(random, meanStallGapMillis);
        }
      }
      stalls += starts.size();
      stallStarts.add(starts);
    }
    Counter counter = new Counter(c, stallStarts, stallMillis);
    c.listen(counter);
    c.runUntil(end);
    return new FalsePositiveScenario(n, hours, stalls, counter.falseFailures, counter.suspicions,
        counter.suspicionsOfHealthy, counter.refutations);
  }

  private static long exponential(SplittableRandom random, long mean) {
    return 1 + (long) (-Math.log(1 - random.nextDouble()) * mean);
  }

  private static final class Counter implements SimCluster.Listener {
    private final SimCluster cluster;
    private final List<List<Long>> stallStarts;
    private final long stallMillis;
    private final Map<UniqueAddress, Integer> indexOf = new HashMap<>();
    long falseFailures;
    long suspicions;
    long suspicionsOfHealthy;
    long refutations;

    Counter(SimCluster cluster, List<List<Long>> stallStarts, long stallMillis) {
      this.cluster = cluster;
      this.stallStarts = stallStarts;
      this.stallMillis = stallMillis;
      for (SimNode n : cluster.nodes()) {
        indexOf.put(n.address(), n.index());
      }
    }

    @Override
    public void onEvent(long now, int node, int from, GossipEvent event) {
      if (event instanceof GossipEvent.Failed) {
        falseFailures++;
      } else if (event instanceof GossipEvent.Refuted) {
        refutations++;
      } else if (event instanceof GossipEvent.Suspected s
          && s.accuser().equals(cluster.node(node).address())) {
        suspicions++;
        Integer suspect = indexOf.get(s.member().address());
        if (suspect != null && !stalledWithin(suspect, now - STALL_EXCUSE_MILLIS, now)) {
          suspicionsOfHealthy++;
        }
      }
    }

    private boolean stalledWithin(int node, long from, long to) {
      for (long s : stallStarts.get(node)) {
        if (s <= to && s + stallMillis >= from) {
          return true;
        }
        if (s > to) {
          break;
        }
      }
      return false;
    }
  }
}
