package io.skein.routing.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skein.routing.hash.DynToken;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.topology.Distribution;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PeerEndpoint;
import io.skein.routing.topology.PoolConfig;
import io.skein.routing.topology.SlotAssignments;
import io.skein.routing.topology.SlotRange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageValidatorTest {

  private static Peer peer(int index, String rack, String dc, long... tokens) {
    return new Peer(index, PeerEndpoint.tcp("h" + index, 8101), rack, dc,
        java.util.Arrays.stream(tokens).mapToObj(DynToken::new).toList(), index == 0, true,
        false);
  }

  @Test
  void aSinglePeersRingValidatesAsTheSeedExampleSays() {
    Peer local = new Peer(0, PeerEndpoint.tcp("h0", 8101), "r1", "dc1",
        List.of(DynToken.fromU32(0)), true, true, false);
    assertThat(CoverageValidator.validateTokenCoverage(List.of(local))).isEmpty();
  }

  @Test
  void aRackWhoseNodesCarryNoTokensIsAnEmptyRackNamingTheNodes() {
    List<TokenCoverageError> errors = CoverageValidator.validateTokenCoverage(
        List.of(peer(0, "r1", "dc1", 10), peer(1, "r2", "dc1"), peer(2, "r2", "dc1")));
    assertThat(errors).singleElement()
        .isInstanceOf(TokenCoverageError.EmptyRack.class)
        .extracting(CoverageError::message)
        .isEqualTo("EmptyRack: dc 'dc1' rack 'r2' has no tokens "
            + "(nodes: peer 1 (h1:8101), peer 2 (h2:8101))");
  }

  @Test
  void twoNodesOfARackOnOneTokenOverlap() {
    List<TokenCoverageError> errors = CoverageValidator.validateTokenCoverage(
        List.of(peer(0, "r1", "dc1", 10, 20), peer(1, "r1", "dc1", 20), peer(2, "r2", "dc1", 20)));
    assertThat(errors).singleElement()
        .extracting(CoverageError::message)
        .isEqualTo("Overlap: dc 'dc1' rack 'r1' token 20 is claimed by "
            + "peer 0 (h0:8101), peer 1 (h1:8101)");
  }

  @Test
  void aNodeListingItsOwnTokenTwiceIsNotAnOverlap() {
    assertThat(CoverageValidator.validateTokenCoverage(List.of(peer(0, "r1", "dc1", 7, 7))))
        .isEmpty();
  }

  @Test
  void theSameRackNameInTwoDatacentersIsTwoRacks() {
    assertThat(CoverageValidator.validateTokenCoverage(
        List.of(peer(0, "r1", "dc1", 5), peer(1, "r1", "dc2", 5)))).isEmpty();
  }

  @Test
  void theLocalRackWithoutNodesIsAnEmptyRack() {
    List<CoverageError> errors = CoverageValidator.validate(PoolConfig.defaults("dc1", "r9"),
        List.of(peer(1, "r1", "dc1", 5)), SlotAssignments.NONE);
    assertThat(errors).extracting(CoverageError::message)
        .containsExactly("EmptyRack: dc 'dc1' rack 'r9' has no nodes");
  }

  @Test
  void unassignedAndDoublyAssignedSlotsAreReportedAsRanges() {
    List<Peer> peers = List.of(peer(0, "r1", "dc1"), peer(1, "r1", "dc1"));
    SlotAssignments slots = new SlotAssignments(Map.of(
        0, List.of(new SlotRange(0, 8199)),
        1, List.of(new SlotRange(8190, 16000))));
    List<SlotCoverageError> errors = CoverageValidator.validateSlotCoverage(peers, slots);
    assertThat(errors).extracting(CoverageError::message).containsExactly(
        "DoublyAssigned: dc 'dc1' rack 'r1' slots 8190-8199 are assigned to "
            + "peer 0 (h0:8101), peer 1 (h1:8101)",
        "Unassigned: dc 'dc1' rack 'r1' slots 16001-16383 (383 slots) have no owner "
            + "(nodes: peer 0 (h0:8101), peer 1 (h1:8101))");
  }

  @Test
  void aSingleUnownedSlotIsNamed() {
    List<Peer> peers = List.of(peer(0, "r1", "dc1"));
    SlotAssignments slots = new SlotAssignments(Map.of(
        0, List.of(new SlotRange(0, 99), new SlotRange(101, 16383))));
    assertThat(CoverageValidator.validateSlotCoverage(peers, slots))
        .extracting(CoverageError::message)
        .containsExactly("Unassigned: dc 'dc1' rack 'r1' slots 100 (1 slot) has no owner "
            + "(nodes: peer 0 (h0:8101))");
  }

  @Test
  void evenlySplitSlotsCoverEveryRack() {
    List<Peer> peers = List.of(peer(0, "r1", "dc1"), peer(1, "r1", "dc1"), peer(2, "r1", "dc1"),
        peer(3, "r2", "dc1"));
    assertThat(CoverageValidator.validateSlotCoverage(peers, SlotAssignments.evenly(peers)))
        .isEmpty();
  }

  @Test
  void slotsForAPeerOutsideThePoolAreRefused() {
    assertThatThrownBy(() -> CoverageValidator.validateSlotCoverage(List.of(peer(0, "r1", "dc1")),
        new SlotAssignments(Map.of(7, List.of(new SlotRange(0, 5))))))
        .hasMessageContaining("peer 7 is not in the pool");
  }

  @Test
  void aPoolCannotBeBuiltFromATopologyThatFailsCoverage() {
    PoolConfig config = PoolConfig.defaults("dc1", "r1");
    List<Peer> overlapping = List.of(peer(0, "r1", "dc1", 5), peer(1, "r1", "dc1", 5),
        peer(2, "r2", "dc1"));
    assertThatThrownBy(() -> ServerPool.create(config, overlapping))
        .isInstanceOfSatisfying(CoverageException.class, e -> assertThat(e.errors())
            .hasExactlyElementsOfTypes(TokenCoverageError.Overlap.class,
                TokenCoverageError.EmptyRack.class))
        .hasMessageStartingWith("topology refused: Overlap: dc 'dc1' rack 'r1' token 5");
  }

  @Test
  void slotsPoolsNeedSlotMapsButNoTokens() {
    PoolConfig config = PoolConfig.defaults("dc1", "r1").withDistribution(Distribution.SLOTS);
    List<Peer> peers = List.of(peer(0, "r1", "dc1"));
    assertThatThrownBy(() -> ServerPool.create(config, peers))
        .isInstanceOf(CoverageException.class)
        .hasMessageContaining("Unassigned: dc 'dc1' rack 'r1' slots 0-16383");
    assertThat(ServerPool.create(config, peers, SlotAssignments.evenly(peers))).isNotNull();
  }

  @Test
  void aShadowDistributionIsValidatedToo() {
    PoolConfig config = PoolConfig.defaults("dc1", "r1").withDistributionShadow(Distribution.SLOTS);
    assertThatThrownBy(() -> ServerPool.create(config, List.of(peer(0, "r1", "dc1", 1))))
        .isInstanceOf(CoverageException.class).hasMessageContaining("Unassigned");
  }
}
