package io.skein.benchmarks.resp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.skein.resp.RespEncoder;
import io.skein.resp.RespVersion;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** The replies a cache serves most: +OK, small and large integers, a 3-byte bulk, a null, a double. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class RespEncoderBenchmark {

  private final byte[] value = "xyz".getBytes(StandardCharsets.US_ASCII);
  private ByteBuf out;
  private long counter;

  @Setup(Level.Trial)
  public void setUp() {
    out = PooledByteBufAllocator.DEFAULT.heapBuffer(1024);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    out.release();
  }

  @Benchmark
  public ByteBuf ok() {
    out.clear();
    RespEncoder.simpleString(out, "OK");
    return out;
  }

  @Benchmark
  public ByteBuf smallInteger() {
    out.clear();
    RespEncoder.integer(out, (counter++ & 4095));
    return out;
  }

  @Benchmark
  public ByteBuf largeInteger() {
    out.clear();
    RespEncoder.integer(out, 1_000_000_007L + (counter++ & 4095));
    return out;
  }

  @Benchmark
  public ByteBuf bulk() {
    out.clear();
    RespEncoder.bulk(out, value);
    return out;
  }

  @Benchmark
  public ByteBuf nullBulk() {
    out.clear();
    RespEncoder.nullBulk(out, RespVersion.RESP2);
    return out;
  }

  @Benchmark
  public ByteBuf doubleResp3() {
    out.clear();
    RespEncoder.doubleValue(out, 1.5, RespVersion.RESP3);
    return out;
  }
}
