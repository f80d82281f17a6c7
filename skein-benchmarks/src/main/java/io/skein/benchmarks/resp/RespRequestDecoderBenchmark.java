package io.skein.benchmarks.resp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.skein.resp.RespEncoder;
import io.skein.resp.RespLimits;
import io.skein.resp.RespRequestDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decoding a pipeline of {@value #PIPELINE} SET commands (as redis-benchmark -P 16 sends them),
 * delivered in one read, through a real channel pipeline; reported per command.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class RespRequestDecoderBenchmark {

  static final int PIPELINE = 16;

  /** Value size: redis-benchmark's default 3 bytes, and a 1 KiB value. */
  @Param({"3", "1024"})
  public int valueSize;

  private byte[] wire;
  private byte[] inlineWire;
  private EmbeddedChannel channel;
  private Blackhole blackhole;

  @Setup(Level.Trial)
  public void setUp(Blackhole blackhole) {
    this.blackhole = blackhole;
    ByteBuf buf = Unpooled.buffer();
    byte[] value = "x".repeat(valueSize).getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < PIPELINE; i++) {
      RespEncoder.command(buf, bytes("SET"), bytes("key:" + (100_000 + i)), value);
    }
    wire = new byte[buf.readableBytes()];
    buf.readBytes(wire);
    inlineWire = ("PING\r\n".repeat(PIPELINE)).getBytes(StandardCharsets.US_ASCII);
    channel = new EmbeddedChannel(new RespRequestDecoder(RespLimits.defaults()),
        new io.netty.channel.ChannelInboundHandlerAdapter() {
          @Override
          public void channelRead(io.netty.channel.ChannelHandlerContext ctx, Object msg) {
            RespRequestDecoderBenchmark.this.blackhole.consume(msg);
          }
        });
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    channel.finishAndReleaseAll();
  }

  @Benchmark
  @OperationsPerInvocation(PIPELINE)
  public void multibulkPipeline() {
    ByteBuf in = PooledByteBufAllocator.DEFAULT.heapBuffer(wire.length);
    in.writeBytes(wire);
    channel.writeInbound(in);
  }

  @Benchmark
  @OperationsPerInvocation(PIPELINE)
  public void inlinePipeline() {
    ByteBuf in = PooledByteBufAllocator.DEFAULT.heapBuffer(inlineWire.length);
    in.writeBytes(inlineWire);
    channel.writeInbound(in);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
