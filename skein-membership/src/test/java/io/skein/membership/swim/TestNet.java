package io.skein.membership.swim;

import io.skein.core.HostAndPort;
import io.skein.membership.member.UniqueAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * A few engines wired together for unit tests: messages arrive at once (same millisecond), in
 * order; a test can drop messages or cut nodes off. Time moves to the next engine deadline.
 */
final class TestNet {

  record Seen(UniqueAddress node, long at, GossipEvent event) {}

  final Map<HostAndPort, GossipEngine> engines = new LinkedHashMap<>();
  final List<Seen> events = new ArrayList<>();
  final Set<HostAndPort> down = new HashSet<>();
  Predicate<Envelope> drop = e -> false;
  long now;

  static UniqueAddress address(int i) {
    return new UniqueAddress(new HostAndPort("10.0.0." + i, 7946), 1000 + i);
  }

  GossipEngine add(int i, GossipConfig config) {
    GossipEngine e = new GossipEngine(config, address(i), "dc1", "rack" + (i % 3),
        new SplittableRandom(i));
    engines.put(address(i).address(), e);
    return e;
  }

  GossipEngine engine(int i) {
    return engines.get(address(i).address());
  }

  /** Starts node 0 alone and joins every other node through it, then runs {@code millis}. */
  void bootstrap(long millis) {
    boolean first = true;
    for (GossipEngine e : engines.values()) {
      deliver(e, e.join(now, first ? List.of() : List.of(address(0).address())));
      first = false;
    }
    runFor(millis);
  }

  void deliver(GossipEngine source, GossipOutput out) {
    Deque<Object[]> queue = new ArrayDeque<>();
    record(source, out, queue);
    while (!queue.isEmpty()) {
      Object[] item = queue.poll();
      HostAndPort from = (HostAndPort) item[0];
      Envelope env = (Envelope) item[1];
      GossipEngine target = engines.get(env.to());
      if (target == null || down.contains(env.to()) || down.contains(from) || drop.test(env)) {
        continue;
      }
      record(target, target.onMessage(now, from, env.message()), queue);
    }
  }

  void runFor(long millis) {
    long end = now + millis;
    while (true) {
      long next = Long.MAX_VALUE;
      for (Map.Entry<HostAndPort, GossipEngine> e : engines.entrySet()) {
        if (!down.contains(e.getKey())) {
          next = Math.min(next, e.getValue().nextDeadline());
        }
      }
      if (next > end) {
        now = end;
        return;
      }
      now = Math.max(now, next);
      for (Map.Entry<HostAndPort, GossipEngine> e : engines.entrySet()) {
        if (!down.contains(e.getKey()) && e.getValue().nextDeadline() <= now) {
          deliver(e.getValue(), e.getValue().tick(now));
        }
      }
    }
  }

  <T extends GossipEvent> List<T> eventsOf(int node, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Seen s : events) {
      if (s.node().equals(address(node)) && type.isInstance(s.event())) {
        out.add(type.cast(s.event()));
      }
    }
    return out;
  }

  private void record(GossipEngine source, GossipOutput out, Deque<Object[]> queue) {
    for (GossipEvent ev : out.events()) {
      events.add(new Seen(source.self().address(), now, ev));
    }
    for (Envelope env : out.envelopes()) {
      queue.add(new Object[] {source.self().hostAndPort(), env});
    }
  }
}
