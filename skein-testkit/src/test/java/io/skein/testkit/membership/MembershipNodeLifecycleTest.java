package io.skein.testkit.membership;

import static io.skein.testkit.membership.MembershipCluster.converged;
import static io.skein.testkit.membership.MembershipCluster.memberAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.skein.core.HostAndPort;
import io.skein.membership.events.ClusterEvent;
import io.skein.membership.member.MemberStatus;
import io.skein.routing.topology.PeerState;
import io.skein.testkit.InProcessClusterTransport;
import io.skein.testkit.membership.MembershipCluster.Node;
import io.skein.transport.MessageChannel;
import io.skein.transport.PeerErrorException;
import io.skein.transport.PeerHandler;
import io.skein.transport.membership.MembershipSettings;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * Five {@code MembershipNode}s on the in-memory network through a member's life: forming a
 * cluster, leaving it, being downed by an operator, and shrugging off bad frames.
 */
class MembershipNodeLifecycleTest {

  @Test
  void fiveNodesConvergeOnTheLowestAddressAsLeaderWithEveryPeerNormal() {
    MembershipCluster cluster = MembershipCluster.fiveConverged(101, MembershipSettings.defaults());
    for (Node n : cluster.nodes) {
      assertThat(n.membership.leader()).as("%s", cluster)
          .hasValueSatisfying(l -> assertThat(l.address()).isEqualTo(MembershipCluster.address(1)));
      assertThat(n.membership.memberLines()).as("%s", cluster).hasSize(5)
          .allMatch(line -> line.contains(" Up reachable "))
          .filteredOn(line -> line.endsWith(" leader")).hasSize(1);
      assertThat(n.membership.peerLines()).hasSize(5).allMatch(line -> line.contains(" Normal "));
      assertThat(n.downed).isEmpty();
    }
  }

  @Test
  void aLeavingNodeIsDownAtOnceEverywhereThenRemoved() {
    MembershipCluster cluster = MembershipCluster.fiveConverged(404, MembershipSettings.defaults());
    Node leaving = cluster.node(5);
    CompletableFuture<Void> stopped = leaving.membership.leave();
    cluster.run(Duration.ofMillis(10));
    for (Node n : cluster.except(5)) {
      assertThat(n.peerState(5)).as("%s", cluster).isEqualTo(PeerState.DOWN);
    }
    assertThat(cluster.runUntil(() -> stopped.isDone() && cluster.except(5).stream()
        .allMatch(n -> memberAt(n, leaving).isEmpty()), Duration.ofSeconds(30)))
        .as("removed everywhere: %s", cluster).isTrue();
    for (Node n : cluster.except(5)) {
      assertThat(n.events).as("%s", cluster).anyMatch(e -> e instanceof ClusterEvent.MemberRemoved r
          && r.member().uniqueAddress().address().equals(leaving.address)
          && r.previousStatus() == MemberStatus.EXITING);
      assertThat(n.peerState(5)).isEqualTo(PeerState.DOWN);
    }
    assertThat(leaving.downed).isEmpty();
    assertThat(leaving.membership.isRunning()).isFalse();
    assertThat(converged(cluster.except(5))).as("%s", cluster).isTrue();
  }

  @Test
  void aNodeDownedByAnOperatorElsewhereLearnsItStopsAndIsRemoved() {
    MembershipCluster cluster = MembershipCluster.fiveConverged(707, MembershipSettings.defaults());
    Node victim = cluster.node(4);
    assertThat(cluster.node(2).membership.down(victim.membership.identity().address())).isTrue();
    cluster.run(Duration.ofMillis(10));
    assertThat(victim.downed).as("%s", cluster).containsExactly("marked Down by the cluster");
    assertThat(victim.membership.isRunning()).isFalse();
    for (Node n : cluster.except(4)) {
      assertThat(n.peerState(4)).as("%s", cluster).isEqualTo(PeerState.DOWN);
    }
    assertThat(cluster.runUntil(() -> cluster.except(4).stream()
        .allMatch(n -> memberAt(n, victim).isEmpty()), Duration.ofSeconds(30)))
        .as("removed: %s", cluster).isTrue();
    cluster.run(Duration.ofSeconds(5));
    assertThat(converged(cluster.except(4))).as("%s", cluster).isTrue();
    assertThat(victim.downed).hasSize(1);
  }

  @Test
  void badFramesAreDroppedAndCountedAndRequestsRefused() throws Exception {
    MembershipCluster cluster = MembershipCluster.fiveConverged(808, MembershipSettings.defaults());
    InProcessClusterTransport rogue = new InProcessClusterTransport(cluster.registry,
        new HostAndPort("10.0.0.99", MembershipCluster.PEER_PORT), MembershipCluster.SECRET);
    rogue.start(new PeerHandler() {
      @Override
      public void onRequest(HostAndPort from, MessageChannel channel, byte[] payload,
          Responder reply) {
        reply.fail("no");
      }

      @Override
      public void onMessage(HostAndPort from, MessageChannel channel, byte[] payload) {}
    });
    Node target = cluster.node(1);
    rogue.send(target.address, MessageChannel.GOSSIP, new byte[] {1, 5, 0});
    rogue.send(target.address, MessageChannel.MEMBERSHIP, new byte[] {(byte) 0xff});
    rogue.send(target.address, MessageChannel.GOSSIP, new byte[0]);
    CompletableFuture<byte[]> request =
        rogue.request(target.address, MessageChannel.GOSSIP, new byte[] {1});
    cluster.run(Duration.ofSeconds(2));
    assertThat(target.membership.stats().badFrames(MessageChannel.GOSSIP)).isEqualTo(2);
    assertThat(target.membership.stats().badFrames(MessageChannel.MEMBERSHIP)).isEqualTo(1);
    assertThat(target.membership.stats().refused()).isEqualTo(1);
    assertThat(request).isCompletedExceptionally();
    try {
      request.get();
    } catch (ExecutionException e) {
      assertThat(e.getCause()).isInstanceOf(PeerErrorException.class);
    }
    assertThat(converged(cluster.nodes)).as("%s", cluster).isTrue();
  }
}
