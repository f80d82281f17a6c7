package io.skein.benchmarks.keyspace;

import io.skein.core.ManualClock;
import io.skein.engine.keyspace.Database;
import io.skein.engine.keyspace.Keyspace;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * GET and SET of random keys among {@code keys} resident ones, as redis-benchmark's
 * {@code -r 1000000} drives them (16-byte keys {@code key:%012d}, 32-byte values), without the
 * network: what one access to the keyspace costs once the data no longer fits in the caches.
 * Half of the GETs ask for keys that were never stored, as in compare.sh.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Thread)
public class KeyspaceBenchmark {

  @Param({"1000000"})
  int keys;

  private Database db;
  private byte[][] names;
  private final byte[] value = "vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv".getBytes(StandardCharsets.US_ASCII);
  private final SplittableRandom random = new SplittableRandom(42);

  @Setup
  public void fill() {
    db = new Keyspace(new ManualClock(1_700_000_000_000L), 1).database(0);
    names = new byte[keys * 2][];
    for (int i = 0; i < names.length; i++) {
      names[i] = String.format("key:%012d", i).getBytes(StandardCharsets.US_ASCII);
    }
    for (int i = 0; i < keys; i++) {
      db.setString(names[i], value, 0, value.length, 0, false);
    }
  }

  @Benchmark
  public byte[] get() {
    return db.getString(names[random.nextInt(names.length)]);
  }

  @Benchmark
  public void setExisting() {
    db.setString(names[random.nextInt(keys)], value, 0, value.length, 0, false);
  }
}
