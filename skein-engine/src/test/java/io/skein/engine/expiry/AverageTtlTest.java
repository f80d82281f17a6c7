package io.skein.engine.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.keyspace.Database;
import io.skein.engine.testing.EngineHarness;
import org.junit.jupiter.api.Test;

/** INFO keyspace's avg_ttl: Redis's running estimate, fed by the active-expiry cycle. */
class AverageTtlTest {

  private final EngineHarness h = new EngineHarness();
  private final Database db0 = h.engine.keyspace().database(0);

  private void cycle() {
    h.engine.expiry().runCycle(Long.MAX_VALUE);
  }

  @Test
  void firstSampleSetsTheEstimateAndLaterOnesCountForAFiftieth() {
    h.run("SET", "a", "v", "PX", "4000");
    h.run("SET", "b", "v", "PX", "6000");
    h.run("SET", "forever", "v");
    assertThat(db0.avgTtl()).isZero();
    cycle();
    assertThat(db0.avgTtl()).isEqualTo(5000);
    h.advanceMillis(1000);
    cycle();
    assertThat(db0.avgTtl()).isEqualTo(5000 / 50 * 49 + 4000 / 50);
  }

  @Test
  void isZeroOnceNoKeyHasAnExpiry() {
    h.run("SET", "a", "v", "PX", "4000");
    cycle();
    assertThat(db0.avgTtl()).isEqualTo(4000);
    h.run("PERSIST", "a");
    assertThat(db0.avgTtl()).isZero();
    assertThat(h.engine.keyspace().database(1).avgTtl()).isZero();
  }
}
