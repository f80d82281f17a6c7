package io.skein.transport.membership;

import static io.skein.transport.membership.Fixtures.address;
import static io.skein.transport.membership.Fixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.skein.core.HostAndPort;
import io.skein.core.ManualClock;
import io.skein.membership.lifecycle.GossipPdu;
import io.skein.membership.lifecycle.LifecycleCodec;
import io.skein.membership.lifecycle.VectorClock;
import io.skein.membership.swim.GossipCodec;
import io.skein.membership.swim.GossipMessage;
import io.skein.transport.MessageChannel;
import io.skein.transport.PeerHandler;
import io.skein.transport.RateLimitedLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MembershipInboundTest {

  final List<Object> delivered = new ArrayList<>();
  final MembershipStats stats = new MembershipStats();
  final MembershipInbound inbound = new MembershipInbound("node-1", new MembershipInbound.Sink() {
    @Override
    public void gossip(HostAndPort from, GossipMessage message) {
      delivered.add(message);
    }

    @Override
    public void membership(HostAndPort from, GossipPdu pdu) {
      delivered.add(pdu);
    }
  }, stats, new RateLimitedLog(System.getLogger("test"), new ManualClock(0), Duration.ofSeconds(10)));

  @Test
  void goodFramesAreDecodedAndHandedOn() {
    GossipMessage ping = new GossipMessage.Gossip(member(2), List.of());
    GossipPdu merge = new GossipPdu.GossipMerge(member(2), VectorClock.empty());
    inbound.onMessage(address(2), MessageChannel.GOSSIP, GossipCodec.encode(ping));
    inbound.onMessage(address(2), MessageChannel.MEMBERSHIP, LifecycleCodec.encode(merge));
    assertThat(delivered).containsExactly(ping, merge);
    assertThat(stats.received(MessageChannel.GOSSIP)).isEqualTo(1);
    assertThat(stats.received(MessageChannel.MEMBERSHIP)).isEqualTo(1);
    assertThat(stats.badFrames()).isZero();
  }

  @Test
  void everyTruncationOfAGoodFrameIsDroppedAndCountedNeverThrown() {
    byte[] gossip = GossipCodec.encode(new GossipMessage.Gossip(member(2), List.of()));
    byte[] lifecycle = LifecycleCodec.encode(new GossipPdu.GossipMerge(member(2),
        VectorClock.empty()));
    for (int cut = 0; cut < gossip.length; cut++) {
      byte[] part = Arrays.copyOf(gossip, cut);
      assertThatCode(() -> inbound.onMessage(address(2), MessageChannel.GOSSIP, part))
          .doesNotThrowAnyException();
    }
    for (int cut = 0; cut < lifecycle.length; cut++) {
      byte[] part = Arrays.copyOf(lifecycle, cut);
      assertThatCode(() -> inbound.onMessage(address(2), MessageChannel.MEMBERSHIP, part))
          .doesNotThrowAnyException();
    }
    assertThat(delivered).isEmpty();
    assertThat(stats.badFrames(MessageChannel.GOSSIP)).isEqualTo(gossip.length);
    assertThat(stats.badFrames(MessageChannel.MEMBERSHIP)).isEqualTo(lifecycle.length);
  }

  @Test
  void randomBytesNeverEscapeAsExceptions() {
    long seed = 20250101L;
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 2_000; i++) {
      byte[] junk = new byte[random.nextInt(64)];
      random.nextBytes(junk);
      MessageChannel channel = i % 2 == 0 ? MessageChannel.GOSSIP : MessageChannel.MEMBERSHIP;
      assertThatCode(() -> inbound.onMessage(address(3), channel, junk))
          .as("seed %d, frame %d", seed, i).doesNotThrowAnyException();
    }
    assertThat(stats.badFrames() + stats.received(MessageChannel.GOSSIP)
        + stats.received(MessageChannel.MEMBERSHIP)).isEqualTo(2_000);
  }

  @Test
  void requestsAndOtherChannelsAreRefused() {
    List<String> failures = new ArrayList<>();
    inbound.onRequest(address(2), MessageChannel.GOSSIP, new byte[0], new PeerHandler.Responder() {
      @Override
      public void reply(byte[] payload) {
        failures.add("replied");
      }

      @Override
      public void fail(String message) {
        failures.add(message);
      }
    });
    inbound.onMessage(address(2), MessageChannel.DATA, new byte[] {1});
    assertThat(failures).singleElement().asString().startsWith("channel: GOSSIP request");
    assertThat(stats.refused()).isEqualTo(2);
    assertThat(delivered).isEmpty();
  }
}
