package io.skein.routing.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.routing.hash.DynToken;
import io.skein.routing.topology.Peer;
import io.skein.routing.topology.PeerEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContinuumTest {

  private static Peer peer(int index, long... tokens) {
    List<DynToken> list = new ArrayList<>();
    for (long t : tokens) {
      list.add(new DynToken(t));
    }
    return new Peer(index, PeerEndpoint.tcp("h" + index, 1), "r", "d", list, false, false, false);
  }

  /** Ring 100 (peer 0), 200 (peer 1), 300 (peer 2): each owns (previous, own], 0 wraps. */
  @ParameterizedTest(name = "token {0} -> peer {1}")
  @CsvSource({"0, 0", "99, 0", "100, 0", "101, 1", "200, 1", "201, 2", "300, 2", "301, 0",
      "4294967295, 0"})
  void ownerIsFirstTokenAtOrAfterTheKeyWrappingToTheFirst(long token, int owner) {
    Continuum ring = Continuum.of(List.of(peer(2, 300), peer(0, 100), peer(1, 200)));
    assertThat(ring.owner(token)).isEqualTo(owner);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 2147483648L, 4294967295L})
  void aSingleTokenOwnsTheWholeRing(long token) {
    assertThat(Continuum.of(List.of(peer(7, 0))).owner(token)).isEqualTo(7);
    assertThat(Continuum.of(List.of(peer(7, 4294967295L))).owner(token)).isEqualTo(7);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 42, 20240601})
  void agreesWithABruteForceReferenceOnAHundredThousandRandomKeys(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Peer> peers = new ArrayList<>();
    int nodes = 1 + random.nextInt(12);
    for (int i = 0; i < nodes; i++) {
      long[] tokens = new long[1 + random.nextInt(4)];
      for (int t = 0; t < tokens.length; t++) {
        tokens[t] = random.nextLong(DynToken.MAX + 1);
      }
      peers.add(peer(i, tokens));
    }
    Continuum ring = Continuum.of(peers);
    for (int k = 0; k < 100_000; k++) {
      // Half the probes land on or next to a ring token, where off-by-one errors live.
      long token = k % 2 == 0 ? random.nextLong(DynToken.MAX + 1)
          : Math.min(DynToken.MAX, Math.max(0, ring.tokenAt(random.nextInt(ring.size())).value()
              + random.nextInt(3) - 1));
      assertThat(ring.owner(token)).as("seed %d, token %d", seed, token)
          .isEqualTo(bruteForceOwner(peers, token));
    }
  }

  /** The smallest token >= key (lowest peer index on a tie), else the smallest token overall. */
  private static int bruteForceOwner(List<Peer> peers, long key) {
    long best = Long.MAX_VALUE;
    int bestOwner = -1;
    long min = Long.MAX_VALUE;
    int minOwner = -1;
    for (Peer p : peers) {
      for (DynToken t : p.tokens()) {
        long v = t.value();
        if (v >= key && (v < best || (v == best && p.index() < bestOwner))) {
          best = v;
          bestOwner = p.index();
        }
        if (v < min || (v == min && p.index() < minOwner)) {
          min = v;
          minOwner = p.index();
        }
      }
    }
    return bestOwner >= 0 ? bestOwner : minOwner;
  }
}
