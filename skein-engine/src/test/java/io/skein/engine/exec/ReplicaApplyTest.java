package io.skein.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.command.CommandSpec;
import io.skein.engine.exec.ReplicaApply.Kind;
import io.skein.engine.testing.EngineHarness;
import io.skein.engine.testing.RecordingSink;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReplicaApplyTest {

  private final EngineHarness h = new EngineHarness();
  private final long base = h.clock.millis() << 16;

  private Object replica(Kind kind, long version, String... args) {
    byte[][] argv = new byte[args.length][];
    for (int i = 0; i < args.length; i++) {
      argv[i] = args[i].getBytes(StandardCharsets.UTF_8);
    }
    CommandSpec spec = h.engine.commands().lookup(argv[0]);
    RecordingSink sink = new RecordingSink(false);
    ReplicaApply apply = kind == Kind.READ ? ReplicaApply.read()
        : new ReplicaApply(kind, version, out -> out.simple(kind == Kind.OVERWRITE ? "OK" : "?"));
    h.engine.executor().executeAsReplica(h.ctx, spec, argv, sink, apply);
    return sink.take();
  }

  private long version(String key) {
    return h.ctx.db().version(key.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aReplicatedWriteTakesTheCoordinatorsVersion() {
    replica(Kind.OVERWRITE, base + 5, "SET", "k", "v");
    assertThat(version("k")).isEqualTo(base + 5);
    assertThat(h.run("GET", "k")).isEqualTo("v");
  }

  @Test
  void anOlderOverwriteLosesToANewerOneWhateverTheArrivalOrder() {
    replica(Kind.OVERWRITE, base + 9, "SET", "k", "new");
    Object reply = replica(Kind.OVERWRITE, base + 3, "SET", "k", "old");
    assertThat(reply).isEqualTo("+OK");
    assertThat(h.run("GET", "k")).isEqualTo("new");
    assertThat(version("k")).isEqualTo(base + 9);
  }

  @Test
  void aDeleteLeavesATombstoneThatStopsAnOlderSetFromResurrectingTheKey() {
    replica(Kind.OVERWRITE, base + 1, "SET", "k", "v1");
    replica(Kind.OVERWRITE, base + 7, "DEL", "k");
    replica(Kind.OVERWRITE, base + 4, "SET", "k", "late");
    assertThat(h.run("EXISTS", "k")).isEqualTo(0L);
    replica(Kind.OVERWRITE, base + 8, "SET", "k", "newer");
    assertThat(h.run("GET", "k")).isEqualTo("newer");
    assertThat(h.engine.keyspace().tombstones().version(0, "k".getBytes(), h.clock.millis()))
        .isZero();
  }

  @Test
  void tombstonesAreForgottenAfterTheirGracePeriod() {
    replica(Kind.OVERWRITE, base + 7, "DEL", "k");
    replica(Kind.OVERWRITE, base + 7, "SET", "k", "v");
    replica(Kind.OVERWRITE, base + 9, "DEL", "k");
    assertThat(h.engine.keyspace().tombstones().size()).isEqualTo(1);
    h.advanceMillis(io.skein.engine.keyspace.Tombstones.DEFAULT_GRACE_MILLIS + 1);
    replica(Kind.OVERWRITE, base + 2, "SET", "k", "much-later-stale");
    assertThat(h.run("GET", "k")).isEqualTo("much-later-stale");
  }

  @Test
  void crossedReadModifyWritesEndAtDifferentVersionsSoAQuorumReadRepairsThem() {
    replica(Kind.WRITE, base + 9, "RPUSH", "l", "b");
    replica(Kind.WRITE, base + 4, "RPUSH", "l", "a");
    assertThat(h.run("LRANGE", "l", "0", "-1")).asList().containsExactly("b", "a");
    assertThat(version("l")).isEqualTo(base + 10);
  }

  @Test
  void aRetriedReadModifyWriteIsNotAppliedTwice() {
    replica(Kind.WRITE, base + 3, "INCR", "n");
    replica(Kind.WRITE, base + 3, "INCR", "n");
    assertThat(h.run("GET", "n")).isEqualTo("1");
  }

  @Test
  void aReadAnswersWithTheVersionOfItsKey() {
    replica(Kind.OVERWRITE, base + 5, "SET", "k", "v");
    RecordingSink sink = new RecordingSink(false);
    byte[][] argv = {"GET".getBytes(), "k".getBytes()};
    long v = h.engine.executor().executeAsReplica(h.ctx, h.engine.commands().lookup("get"),
        argv, sink, ReplicaApply.read());
    assertThat(v).isEqualTo(base + 5);
    assertThat(sink.take()).isEqualTo("v");
    byte[][] missing = {"GET".getBytes(), "nope".getBytes()};
    assertThat(h.engine.executor().executeAsReplica(h.ctx, h.engine.commands().lookup("get"),
        missing, new RecordingSink(false), ReplicaApply.read())).isZero();
  }

  @Test
  void localWritesAfterAReplicatedOneAreNewerThanIt() {
    long far = (h.clock.millis() + 60_000) << 16;
    replica(Kind.OVERWRITE, far, "SET", "k", "v");
    h.run("SET", "k", "w");
    assertThat(version("k")).isGreaterThan(far);
  }
}
