package io.skein.membership.swim;

import static io.skein.membership.swim.TestNet.address;
import static org.assertj.core.api.Assertions.assertThat;

import io.skein.membership.member.UniqueAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Eager spread: news a node makes leaves at once, a refutation goes straight to its accuser,
 * and a node that hears of a suspicion probes the suspect next.
 */
class EagerSpreadTest {

  private static final GossipConfig EAGER = GossipConfig.lan().withPauseGuard(false);
  private static final GossipConfig LAZY = EAGER.withEagerSpread(false);

  /** Node 0 knowing nodes 1 .. members − 1, its gossip grid started at time 0. */
  private static GossipEngine engine(GossipConfig config, int members) {
    GossipEngine e = new GossipEngine(config, address(0), "dc1", "r", new SplittableRandom(3));
    List<NodeUpdate> alive = new ArrayList<>();
    for (int i = 1; i < members; i++) {
      alive.add(new NodeUpdate(MemberInfo.alive(address(i), "dc1", "r", 1), address(i)));
    }
    e.onMessage(0, address(1).address(), new GossipMessage.Gossip(address(1), alive));
    while (e.hasPendingBroadcasts()) {
      e.tick(e.nextDeadline()); // let the join news run out, so the queue is empty
    }
    return e;
  }

  private static GossipMessage.Gossip suspicionOf(UniqueAddress member, UniqueAddress accuser) {
    MemberInfo suspect = new MemberInfo(member, "dc1", "r", 1, SwimStatus.SUSPECT);
    return new GossipMessage.Gossip(accuser, List.of(new NodeUpdate(suspect, accuser)));
  }

  @Test
  void aRefutationGoesStraightToTheAccuserAndOutToOthersAtOnce() {
    GossipEngine e = engine(EAGER, 10);
    long now = e.nextDeadline() - 1;
    GossipOutput out = e.onMessage(now, address(4).address(), suspicionOf(address(0), address(4)));

    assertThat(out.events()).contains(new GossipEvent.Refuted(2));
    List<Envelope> gossip = out.envelopes().stream()
        .filter(env -> env.message() instanceof GossipMessage.Gossip g
            && g.updates().stream().anyMatch(u -> u.member().address().equals(address(0))
                && u.member().incarnation() == 2))
        .toList();
    assertThat(gossip).extracting(Envelope::to).contains(address(4).address());
    assertThat(gossip.size()).isGreaterThan(1); // the accuser and a gossip round
  }

  @Test
  void withoutEagerSpreadTheRefutationWaitsForTheGossipInterval() {
    GossipEngine e = engine(LAZY, 10);
    long now = e.nextDeadline() - 1;
    GossipOutput out = e.onMessage(now, address(4).address(), suspicionOf(address(0), address(4)));
    assertThat(out.events()).contains(new GossipEvent.Refuted(2));
    assertThat(out.envelopes()).isEmpty();
  }

  @Test
  void aNodeThatHearsOfASuspicionProbesTheSuspectNext() {
    GossipEngine e = engine(EAGER, 10);
    e.onMessage(e.nextDeadline() - 1, address(4).address(),
        suspicionOf(address(7), address(4)));
    UniqueAddress firstProbed = null;
    for (int i = 0; i < 100 && firstProbed == null; i++) {
      for (Envelope env : e.tick(e.nextDeadline()).envelopes()) {
        if (env.message() instanceof GossipMessage.Ping p) {
          firstProbed = p.target();
        }
      }
    }
    assertThat(firstProbed).isEqualTo(address(7));
  }

  @Test
  void itsOwnSuspicionLeavesWithTheFailedProbeNotAtTheNextGossipInterval() {
    GossipEngine e = engine(EAGER, 10);
    for (int i = 0; i < 1_000; i++) {
      long at = e.nextDeadline();
      GossipOutput out = e.tick(at); // nobody answers: probes fail one after another
      if (out.events().stream().anyMatch(ev -> ev instanceof GossipEvent.Suspected)) {
        assertThat(out.envelopes()).anyMatch(env -> env.message() instanceof GossipMessage.Gossip g
            && g.updates().stream().anyMatch(u -> u.member().status() == SwimStatus.SUSPECT));
        return;
      }
    }
    throw new AssertionError("no probe failed");
  }
}
