package io.skein.benchmarks.routing;

import io.skein.routing.dispatch.ClusterDispatcher;
import io.skein.routing.dispatch.DispatchPlan;
import io.skein.routing.dispatch.Request;
import io.skein.routing.hash.DynToken;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.topology.ConsistencyLevel;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PeerEndpoint;
import io.skein.routing.topology.PoolConfig;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code ClusterDispatcher.plan()} per request: 1 node (one rack), 3 nodes (three racks of one
 * DC), 12 nodes (two DCs of three racks, two nodes per rack), at DC_ONE and DC_QUORUM, with
 * murmur and vnode. The local node is peer 0; keys cycle through 1024 prepared keys so the key
 * hash is measured too.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PlanBenchmark {

  @Param({"1", "3", "12"})
  public int nodes;

  @Param({"DC_ONE", "DC_QUORUM"})
  public String level;

  private ClusterDispatcher dispatcher;
  private byte[][] keys;
  private int next;

  @Setup
  public void setUp() {
    String shape = switch (nodes) {
      case 1 -> "dc1:r1=1";
      case 3 -> "dc1:r1=1,r2=1,r3=1";
      case 12 -> "dc1:r1=2,r2=2,r3=2;dc2:r1=2,r2=2,r3=2";
      default -> throw new IllegalArgumentException("nodes: " + nodes + " (expected 1, 3, 12)");
    };
    ConsistencyLevel cl = ConsistencyLevel.parse(level);
    PoolConfig config = PoolConfig.defaults("dc1", "r1").withConsistency(cl, cl);
    dispatcher = new ClusterDispatcher(ServerPool.create(config, peers(shape)));
    SplittableRandom random = new SplittableRandom(42);
    keys = new byte[1024][];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = ("user:" + random.nextInt(1_000_000)).getBytes(StandardCharsets.UTF_8);
    }
  }

  private static List<Peer> peers(String shape) {
    List<Peer> peers = new ArrayList<>();
    for (String dcPart : shape.split(";")) {
      String[] dcAndRacks = dcPart.split(":");
      for (String rackPart : dcAndRacks[1].split(",")) {
        String[] rackAndCount = rackPart.split("=");
        int count = Integer.parseInt(rackAndCount[1]);
        for (int i = 0; i < count; i++) {
          int index = peers.size();
          peers.add(new Peer(index, PeerEndpoint.tcp("10.0.0." + index, 8101), rackAndCount[0],
              dcAndRacks[0], List.of(new DynToken((DynToken.MAX / count) * (i + 1))),
              index == 0, true, false));
        }
      }
    }
    return peers;
  }

  @Benchmark
  public DispatchPlan planRead() {
    return dispatcher.plan(Request.read(next), keys[next++ & 1023]);
  }

  @Benchmark
  public DispatchPlan planWrite() {
    return dispatcher.plan(Request.write(next), keys[next++ & 1023]);
  }
}
