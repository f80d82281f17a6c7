package io.skein.transport.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.skein.core.HostAndPort;
import io.skein.core.ManualClock;
import io.skein.transport.ClusterSecret;
import io.skein.transport.FrameRejection;
import io.skein.transport.RateLimitedLog;
import io.skein.transport.TransportStats;
import io.skein.transport.frame.Frame;
import io.skein.transport.frame.FrameCodec;
import io.skein.transport.frame.FrameSession;
import io.skein.transport.frame.FrameType;
import io.skein.transport.frame.Hello;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decoder and session handler on {@link EmbeddedChannel}s wired back to back. */
class SessionPipelineTest {

  static final ClusterSecret SECRET = ClusterSecret.of("the-cluster-secret-0001");
  static final HostAndPort A = new HostAndPort("127.0.0.1", 8101);
  static final HostAndPort B = new HostAndPort("127.0.0.2", 8101);
  static final int MAX = 1024;

  final TransportStats statsA = new TransportStats();
  final TransportStats statsB = new TransportStats();

  /** One end: decoder, session, and a sink recording frames and the handshake event. */
  final class End {
    final EmbeddedChannel channel;
    final List<Frame> frames = new ArrayList<>();
    final List<SessionEstablished> events = new ArrayList<>();

    End(FrameSession session, TransportStats stats) {
      this(session, stats, MAX);
    }

