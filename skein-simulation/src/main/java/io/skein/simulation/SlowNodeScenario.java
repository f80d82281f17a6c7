package io.skein.simulation;

import io.skein.membership.member.UniqueAddress;
import io.skein.membership.swim.GossipConfig;
import io.skein.membership.swim.GossipEvent;

/**
 * Lifeguard's own test case: one member handles its inbound messages late (overload, a lagging
 * receive queue), so every reply it waits for arrives after its probe timeout. Without local
 * health awareness it accuses a healthy member on nearly every probe; with it, the missing
 * nacks tell it that the fault is its own, and it stretches its timeouts instead. Nobody
 * crashes, the network loses nothing.
 *
 * @param accusations suspicions the slow member raised (all of healthy members)
 * @param accused suspicions of the slow member raised by the others
 * @param falseFailures Failed marks, each node's mark counted
 * @param slowNodeHealth the slow member's local health score at the end
 */
public record SlowNodeScenario(int members, double hours, long inboundDelayMillis,
    long accusations, long accused, long falseFailures, int slowNodeHealth) {

  /** Accusations by the slow member per hour. */
  public double accusationsPerHour() {
    return accusations / hours;
  }

  /** Runs {@code hours} with node 0 of a bootstrapped cluster of {@code n} slowed down. */
  public static SlowNodeScenario run(GossipConfig config, int n, double hours,
      long inboundDelayMillis, long seed) {
    SimCluster c = MembershipSimulation.bootstrap(config, NetworkModel.lan(), n, seed);
    UniqueAddress slow = c.node(0).address();
    c.slowInbound(0, inboundDelayMillis);
    long[] counts = new long[3];
    c.listen((now, node, from, event) -> {
      if (event instanceof GossipEvent.Failed) {
        counts[2]++;
      } else if (event instanceof GossipEvent.Suspected s
          && s.accuser().equals(c.node(node).address())) {
        if (node == 0) {
          counts[0]++;
        } else if (s.member().address().equals(slow)) {
          counts[1]++;
        }
      }
    });
    c.runUntil(c.now() + (long) (hours * 3_600_000));
    return new SlowNodeScenario(n, hours, inboundDelayMillis, counts[0], counts[1], counts[2],
        c.node(0).engine().localHealth());
  }
}
