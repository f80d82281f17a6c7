package io.skein.membership.lifecycle;

import static io.skein.membership.lifecycle.Fixtures.gossip;
import static io.skein.membership.lifecycle.Fixtures.member;
import static io.skein.membership.lifecycle.Fixtures.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skein.core.HostAndPort;
import io.skein.membership.lifecycle.GossipPdu.GossipEnvelope;
import io.skein.membership.lifecycle.GossipPdu.GossipMerge;
import io.skein.membership.lifecycle.GossipPdu.GossipStatus;
import io.skein.membership.lifecycle.GossipPdu.Join;
import io.skein.membership.lifecycle.GossipPdu.Welcome;
import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.member.UniqueAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LifecycleCodecTest {

  /** A state with every feature: statuses, roles, a v6 host, reachability, tombstones. */
  private static Gossip richGossip() {
    Member v6 = new Member(new UniqueAddress(new HostAndPort("::1", 7010), -5),
        MemberStatus.LEAVING, 3, "eu-west", "rack-b", Set.of("dc-eu-west", "voter"));
    Gossip g = gossip(member(1, MemberStatus.UP), member(2, MemberStatus.WEAKLY_UP),
        member(3, MemberStatus.DOWN), member(4, MemberStatus.EXITING),
        member(5, MemberStatus.JOINING), v6)
        .removeMembers(List.of(node(9)), 123_456L)
        .withReachability(Reachability.empty().unreachable(node(1), node(3))
            .terminated(node(2), node(3)).unreachable(node(1), node(4)).reachable(node(1), node(4)))
        .changedBy(node(2));
    return g.seenBy(node(1)).seenBy(v6.uniqueAddress());
  }

  private static List<GossipPdu> samples() {
    Gossip g = richGossip();
    return List.of(
        new Join(node(7), "dc1", "rack1", Set.of("a", "b")),
        new Welcome(node(1), node(7), g),
        new GossipStatus(node(2), g.version(), g.seenDigest()),
        new GossipEnvelope(node(2), node(1), g),
        new GossipMerge(node(3), VectorClock.empty()));
  }

  @Test
  void everyMessageRoundTrips() {
    for (GossipPdu pdu : samples()) {
      assertThat(LifecycleCodec.decode(LifecycleCodec.encode(pdu))).isEqualTo(pdu);
    }
  }

  @Test
  void everyTruncationIsAClearError() {
    for (GossipPdu pdu : samples()) {
      byte[] bytes = LifecycleCodec.encode(pdu);
      for (int cut = 0; cut < bytes.length; cut++) {
        byte[] part = Arrays.copyOf(bytes, cut);
        assertThatThrownBy(() -> LifecycleCodec.decode(part))
            .as(pdu.getClass().getSimpleName() + " cut at " + cut)
            .isInstanceOf(LifecycleCodecException.class)
            .hasMessageStartingWith("membership pdu: ");
      }
    }
  }

  @Test
  void trailingBytesAreRejected() {
    byte[] bytes = LifecycleCodec.encode(samples().get(4));
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 2);
    assertThatThrownBy(() -> LifecycleCodec.decode(longer))
        .hasMessage("membership pdu: 2 trailing bytes after byte " + bytes.length
            + " (expected: none)");
  }

  @Test
  void anUnknownFormatOrTypeIsRejected() {
    assertThatThrownBy(() -> LifecycleCodec.decode(new byte[] {2, 1}))
        .hasMessage("membership pdu: format 2 (expected: 1)");
    assertThatThrownBy(() -> LifecycleCodec.decode(new byte[] {1, 9}))
        .hasMessage("membership pdu: type 9 (expected: 1..5)");
  }

  @Test
  void aHugeCountIsRejectedBeforeAnythingIsRead() {
    byte[] bytes = LifecycleCodec.encode(new GossipMerge(node(3), VectorClock.empty()));
    // the clock's entry count is the last four bytes
    bytes[bytes.length - 4] = 0x7f;
    assertThatThrownBy(() -> LifecycleCodec.decode(bytes))
        .isInstanceOf(LifecycleCodecException.class)
        .hasMessageContaining("clock entry count 2130706432")
        .hasMessageContaining("(expected: 0..20000)");
  }

  @Test
  void valuesThatBreakTheTypesRulesAreRejected() {
    Gossip inconsistent = gossip(member(1, MemberStatus.UP));
    byte[] bytes = LifecycleCodec.encode(new GossipEnvelope(node(1), node(2), inconsistent));
    // format, type, from, to, member count, then member 1: address, status, up number
    int address = 2 + "127.0.0.1".length() + 2 + 8;
    int upNumberAt = 2 + address + address + 4 + address + 1;
    assertThat(bytes[upNumberAt + 3]).isEqualTo((byte) 1);
    bytes[upNumberAt + 3] = 0;
    assertThatThrownBy(() -> LifecycleCodec.decode(bytes))
        .hasMessageContaining("up number 0 of 127.0.0.1:7001#1 (expected: >= 1)");
  }

  /** Random bytes flipped in valid frames: a message or a clear error, never anything else. */
  @ParameterizedTest
  @ValueSource(longs = {5, 55, 555, 5555})
  void corruptedFramesNeverThrowAnythingButTheCodecError(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<byte[]> frames = samples().stream().map(LifecycleCodec::encode).toList();
    for (int round = 0; round < 3_000; round++) {
      byte[] bytes = frames.get(random.nextInt(frames.size())).clone();
      int flips = 1 + random.nextInt(4);
      for (int i = 0; i < flips; i++) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      try {
        GossipPdu decoded = LifecycleCodec.decode(bytes);
        assertThat(LifecycleCodec.decode(LifecycleCodec.encode(decoded)))
            .as("seed " + seed + " round " + round).isEqualTo(decoded);
      } catch (LifecycleCodecException expected) {
        assertThat(expected.getMessage()).as("seed " + seed + " round " + round)
            .startsWith("membership pdu: ").contains("expected");
      }
    }
  }
}
