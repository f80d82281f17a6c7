package io.skein.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReplicaFramesTest {

  private static byte[][] argv(String... args) {
    byte[][] out = new byte[args.length][];
    for (int i = 0; i < args.length; i++) {
      out[i] = args[i].getBytes(StandardCharsets.UTF_8);
    }
    return out;
  }

  @Test
  void requestsRoundTrip() {
    byte[] frame = ReplicaFrames.request(ReplicaFrames.Op.EXECUTE, 3, 3, 2, 123456789L,
        argv("SET", "k", ""));
    ReplicaFrames.Request r = ReplicaFrames.decodeRequest(frame);
    assertThat(r.op()).isEqualTo(ReplicaFrames.Op.EXECUTE);
    assertThat(r.db()).isEqualTo(3);
    assertThat(r.resp()).isEqualTo(3);
    assertThat(r.kind()).isEqualTo(2);
    assertThat(r.version()).isEqualTo(123456789L);
    assertThat(r.argv().length).isEqualTo(3);
    assertThat(new String(r.argv()[1], StandardCharsets.UTF_8)).isEqualTo("k");
    assertThat(r.argv()[2]).isEmpty();
  }

  @Test
  void repliesRoundTrip() {
    byte[] payload = "+OK\r\n".getBytes(StandardCharsets.US_ASCII);
    ReplicaFrames.Reply r = ReplicaFrames.decodeReply(
        ReplicaFrames.reply(true, 42, payload, 0, payload.length));
    assertThat(r.ok()).isTrue();
    assertThat(r.version()).isEqualTo(42);
    assertThat(r.payload()).isEqualTo(payload);
  }

  @Test
  void everyTruncationOfARequestIsAClearError() {
    byte[] frame = ReplicaFrames.request(ReplicaFrames.Op.EXECUTE, 0, 2, 1, 7,
        argv("HSET", "h", "f", "v"));
    for (int len = 0; len < frame.length; len++) {
      byte[] cut = java.util.Arrays.copyOf(frame, len);
      assertThatThrownBy(() -> ReplicaFrames.decodeRequest(cut))
          .as("truncated to %d bytes", len)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("replica");
    }
  }

  @Test
  void hostileLengthsAreRefusedWithoutAllocatingWhatTheyClaim() {
    ByteBuffer b = ByteBuffer.allocate(20);
    b.put((byte) 0).put((byte) 0).put((byte) 2).put((byte) 0).putLong(1).putInt(Integer.MAX_VALUE);
    assertThatThrownBy(() -> ReplicaFrames.decodeRequest(b.array()))
        .hasMessageStartingWith("replica argc: 2147483647");
    ByteBuffer c = ByteBuffer.allocate(24);
    c.put((byte) 0).put((byte) 0).put((byte) 2).put((byte) 0).putLong(1).putInt(1)
        .putInt(1 << 30);
    assertThatThrownBy(() -> ReplicaFrames.decodeRequest(c.array()))
        .hasMessageStartingWith("replica argument length: 1073741824");
  }

  @Test
  void unknownOpsAndKindsAreRefused() {
    byte[] frame = ReplicaFrames.request(ReplicaFrames.Op.EXECUTE, 0, 2, 0, 0, argv("GET", "k"));
    frame[0] = 99;
    assertThatThrownBy(() -> ReplicaFrames.decodeRequest(frame))
        .hasMessageStartingWith("replica op: 99");
    frame[0] = 0;
    frame[3] = 7;
    assertThatThrownBy(() -> ReplicaFrames.decodeRequest(frame))
        .hasMessageStartingWith("replica kind: 7");
  }

  @Test
  void randomBytesNeverEscapeAsAnythingButIllegalArgument() {
    long seed = new SplittableRandom().nextLong();
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 10_000; i++) {
      byte[] junk = new byte[random.nextInt(64)];
      random.nextBytes(junk);
      try {
        ReplicaFrames.decodeRequest(junk);
      } catch (IllegalArgumentException expected) {
        // refused with a message: fine
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ": " + e, e);
      }
    }
  }
}
