package io.skein.membership.swim;

import static io.skein.membership.swim.TestNet.address;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.skein.core.HostAndPort;
import io.skein.membership.member.UniqueAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GossipCodecTest {

  private static final UniqueAddress V6 =
      new UniqueAddress(new HostAndPort("fe80::1", 17946), -42L);

  private static List<NodeUpdate> updates() {
    return List.of(
        new NodeUpdate(MemberInfo.alive(address(2), "dc-é", "rack-a", 3), address(2)),
        new NodeUpdate(new MemberInfo(address(3), "dc1", "r", 9, SwimStatus.SUSPECT), address(1)),
        new NodeUpdate(new MemberInfo(V6, "", "", Long.MAX_VALUE, SwimStatus.DEAD), address(4)),
        new NodeUpdate(new MemberInfo(address(5), "dc2", "r2", 0, SwimStatus.LEFT), address(5)));
  }

  static Stream<GossipMessage> messages() {
    return Stream.of(
        new GossipMessage.Ping(address(1), 1, address(2), List.of()),
        new GossipMessage.Ping(address(1), Long.MAX_VALUE, V6, updates()),
        new GossipMessage.PingReq(address(1), 300, address(2), true, updates()),
        new GossipMessage.PingReq(V6, 0, address(2), false, List.of()),
        new GossipMessage.Ack(address(7), 128, updates()),
        new GossipMessage.Nack(address(7), 129, List.of()),
        new GossipMessage.Gossip(address(1), updates()),
        new GossipMessage.PushPull(address(1), true, false, List.of()),
        new GossipMessage.PushPull(address(1), false, true,
            updates().stream().map(NodeUpdate::member).toList()));
  }

  @ParameterizedTest
  @MethodSource("messages")
  void everyMessageSurvivesARoundTrip(GossipMessage message) {
    assertThat(GossipCodec.decode(GossipCodec.encode(message))).isEqualTo(message);
  }

  @ParameterizedTest
  @MethodSource("messages")
  void everyTruncationIsAClearError(GossipMessage message) {
    byte[] bytes = GossipCodec.encode(message);
    for (int len = 0; len < bytes.length; len++) {
      byte[] cut = Arrays.copyOf(bytes, len);
      assertThatThrownBy(() -> GossipCodec.decode(cut))
          .as("cut at %d of %d", len, bytes.length)
          .isInstanceOf(GossipCodecException.class)
          .hasMessageStartingWith("gossip message: ");
    }
  }

  @Test
  void trailingBytesAreRejected() {
    byte[] bytes = GossipCodec.encode(new GossipMessage.Nack(address(1), 5, List.of()));
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 2);
    assertThatThrownBy(() -> GossipCodec.decode(longer))
        .isInstanceOf(GossipCodecException.class)
        .hasMessageContaining("trailing bytes: 2");
  }

  @Test
  void unknownVersionTypeAndStatusAreNamed() {
    assertThatThrownBy(() -> GossipCodec.decode(new byte[] {2, 1}))
        .hasMessage("gossip message: version: 2 (expected: 1)");
    assertThatThrownBy(() -> GossipCodec.decode(new byte[] {1, 9}))
        .hasMessage("gossip message: type: 9 (expected: 1..6)");
    byte[] gossip = GossipCodec.encode(new GossipMessage.Gossip(address(1), updates()));
    int head = headOffset(gossip);
    gossip[head] = 0x33; // both from-bits
    assertThatThrownBy(() -> GossipCodec.decode(gossip))
        .hasMessageContaining("update head: 0x33");
  }

  @Test
  void aHostileCountFailsBeforeAllocating() {
    byte[] gossip = GossipCodec.encode(new GossipMessage.Gossip(address(1), List.of()));
    byte[] hostile = Arrays.copyOf(gossip, gossip.length + 4);
    // Replace the empty count with a varint of 2^28 - 1 updates.
    hostile[gossip.length - 1] = (byte) 0xFF;
    hostile[gossip.length] = (byte) 0xFF;
    hostile[gossip.length + 1] = (byte) 0xFF;
    hostile[gossip.length + 2] = (byte) 0x7F;
    assertThatThrownBy(() -> GossipCodec.decode(Arrays.copyOf(hostile, gossip.length + 3)))
        .isInstanceOf(GossipCodecException.class)
        .hasMessageContaining("update count: 268435455");
  }

  @Test
  void anOverlongVarintIsRejected() {
    byte[] nack = GossipCodec.encode(new GossipMessage.Nack(address(1), 5, List.of()));
    int seqAt = nack.length - 2;
    byte[] bad = new byte[seqAt + 12];
    System.arraycopy(nack, 0, bad, 0, seqAt);
    Arrays.fill(bad, seqAt, bad.length, (byte) 0xFF);
    assertThatThrownBy(() -> GossipCodec.decode(bad))
        .isInstanceOf(GossipCodecException.class)
        .hasMessageContaining("varint longer than 9 bytes");
  }

  @Test
  void randomGarbageNeverEscapesAsAnotherException() {
    long seed = 20_261_121L;
    SplittableRandom random = new SplittableRandom(seed);
    List<byte[]> valid = new ArrayList<>();
    messages().forEach(m -> valid.add(GossipCodec.encode(m)));
    for (int i = 0; i < 20_000; i++) {
      byte[] bytes = valid.get(random.nextInt(valid.size())).clone();
      int flips = 1 + random.nextInt(4);
      for (int f = 0; f < flips; f++) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      try {
        GossipMessage decoded = GossipCodec.decode(bytes);
        assertThat(GossipCodec.decode(GossipCodec.encode(decoded))).isEqualTo(decoded);
      } catch (GossipCodecException expected) {
        assertThat(expected.getMessage()).startsWith("gossip message: ");
      } catch (RuntimeException e) {
        fail("seed " + seed + ", case " + i + ": " + Arrays.toString(bytes), e);
      }
    }
  }

  @Test
  void aPingWithAFullLoadStaysWithinOneDatagram() {
    List<NodeUpdate> sixteen = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      UniqueAddress m = new UniqueAddress(new HostAndPort("10.20.30." + (100 + i), 17946), i);
      MemberInfo info = new MemberInfo(m, "us-east-1", "us-east-1a", 12, SwimStatus.SUSPECT);
      sixteen.add(new NodeUpdate(info, address(1)));
    }
    byte[] bytes = GossipCodec.encode(new GossipMessage.Ping(address(1), 99, address(2), sixteen));
    assertThat(bytes.length).isLessThan(1_400);
  }

  /** The offset of the first update head in an encoded Gossip message. */
  private static int headOffset(byte[] gossip) {
    // version, type, sender (2 + host + 2 + 8), count varint (1 byte for small counts)
    int hostLen = ((gossip[2] & 0xFF) << 8) | (gossip[3] & 0xFF);
    return 2 + 2 + hostLen + 2 + 8 + 1;
  }
}
