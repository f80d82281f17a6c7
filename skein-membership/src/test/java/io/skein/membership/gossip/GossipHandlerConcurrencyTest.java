package io.skein.membership.gossip;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.membership.events.ClusterEvent;
import io.skein.membership.events.ClusterEventBus;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.pool.TopologyHolder;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PeerState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Heartbeats on several threads while a tick evaluates: whatever the interleaving, every peer's
 * events alternate Down/Up, each matches one counted transition, and the last one matches the
 * state the pool ends in.
 */
class GossipHandlerConcurrencyTest {

  private static final int ROUNDS = 3000;

  @Test
  void eventsMetricsAndStatesAgreeUnderConcurrentHeartbeatsAndTicks() throws Exception {
    long seed = 424_242L;
    TopologyHolder holder = new TopologyHolder(Pools.pool(Pools.peers(3, 2)));
    CountingFailureMetrics metrics = new CountingFailureMetrics();
    ClusterEventBus bus = new ClusterEventBus();
    List<ClusterEvent> events = new CopyOnWriteArrayList<>();
    bus.subscribe(events::add);
    GossipHandler handler = new GossipHandler(holder).withFailureMetrics(metrics).withEvents(bus);
    AtomicLong now = new AtomicLong();
    CountDownLatch start = new CountDownLatch(1);
    List<Throwable> failures = new CopyOnWriteArrayList<>();

    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < 3; w++) {
      SplittableRandom random = new SplittableRandom(seed + w);
      threads.add(new Thread(() -> run(start, failures, () -> {
        for (int i = 0; i < ROUNDS; i++) {
          int peer = 1 + random.nextInt(5);
          if (random.nextInt(4) != 0) { // some peers fall silent for a while
            handler.recordHeartbeat(Pools.pname(peer), now.get());
          }
        }
      })));
    }
    SplittableRandom ticks = new SplittableRandom(seed - 1);
    threads.add(new Thread(() -> run(start, failures, () -> {
      for (int i = 0; i < ROUNDS; i++) {
        handler.evaluate(now.addAndGet(ticks.nextInt(2500)));
      }
    })));
    threads.forEach(Thread::start);
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }

    assertThat(failures).as("seed %d", seed).isEmpty();
    // A quiet tail on one thread, so every peer has at least a Down and an Up to check.
    long end = now.get() + 60_000;
    handler.evaluate(end);
    for (int peer = 1; peer <= 3; peer++) {
      handler.recordHeartbeat(Pools.pname(peer), end + 1);
    }
    assertThat(events.size()).isGreaterThanOrEqualTo(8);
    ServerPool pool = holder.current();
    Map<String, List<Boolean>> downs = new HashMap<>();
    for (ClusterEvent e : events) {
      String pname = e instanceof ClusterEvent.PeerDown d ? d.pname()
          : ((ClusterEvent.PeerUp) e).pname();
      downs.computeIfAbsent(pname, p -> new ArrayList<>())
          .add(e instanceof ClusterEvent.PeerDown);
    }
    FailureMetricsSnapshot m = metrics.snapshot();
    assertThat(m.totalTransitions()).as("seed %d", seed).isEqualTo(events.size());
    for (Peer peer : pool.peers()) {
      if (peer.isLocal()) {
        continue;
      }
      String pname = GossipHandler.pname(peer);
      List<Boolean> seq = downs.getOrDefault(pname, List.of());
      for (int i = 0; i < seq.size(); i++) {
        assertThat(seq.get(i)).as("seed %d, %s event %d", seed, pname, i).isEqualTo(i % 2 == 0);
      }
      boolean down = !seq.isEmpty() && seq.get(seq.size() - 1);
      assertThat(pool.state(peer.index()) == PeerState.DOWN).as("seed %d, %s", seed, pname)
          .isEqualTo(down);
      assertThat(m.transitions(pname, PeerState.DOWN))
          .isEqualTo(seq.stream().filter(d -> d).count());
    }
    assertThat(pool.state(0)).isEqualTo(PeerState.NORMAL);
  }

  private static void run(CountDownLatch start, List<Throwable> failures, Runnable body) {
    try {
      start.await();
      body.run();
    } catch (Throwable t) {
      failures.add(t);
    }
  }
}
