package io.skein.simulation;

import io.skein.core.HostAndPort;
import io.skein.membership.member.UniqueAddress;
import io.skein.membership.swim.Envelope;
import io.skein.membership.swim.GossipConfig;
import io.skein.membership.swim.GossipEngine;
import io.skein.membership.swim.GossipEvent;
import io.skein.membership.swim.GossipMessage;
import io.skein.membership.swim.GossipOutput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Many {@link GossipEngine}s on a simulated network and a manual clock. One event queue orders
 * everything (deliveries, engine deadlines, stall ends, scenario actions) by time, then by the
 * order it was scheduled, so a run is a function of the seed alone.
 *
 * <p>The network drops each message with the model's loss rate, delays the rest by its latency
 * distribution, and drops messages between partitioned nodes. Engines are ticked exactly at
 * their {@link GossipEngine#nextDeadline()}.
 *
 * <p>Threading: single-threaded; not thread-safe.
 */
public final class SimCluster {

  /** Receives every event an engine emits; {@code from} is the sending node, or -1 on a tick. */
  public interface Listener {
    void onEvent(long now, int node, int from, GossipEvent event);
  }

  record Delivery(int from, GossipMessage message) {}

  private final GossipConfig config;
  private final SplittableRandom random;
  private final SplittableRandom netRandom;
  private NetworkModel network;
  private final List<SimNode> nodes = new ArrayList<>();
  private final Map<HostAndPort, SimNode> byAddress = new HashMap<>();
  private final PriorityQueue<Scheduled> queue = new PriorityQueue<>();
  private final List<Listener> listeners = new ArrayList<>();
  private int[] sides = new int[0];
  private long now;
  private long order;
  private long delivered;
  private long dropped;

  /** An empty cluster whose engines use {@code config}; everything random derives from seed. */
  public SimCluster(GossipConfig config, NetworkModel network, long seed) {
    this.config = config;
    this.network = network;
    this.random = new SplittableRandom(seed);
    this.netRandom = random.split();
  }

  public long now() {
    return now;
  }

  public List<SimNode> nodes() {
    return Collections.unmodifiableList(nodes);
  }

  public SimNode node(int index) {
    return nodes.get(index);
  }

  public void listen(Listener listener) {
    listeners.add(listener);
  }

  public void unlisten(Listener listener) {
    listeners.remove(listener);
  }

  public void setNetwork(NetworkModel model) {
    this.network = model;
  }

  /** Messages delivered and dropped (loss or partition) so far. */
  public long delivered() {
    return delivered;
  }

  public long dropped() {
    return dropped;
  }

  /** Creates a node (not yet started) at address {@code 10.x.y.z:7946}. */
  public SimNode addNode(String dc, String rack) {
    int i = nodes.size();
    HostAndPort hp = new HostAndPort("10." + (i >> 16 & 0xFF) + "." + (i >> 8 & 0xFF) + "."
        + (i & 0xFF), 7946);
    UniqueAddress address = new UniqueAddress(hp, random.nextLong());
    SimNode node = new SimNode(i, address,
        new GossipEngine(config, address, dc, rack, random.split()));
    nodes.add(node);
    byAddress.put(hp, node);
    sides = Arrays.copyOf(sides, nodes.size());
    return node;
  }

  /** Starts {@code node} now, joining through the given seed nodes (none: a new cluster). */
  public void start(int node, List<Integer> seeds) {
    SimNode n = nodes.get(node);
    n.started = true;
    List<HostAndPort> addresses = new ArrayList<>();
    for (int s : seeds) {
      addresses.add(nodes.get(s).hostAndPort());
    }
    handle(n, -1, n.engine().join(now, addresses));
  }

  /** Runs {@code action} at time {@code at} (not before now). */
  public void at(long at, Runnable action) {
    schedule(new Scheduled(Math.max(at, now), order++, Kind.ACTION, null, null, action));
  }

  /** The node announces a graceful leave (it keeps running until crashed or stopped). */
  public void leave(int node) {
    SimNode n = nodes.get(node);
    handle(n, -1, n.engine().leave(now));
  }

  /** The node stops for good: it sends and receives nothing from now on. */
  public void crash(int node) {
    nodes.get(node).crashed = true;
  }

  /** The node processes nothing for {@code millis}, then catches up. */
  public void stall(int node, long millis) {
    SimNode n = nodes.get(node);
    if (n.crashed || n.isStalled(now)) {
      return;
    }
    n.stalledUntil = now + millis;
    schedule(new Scheduled(n.stalledUntil, order++, Kind.WAKE, n, null, null));
  }

  /**
   * Every message to {@code node} is handled {@code millis} later than it arrives, as on an
   * overloaded node whose inbound queue lags (Lifeguard's "slow message processing").
   */
  public void slowInbound(int node, long millis) {
    nodes.get(node).inboundDelay = millis;
  }

  /** Cuts the given nodes off from the rest (both directions) until {@link #heal()}. */
  public void partition(Iterable<Integer> side) {
    for (int i : side) {
      sides[i] = 1;
    }
  }

  public void heal() {
    Arrays.fill(sides, 0);
  }

  /** Processes every event up to and including time {@code until}; the clock ends there. */
  public void runUntil(long until) {
    while (!queue.isEmpty() && queue.peek().at <= until) {
      Scheduled s = queue.poll();
      now = s.at;
      switch (s.kind) {
        case TICK -> onTick(s);
        case DELIVER -> onDeliver(s.node, s.delivery);
        case WAKE -> onWake(s.node);
        case ACTION -> s.action.run();
      }
    }
    now = Math.max(now, until);
  }

  private void onTick(Scheduled s) {
    SimNode n = s.node;
    if (s.at != n.scheduledTick) {
      return; // superseded by an earlier deadline
    }
    n.scheduledTick = Long.MAX_VALUE;
    if (n.crashed || n.isStalled(now)) {
      return; // a stalled node is ticked when it wakes
    }
    handle(n, -1, n.engine().tick(now));
  }

  private void onDeliver(SimNode n, Delivery d) {
    if (n.crashed || !n.started) {
      return;
    }
    if (n.isStalled(now)) {
      n.backlog.add(d);
      return;
    }
    handle(n, d.from(), n.engine().onMessage(now, nodes.get(d.from()).hostAndPort(),
        d.message()));
  }

  private void onWake(SimNode n) {
    if (n.crashed) {
      return;
    }
    handle(n, -1, n.engine().tick(now));
    List<Delivery> waiting = new ArrayList<>(n.backlog);
    n.backlog.clear();
    for (Delivery d : waiting) {
      handle(n, d.from(), n.engine().onMessage(now, nodes.get(d.from()).hostAndPort(),
          d.message()));
    }
  }

  private void handle(SimNode n, int from, GossipOutput out) {
    for (GossipEvent e : out.events()) {
      for (Listener l : listeners) {
        l.onEvent(now, n.index(), from, e);
      }
    }
    for (Envelope env : out.envelopes()) {
      send(n, env);
    }
    long next = n.engine().nextDeadline();
    if (next < n.scheduledTick) {
      n.scheduledTick = Math.max(next, now);
      schedule(new Scheduled(n.scheduledTick, order++, Kind.TICK, n, null, null));
    }
  }

  private void send(SimNode from, Envelope env) {
    SimNode to = byAddress.get(env.to());
    if (to == null || sides[from.index()] != sides[to.index()]
        || netRandom.nextDouble() < network.lossRate()) {
      dropped++;
      return;
    }
    delivered++;
    double u = netRandom.nextDouble();
    long extra = (long) Math.floor(-Math.log(1 - u) * network.meanExtraLatencyMillis());
    long at = now + network.minLatencyMillis() + extra + to.inboundDelay;
    schedule(new Scheduled(at, order++, Kind.DELIVER, to,
        new Delivery(from.index(), env.message()), null));
  }

  private void schedule(Scheduled s) {
    queue.add(s);
  }

  private enum Kind { TICK, DELIVER, WAKE, ACTION }

  private record Scheduled(long at, long order, Kind kind, SimNode node, Delivery delivery,
      Runnable action) implements Comparable<Scheduled> {
    @Override
    public int compareTo(Scheduled o) {
      int c = Long.compare(at, o.at);
      return c != 0 ? c : Long.compare(order, o.order);
    }
  }
}
