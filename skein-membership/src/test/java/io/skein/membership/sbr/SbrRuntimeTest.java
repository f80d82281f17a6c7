package io.skein.membership.sbr;

import static io.skein.membership.sbr.Scenario.address;
import static org.assertj.core.api.Assertions.assertThat;

import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.sbr.SbrAction.DownMembers;
import io.skein.membership.sbr.SbrAction.DownSelf;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** When the runtime decides, and who executes what. stable_after is 20 s throughout. */
class SbrRuntimeTest {

  private static final Duration STABLE_AFTER = Duration.ofSeconds(20);

  private static SbrRuntime keepMajority(Duration downAllWhenUnstable) {
    return new SbrRuntime(new SplitBrainResolver(new KeepMajorityStrategy(Optional.empty())),
        STABLE_AFTER, downAllWhenUnstable);
  }

  private static SbrRuntime keepMajority() {
    return keepMajority(SbrSettings.derivedDownAllWhenUnstable(STABLE_AFTER));
  }

  private static long s(double seconds) {
    return (long) (seconds * 1_000_000_000L);
  }

  @Test
  void decidesNothingBeforeTheUnreachableSetHasBeenStableForStableAfter() {
    SbrRuntime a = keepMajority();
    SbrView split = Scenario.view("A B C | D E");

    assertThat(a.tick(s(0), split)).isEmpty();
    assertThat(a.tick(s(19.999), split)).isEmpty();
    assertThat(a.tick(s(20), split)).containsExactly(
        new DownMembers(Set.of(address("D"), address("E")), DowningDecision.DOWN_UNREACHABLE));
  }

  @Test
  void aChangeOfTheUnreachableSetStartsTheWaitAgain() {
    SbrRuntime a = keepMajority();

    a.tick(s(0), Scenario.view("A B C D | E"));
    assertThat(a.tick(s(10), Scenario.view("A B C | D E"))).isEmpty();
    assertThat(a.tick(s(29.9), Scenario.view("A B C | D E"))).isEmpty();
    assertThat(a.tick(s(30), Scenario.view("A B C | D E")))
        .singleElement().isInstanceOf(DownMembers.class);
  }

  @Test
  void aMemberBecomingUpStartsTheWaitAgainButAJoiningOneDoesNot() {
    SbrRuntime upChange = keepMajority();
    upChange.tick(s(0), Scenario.view("A B C F:joining | D E"));
    upChange.tick(s(10), Scenario.view("A B C F | D E"));
    assertThat(upChange.tick(s(20), Scenario.view("A B C F | D E"))).isEmpty();
    assertThat(upChange.tick(s(30), Scenario.view("A B C F | D E"))).isNotEmpty();

    SbrRuntime joining = keepMajority();
    joining.tick(s(0), Scenario.view("A B C | D E"));
    joining.tick(s(10), Scenario.view("A B C F:joining | D E"));
    assertThat(joining.tick(s(20), Scenario.view("A B C F:joining | D E"))).isNotEmpty();
  }

  @Test
  void aPartitionThatHealsInTimeIsNeverDecided() {
    SbrRuntime a = keepMajority();

    a.tick(s(0), Scenario.view("A B C | D E"));
    a.tick(s(10), Scenario.view("A B C D E"));

    for (int t = 11; t <= 120; t++) {
      assertThat(a.tick(s(t), Scenario.view("A B C D E"))).as("t=%d s", t).isEmpty();
    }
  }