    End(FrameSession session, TransportStats stats, int maxFrameBytes) {
      channel = new EmbeddedChannel(new FrameDecoder(maxFrameBytes),
          new SessionHandler(session, stats, new RateLimitedLog(
              System.getLogger("test"), new ManualClock(0), Duration.ofSeconds(10)),
              "test", peer -> false),
          new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
              frames.add((Frame) msg);
            }

            @Override
            public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
              events.add((SessionEstablished) evt);
            }
          });
    }

    /** Everything this end wrote, as one byte array. */
    byte[] written() {
      List<byte[]> parts = new ArrayList<>();
      ByteBuf buf;
      while ((buf = channel.readOutbound()) != null) {
        byte[] b = new byte[buf.readableBytes()];
        buf.readBytes(b);
        buf.release();
        parts.add(b);
      }
      int total = parts.stream().mapToInt(p -> p.length).sum();
      byte[] out = new byte[total];
      int at = 0;
      for (byte[] p : parts) {
        System.arraycopy(p, 0, out, at, p.length);
        at += p.length;
      }
      return out;
    }

    void receive(byte[] bytes) {
      channel.writeInbound(Unpooled.wrappedBuffer(bytes));
    }
  }

  End initiator(ClusterSecret secret) {
    return new End(FrameSession.initiator(secret, nonce(1), A), statsA);
  }

  End responder() {
    return new End(FrameSession.responder(SECRET, nonce(2), B), statsB);
  }

  static byte[] nonce(int fill) {
    byte[] n = new byte[Hello.NONCE];
    Arrays.fill(n, (byte) fill);
    return n;
  }

  /** Runs the handshake; returns [initiator, responder]. */
  End[] connected() {
    return connected(responder());
  }

  End[] connected(End b) {
    End a = initiator(SECRET);
    b.receive(a.written());
    a.receive(b.written());
    assertThat(a.events).containsExactly(new SessionEstablished(B));
    assertThat(b.events).containsExactly(new SessionEstablished(A));
    return new End[] {a, b};
  }

  @Test
  void framesRoundTripAfterTheHandshake() {
    End[] ends = connected();
    ends[0].channel.writeOutbound(new OutboundFrame(FrameType.REQUEST, 1, 42, bytes("ping")));
    ends[1].receive(ends[0].written());
    assertThat(ends[1].frames).singleElement().satisfies(f -> {
      assertThat(f.correlationId()).isEqualTo(42);
      assertThat(f.payload()).isEqualTo(bytes("ping"));
    });
    ends[1].channel.writeOutbound(new OutboundFrame(FrameType.REPLY, 1, 42, bytes("pong")));
    ends[0].receive(ends[1].written());
    assertThat(ends[0].frames).singleElement()
        .satisfies(f -> assertThat(f.payload()).isEqualTo(bytes("pong")));
    assertThat(statsA.rejectedTotal()).isZero();
    assertThat(statsB.rejectedTotal()).isZero();
  }

  @Test
  void framesSplitAtEveryByteOffsetDecodeTheSame() {
    End[] ends = connected();
    for (int i = 0; i < 3; i++) {
      ends[0].channel.writeOutbound(new OutboundFrame(FrameType.ONEWAY, 2, 0, bytes("msg-" + i)));
    }
    byte[] stream = ends[0].written();
    for (int split = 0; split <= stream.length; split++) {
      End[] fresh = connected();
      for (int i = 0; i < 3; i++) {
        fresh[0].channel.writeOutbound(
            new OutboundFrame(FrameType.ONEWAY, 2, 0, bytes("msg-" + i)));
      }
      byte[] same = fresh[0].written();
      fresh[1].receive(Arrays.copyOfRange(same, 0, split));
      fresh[1].receive(Arrays.copyOfRange(same, split, same.length));
      assertThat(fresh[1].frames).as("split at %d", split)
          .extracting(f -> new String(f.payload(), StandardCharsets.UTF_8))
          .containsExactly("msg-0", "msg-1", "msg-2");
    }
  }

  @Test
  void framesWrittenWithoutAPromiseLeaveAsOneBufferAtTheFlushAndOpenInOrder() {
    End[] ends = connected();
    EmbeddedChannel ch = ends[0].channel;
    for (int i = 0; i < 3; i++) {
      ch.write(new OutboundFrame(FrameType.ONEWAY, 2, 0, bytes("batched-" + i)),
          ch.voidPromise());
    }
    assertThat((Object) ch.readOutbound()).as("nothing before the flush").isNull();
    ch.flush();
    ByteBuf one = ch.readOutbound();
    assertThat((Object) ch.readOutbound()).as("a single buffer").isNull();
    byte[] stream = new byte[one.readableBytes()];
    one.readBytes(stream);
    one.release();
    ends[1].receive(stream);
    assertThat(ends[1].frames).extracting(f -> new String(f.payload(), StandardCharsets.UTF_8))
        .containsExactly("batched-0", "batched-1", "batched-2");
    assertThat(ends[1].frames).extracting(Frame::sequence).containsExactly(1L, 2L, 3L);
  }

  @Test
  void aLargeFrameAndAFrameWithAPromiseKeepTheirPlaceAmongBatchedFrames() {
    End roomy = new End(FrameSession.responder(SECRET, nonce(2), B), statsB,
        2 * OutboundBatch.BATCH_BYTES);
    End[] ends = connected(roomy);
    EmbeddedChannel ch = ends[0].channel;
    String large = "L".repeat(OutboundBatch.BATCH_BYTES + 10);
    String[] texts = {"first", large, "second", "promised", "third"};
    for (String text : texts) {
      ch.write(new OutboundFrame(FrameType.ONEWAY, 2, 0, bytes(text)),
          text.equals("promised") ? ch.newPromise() : ch.voidPromise());
    }
    ch.flush();
    ends[1].receive(ends[0].written());
    assertThat(ends[1].frames).extracting(f -> new String(f.payload(), StandardCharsets.UTF_8))
        .containsExactly(texts);
    assertThat(statsB.rejectedTotal()).isZero();
  }

  @Test
  void aTamperedByteIsDroppedAndCountedAndLaterFramesStillFlow() {
    End[] ends = connected();
    ends[0].channel.writeOutbound(new OutboundFrame(FrameType.ONEWAY, 2, 0, bytes("evil")));
    byte[] frame = ends[0].written();
    frame[FrameCodec.HEADER] ^= 0x20;
    ends[1].receive(frame);
    assertThat(ends[1].frames).isEmpty();
    assertThat(statsB.rejected(FrameRejection.BAD_MAC)).isEqualTo(1);
    assertThat(ends[1].channel.isActive()).isTrue();
    ends[0].channel.writeOutbound(new OutboundFrame(FrameType.ONEWAY, 2, 0, bytes("good")));
    ends[1].receive(ends[0].written());
    assertThat(ends[1].frames).extracting(f -> new String(f.payload(), StandardCharsets.UTF_8))
        .containsExactly("good");
  }

  @Test
  void aReplayedFrameIsDroppedAndCounted() {
    End[] ends = connected();
    ends[0].channel.writeOutbound(new OutboundFrame(FrameType.ONEWAY, 2, 0, bytes("once")));
    byte[] frame = ends[0].written();
    ends[1].receive(frame);
    ends[1].receive(frame);
    assertThat(ends[1].frames).hasSize(1);
    assertThat(statsB.replays()).isEqualTo(1);
  }

  @Test
  void aPeerWithAnotherSecretIsDroppedAndTheConnectionClosed() {
    End a = initiator(ClusterSecret.of("not-the-cluster-secret"));
    End b = responder();
    b.receive(a.written());
    assertThat(b.events).isEmpty();
    assertThat(b.written()).as("no HELLO answered").isEmpty();
    assertThat(statsB.rejected(FrameRejection.HANDSHAKE_FAILED)).isEqualTo(1);
    assertThat(b.channel.isOpen()).isFalse();
  }

  @Test
  void anOversizeLengthClosesTheConnectionBeforeReadingTheBody() {
    End[] ends = connected();
    ends[1].receive(new byte[] {0, 0, 0x04, 0x01, 1, 2, 3});
    assertThat(statsB.rejected(FrameRejection.BAD_LENGTH)).isEqualTo(1);
    assertThat(ends[1].channel.isOpen()).isFalse();
  }

  @Test
  void aStrayProtocolOnThePeerPortClosesTheConnection() {
    End b = responder();
    b.receive("*1\r\n$4\r\nPING\r\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(b.channel.isOpen()).isFalse();
    assertThat(statsB.rejectedTotal()).isEqualTo(1);
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
