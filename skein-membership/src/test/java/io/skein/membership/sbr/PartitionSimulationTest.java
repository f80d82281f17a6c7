package io.skein.membership.sbr;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.membership.member.MemberStatus;
import io.skein.membership.sbr.SbrAction.DownMembers;
import io.skein.membership.sbr.SbrAction.DownSelf;
import io.skein.membership.sbr.SbrSimulation.Event;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Five nodes, each with its own resolver and its own view, split apart on a simulated clock:
 * detection takes 5 s, stable_after is 20 s, so the side that should survive has taken its
 * decision, and the other side has stopped, by 5 + 20 + 1 s after the split.
 */
class PartitionSimulationTest {

  private static final List<String> NODES = List.of("A", "B", "C", "D", "E");
  private static final long SPLIT_AT = 10;
  private static final long DEADLINE = SPLIT_AT + 5 + 20 + 1;

  private static SbrSimulation keepMajorityCluster() {
    return new SbrSimulation(NODES, () -> new SbrRuntime(
        new SplitBrainResolver(new KeepMajorityStrategy(Optional.empty())),
        Duration.ofSeconds(20), Duration.ofSeconds(15)), Duration.ofSeconds(5));
  }

  @Test
  void aTwoThreeSplitDownsTheTwoAndBothSidesAgree() {
    SbrSimulation sim = keepMajorityCluster();
    sim.runUntil(SPLIT_AT);
    assertThat(sim.events()).isEmpty();

    sim.partition(Set.of("A", "B", "C"), Set.of("D", "E"));
    sim.runUntil(SPLIT_AT + 5 + 20 - 1);
    assertThat(sim.events()).as("nothing before detection + stable_after").isEmpty();
    sim.runUntil(DEADLINE);

    List<Event> events = sim.events();
    assertThat(events).allSatisfy(e -> assertThat(e.second()).isLessThanOrEqualTo(DEADLINE));
    assertThat(events).filteredOn(e -> e.action() instanceof DownMembers)
        .filteredOn(e -> e.node().equals("A"))
        .singleElement()
        .satisfies(e -> assertThat(((DownMembers) e.action()).members())
            .containsExactlyInAnyOrder(sim.addressOf("D"), sim.addressOf("E")));
    assertThat(downedThemselves(events)).containsExactly("D", "E");
    assertThat(serving(sim)).containsExactly("A", "B", "C");
  }

  @Test
  void afterTheHealDownedNodesComeBackOnlyByRestartingAndRejoining() {
    SbrSimulation sim = keepMajorityCluster();
    sim.runUntil(SPLIT_AT);
    sim.partition(Set.of("A", "B", "C"), Set.of("D", "E"));
    sim.runUntil(DEADLINE);
    var oldD = sim.addressOf("D");

    sim.heal();
    sim.runUntil(DEADLINE + 60);

    assertThat(serving(sim)).as("healing the network does not revive them")
        .containsExactly("A", "B", "C");
    assertThat(sim.membershipOf("A").get(oldD).status()).isEqualTo(MemberStatus.REMOVED);
    assertThat(downedThemselves(sim.events())).containsExactly("D", "E");

    sim.restart("D", "A");
    sim.restart("E", "A");
    sim.runUntil(DEADLINE + 70);

    assertThat(serving(sim)).containsExactly("A", "B", "C", "D", "E");
    assertThat(sim.addressOf("D")).isNotEqualTo(oldD);
    for (String name : NODES) {
      assertThat(sim.membershipOf("A").get(sim.addressOf(name)).status())
          .as("%s as A sees it", name).isEqualTo(MemberStatus.UP);
    }
    assertThat(sim.membershipOf("E").get(oldD).status()).isEqualTo(MemberStatus.REMOVED);
    assertThat(downedThemselves(sim.events())).as("no decision after the rejoin")
        .containsExactly("D", "E");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "A B C | D E => keep A B C",
      "A B | C D E => keep C D E",
      "A | B C D E => keep B C D E",
      "A B | C D | E => keep nothing",
  })
  void theSideThatShouldSurviveDoesWithinDetectionPlusStableAfterPlusOneSecond(String row) {
    String[] halves = row.split("=>");
    List<Set<String>> sides = Arrays.stream(halves[0].split("\\|"))
        .map(side -> Set.of(side.trim().split("\\s+")))
        .toList();
    Set<String> survivors = new TreeSet<>(Arrays.asList(halves[1].trim().split("\\s+")));
    survivors.remove("keep");
    survivors.remove("nothing");
    SbrSimulation sim = keepMajorityCluster();
    sim.runUntil(SPLIT_AT);
    for (int i = 0; i < sides.size(); i++) {
      for (int j = i + 1; j < sides.size(); j++) {
        sim.partition(sides.get(i), sides.get(j));
      }
    }

    sim.runUntil(DEADLINE);

    assertThat(serving(sim)).as(row).isEqualTo(survivors);
    sim.runUntil(DEADLINE + 60);
    assertThat(serving(sim)).as(row + ", a minute later").isEqualTo(survivors);
  }

  private static Set<String> downedThemselves(List<Event> events) {
    return events.stream()
        .filter(e -> e.action() instanceof DownSelf)
        .map(Event::node)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> serving(SbrSimulation sim) {
    return NODES.stream().filter(sim::isServing).collect(Collectors.toCollection(TreeSet::new));
  }
}