  @Test
  void onlyTheLeaderDownsOthersAndEveryDoomedMemberDownsItself() {
    String split = "A B C | D E";
    Map<String, SbrRuntime> nodes = new TreeMap<>();
    for (String name : List.of("A", "B", "D", "E")) {
      nodes.put(name, keepMajority());
      nodes.get(name).tick(s(0), Scenario.view(split + " (self " + name + ")"));
    }

    List<SbrAction> leaderOfMajority = nodes.get("A").tick(s(20), Scenario.view(split));
    List<SbrAction> memberOfMajority =
        nodes.get("B").tick(s(20), Scenario.view(split + " (self B)"));
    List<SbrAction> leaderOfMinority =
        nodes.get("D").tick(s(20), Scenario.view(split + " (self D)"));
    List<SbrAction> memberOfMinority =
        nodes.get("E").tick(s(20), Scenario.view(split + " (self E)"));

    assertThat(leaderOfMajority).containsExactly(
        new DownMembers(Set.of(address("D"), address("E")), DowningDecision.DOWN_UNREACHABLE));
    assertThat(memberOfMajority).isEmpty();
    assertThat(leaderOfMinority).containsExactly(
        new DownMembers(Set.of(address("E")), DowningDecision.DOWN_REACHABLE),
        new DownSelf("keep-majority decided DownReachable with 3 of 5 members unreachable"));
    assertThat(memberOfMinority).singleElement().isInstanceOf(DownSelf.class);
  }

  @Test
  void aDownedMemberStopsDecidingAndAnExecutedDecisionIsNotRepeated() {
    SbrRuntime e = keepMajority();
    e.tick(s(0), Scenario.view("A B C | D E (self E)"));
    assertThat(e.tick(s(20), Scenario.view("A B C | D E (self E)"))).hasSize(1);
    assertThat(e.isSelfDowned()).isTrue();
    assertThat(e.tick(s(21), Scenario.view("A B C | D E (self E)"))).isEmpty();

    SbrRuntime a = keepMajority();
    a.tick(s(0), Scenario.view("A B C | D E"));
    assertThat(a.tick(s(20), Scenario.view("A B C | D E"))).hasSize(1);
    for (int t = 21; t <= 80; t++) {
      assertThat(a.tick(s(t), Scenario.view("A B C | D:down E:down"))).as("t=%d s", t).isEmpty();
    }
  }

  @Test
  void aMemberThatLearnsItIsDownStopsOnceWhateverTheStrategy() {
    SbrRuntime off = new SbrRuntime(new SplitBrainResolver(new NoSbr()), STABLE_AFTER,
        Duration.ZERO);

    assertThat(off.tick(s(0), Scenario.view("A B C | D E"))).isEmpty();
    assertThat(off.tick(s(60), Scenario.view("A B C | D E"))).isEmpty();
    assertThat(off.tick(s(61), Scenario.view("A:down B C | D E")))
        .containsExactly(new DownSelf("marked Down by the cluster"));
    assertThat(off.tick(s(62), Scenario.view("A:down B C | D E"))).isEmpty();
  }

  @Test
  void aMemberThatLearnsItWasRemovedStopsToo() {
    SbrRuntime runtime = keepMajority();
    Member removed = new Member(address("A"), MemberStatus.REMOVED, 1, "dc1", "r1", Set.of());
    Member b = new Member(address("B"), MemberStatus.UP, 2, "dc1", "r1", Set.of());

    assertThat(runtime.tick(s(0), SbrView.of(address("A"), List.of(removed, b), Set.of(),
        Set.of()))).containsExactly(new DownSelf("marked Removed by the cluster"));
  }

  @Test
  void warnsOnceWhenStaticQuorumIsOutgrown() {
    SbrRuntime runtime = new SbrRuntime(
        new SplitBrainResolver(new StaticQuorumStrategy(2, Optional.empty())), STABLE_AFTER,
        Duration.ZERO);

    assertThat(runtime.tick(s(0), Scenario.view("A B C"))).isEmpty();
    assertThat(runtime.tick(s(1), Scenario.view("A B C D")))
        .singleElement().isInstanceOfSatisfying(SbrAction.Warn.class,
            w -> assertThat(w.message()).startsWith("static-quorum: cluster size 4 exceeds 3"));
    assertThat(runtime.tick(s(2), Scenario.view("A B C D"))).isEmpty();
  }
}
