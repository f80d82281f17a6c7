package io.skein.membership.sbr;

import io.skein.core.HostAndPort;
import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.member.UniqueAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A small deterministic model of a cluster for the resolver: named nodes, each with its own
 * {@link SbrRuntime} and its own copy of the membership; a network of links that can be cut;
 * failure detection that notices a cut link (or a stopped node) {@code detection} after it
 * happened; gossip that merges memberships instantly among nodes that can talk (Down beats Up,
 * Removed beats Down); and a leader per connected group that removes Down members and makes
 * Joining members Up once nothing is unreachable. One {@link #tick} per simulated second.
 *
 * <p>It is a model of what the resolver needs and nothing more: no messages, no vector clocks.
 */
final class SbrSimulation {

  /** Something a runtime asked for, when, and on which node. */
  record Event(long second, String node, SbrAction action) {}

  private static final long SECOND = 1_000_000_000L;

  private final Supplier<SbrRuntime> runtimes;
  private final long detection;
  private final Map<String, Node> nodes = new TreeMap<>();
  private final Map<Set<String>, Long> cutSince = new HashMap<>();
  private final Map<UniqueAddress, Long> stoppedSince = new HashMap<>();
  private final List<Event> events = new ArrayList<>();
  private long now;
  private int nextUpNumber = 1;

  private static final class Node {
    final String name;
    UniqueAddress address;
    SbrRuntime runtime;
    boolean serving = true;
    Map<UniqueAddress, Member> membership = new HashMap<>();

    Node(String name, UniqueAddress address, SbrRuntime runtime) {
      this.name = name;
      this.address = address;
      this.runtime = runtime;
    }
  }

  /** A converged cluster of Up members, the first name the oldest. */
  SbrSimulation(List<String> names, Supplier<SbrRuntime> runtimes, Duration detection) {
    this.runtimes = runtimes;
    this.detection = detection.toNanos();
    Map<UniqueAddress, Member> membership = new HashMap<>();
    for (String name : names) {
      Node node = new Node(name, address(name, 1), runtimes.get());
      nodes.put(name, node);
      membership.put(node.address, new Member(node.address, MemberStatus.UP, nextUpNumber++, "dc1",
          "rack1", Set.of()));
    }
    nodes.values().forEach(n -> n.membership = new HashMap<>(membership));
  }

  static UniqueAddress address(String name, long uid) {
    return new UniqueAddress(new HostAndPort("node-" + name.toLowerCase(), 7000), uid);
  }

  long second() {
    return now / SECOND;
  }

  /** Cuts every link between the two groups. */
  void partition(Set<String> one, Set<String> other) {
    for (String a : one) {
      for (String b : other) {
        cutSince.putIfAbsent(Set.of(a, b), now);
      }
    }
  }

  void heal() {
    cutSince.clear();
  }

  /** Starts a stopped node again as a new incarnation that joins through {@code seed}. */
  void restart(String name, String seed) {
    Node node = nodes.get(name);
    node.address = address(name, node.address.uid() + 1);
    node.runtime = runtimes.get();
    node.serving = true;
    node.membership = new HashMap<>(nodes.get(seed).membership);
    node.membership.put(node.address, Member.joining(node.address, "dc1", "rack1", Set.of()));
  }

  /** Advances one second: gossip, every serving node's resolver, gossip, leader actions. */
  void tick() {
    now += SECOND;
    gossip();
    for (Node node : nodes.values()) {
      if (node.serving) {
        for (SbrAction action : node.runtime.tick(now, view(node))) {
          events.add(new Event(second(), node.name, action));
          execute(node, action);
        }
      }
    }
    gossip();
    for (Node node : nodes.values()) {
      if (node.serving && view(node).selfIsLeader()) {
        leaderActions(node);
      }
    }
    gossip();
  }

  void runUntil(long second) {
    while (second() < second) {
      tick();
    }
  }

  private void execute(Node node, SbrAction action) {
    if (action instanceof SbrAction.DownMembers down) {
      down.members().forEach(a -> setStatus(node, a, MemberStatus.DOWN));
    } else if (action instanceof SbrAction.DownSelf) {
      setStatus(node, node.address, MemberStatus.DOWN);
      gossip(); // its last word: the group it can still reach hears that it is Down
      node.serving = false;
      stoppedSince.put(node.address, now);
    }
  }

  private void leaderActions(Node leader) {
    SbrView view = view(leader);
    for (Member m : List.copyOf(leader.membership.values())) {
      if (m.status() == MemberStatus.DOWN) {
        setStatus(leader, m.uniqueAddress(), MemberStatus.REMOVED);
      } else if (m.status() == MemberStatus.JOINING && view.unreachable().isEmpty()) {
        leader.membership.put(m.uniqueAddress(), m.up(nextUpNumber++));
      }
    }
  }

  private static void setStatus(Node node, UniqueAddress address, MemberStatus status) {
    Member m = node.membership.get(address);
    if (m != null && m.status() != status && m.status().canMoveTo(status)) {
      node.membership.put(address, m.withStatus(status));
    }
  }

  private boolean talk(String a, String b) {
    return nodes.get(a).serving && nodes.get(b).serving && !cutSince.containsKey(Set.of(a, b));
  }

  private Set<String> group(String start) {
    Set<String> group = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(start));
    while (!todo.isEmpty()) {
      String x = todo.pop();
      if (group.add(x)) {
        nodes.keySet().stream().filter(y -> !y.equals(x) && talk(x, y)).forEach(todo::push);
      }
    }
    return group;
  }

  /** Every group of nodes that can talk ends up with the merged membership. */
  private void gossip() {
    Set<String> done = new HashSet<>();
    for (String name : nodes.keySet()) {
      if (!nodes.get(name).serving || done.contains(name)) {
        continue;
      }
      Set<String> group = group(name);
      done.addAll(group);
      Map<UniqueAddress, Member> merged = new HashMap<>();
      for (String n : group) {
        nodes.get(n).membership.forEach((a, m) -> merged.merge(a, m,
            (x, y) -> x.status().precedence() <= y.status().precedence() ? x : y));
      }
      group.forEach(n -> nodes.get(n).membership = new HashMap<>(merged));
    }
  }

  /** What {@code node} knows: the detections of everyone in its group, about its members. */
  private SbrView view(Node node) {
    Set<String> group = group(node.name);
    Set<UnreachableObservation> records = new HashSet<>();
    for (String observer : group) {
      UniqueAddress o = nodes.get(observer).address;
      for (UniqueAddress subject : node.membership.keySet()) {
        if (!subject.equals(o) && detectedLost(observer, subject)) {
          records.add(new UnreachableObservation(o, subject));
        }
      }
    }
    Set<UniqueAddress> seen = new HashSet<>();
    group.forEach(n -> seen.add(nodes.get(n).address));
    return SbrView.of(node.address, node.membership.values(), records, seen);
  }

  private boolean detectedLost(String observer, UniqueAddress subject) {
    String name = subject.address().host().substring("node-".length()).toUpperCase();
    Long since = stoppedSince.get(subject);
    if (since == null && !nodes.get(name).address.equals(subject)) {
      since = 0L; // an older incarnation: long gone
    }
    Long cut = observer.equals(name) ? null : cutSince.get(Set.of(observer, name));
    long lostAt = Math.min(since == null ? Long.MAX_VALUE : since,
        cut == null ? Long.MAX_VALUE : cut);
    return lostAt != Long.MAX_VALUE && now - lostAt >= detection;
  }

  List<Event> events() {
    return List.copyOf(events);
  }

  boolean isServing(String name) {
    return nodes.get(name).serving;
  }

  UniqueAddress addressOf(String name) {
    return nodes.get(name).address;
  }

  /** The membership as {@code name} sees it. */
  Map<UniqueAddress, Member> membershipOf(String name) {
    return Map.copyOf(nodes.get(name).membership);
  }
}
