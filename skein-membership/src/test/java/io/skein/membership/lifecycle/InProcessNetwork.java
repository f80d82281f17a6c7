package io.skein.membership.lifecycle;

import io.skein.core.HostAndPort;
import io.skein.membership.events.ClusterEvent;
import io.skein.membership.events.ClusterEventBus;
import io.skein.membership.member.UniqueAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Several {@link ClusterMembership} nodes exchanging messages through a queue, with a manual
 * clock. Every message goes through {@link LifecycleCodec} both ways, as it would on the wire.
 * A node can be isolated (everything it sends or is sent is dropped), and any message can be lost
 * with a seeded probability.
 */
final class InProcessNetwork {

  static final long GOSSIP_INTERVAL = 1_000;

  private record InFlight(HostAndPort from, HostAndPort to, byte[] frame) {}

  private final Map<HostAndPort, ClusterMembership> nodes = new LinkedHashMap<>();
  private final Map<UniqueAddress, List<ClusterEvent>> events = new LinkedHashMap<>();
  private final ArrayDeque<InFlight> queue = new ArrayDeque<>();
  private final Set<HostAndPort> isolated = new HashSet<>();
  private final LifecycleSettings settings;
  private final long seed;
  private final SplittableRandom lossRandom;
  private double loss;
  private long now = 1_000_000;
  private int delivered;

  InProcessNetwork(long seed, LifecycleSettings settings) {
    this.seed = seed;
    this.settings = settings;
    this.lossRandom = new SplittableRandom(seed);
  }

  /** Drops each message with probability {@code p} from now on (drawn from the seed). */
  void setLoss(double p) {
    loss = p;
  }

  ClusterMembership add(UniqueAddress address) {
    ClusterEventBus bus = new ClusterEventBus(e -> {
      throw e;
    });
    List<ClusterEvent> log = new ArrayList<>();
    bus.subscribe(log::add);
    ClusterMembership node = new ClusterMembership(address, "dc1", "rack1", Set.of(), settings,
        new SplittableRandom(seed * 31 + address.uid()), bus);
    nodes.put(address.address(), node);
    events.put(address, log);
    return node;
  }

  ClusterMembership node(UniqueAddress address) {
    return nodes.get(address.address());
  }

  List<ClusterMembership> nodes() {
    return List.copyOf(nodes.values());
  }

  /** Every node that is not removed. */
  List<ClusterMembership> live() {
    return nodes.values().stream().filter(n -> !n.isRemoved()).toList();
  }

  List<ClusterEvent> events(UniqueAddress address) {
    return events.get(address);
  }

  long now() {
    return now;
  }

  void isolate(UniqueAddress address) {
    isolated.add(address.address());
  }

  void heal(UniqueAddress address) {
    isolated.remove(address.address());
  }

  /** Queues what {@code from} wants to send, then delivers until the network is quiet. */
  void send(UniqueAddress from, MembershipOutput out) {
    for (MembershipOutput.Outbound o : out.outbound()) {
      queue.add(new InFlight(from.address(), o.to(), LifecycleCodec.encode(o.pdu())));
    }
    deliverAll();
  }

  private void deliverAll() {
    while (!queue.isEmpty()) {
      if (++delivered > 1_000_000) {
        throw new IllegalStateException("seed " + seed + ": messages never stop");
      }
      InFlight m = queue.poll();
      ClusterMembership target = nodes.get(m.to());
      if (target == null || isolated.contains(m.from()) || isolated.contains(m.to())
          || (loss > 0 && lossRandom.nextDouble() < loss)) {
        continue;
      }
      MembershipOutput out = target.onGossip(now, LifecycleCodec.decode(m.frame()));
      for (MembershipOutput.Outbound o : out.outbound()) {
        queue.add(new InFlight(m.to(), o.to(), LifecycleCodec.encode(o.pdu())));
      }
    }
  }

  /** One gossip interval: the clock moves on, every node ticks, messages are delivered. */
  void round() {
    now += GOSSIP_INTERVAL;
    for (ClusterMembership n : List.copyOf(nodes.values())) {
      send(n.self(), n.tick(now));
    }
  }

  /** Rounds until {@code done} holds; false if it does not within {@code maxRounds}. */
  boolean runUntil(BooleanSupplier done, int maxRounds) {
    for (int i = 0; i < maxRounds; i++) {
      if (done.getAsBoolean()) {
        return true;
      }
      round();
    }
    return done.getAsBoolean();
  }

  long seed() {
    return seed;
  }
}
