package io.skein.membership.sbr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemoryLeaseTest {

  private static final long SECOND = 1_000_000_000L;

  private final InMemoryLease lease = new InMemoryLease("sbr", Duration.ofSeconds(10));

  @Test
  void onlyOneOwnerHoldsItUntilReleased() {
    assertThat(lease.tryAcquire("a", 0)).isTrue();
    assertThat(lease.tryAcquire("b", SECOND)).isFalse();
    assertThat(lease.isHeldBy("a", SECOND)).isTrue();
    assertThat(lease.release("b")).isFalse();
    assertThat(lease.release("a")).isTrue();
    assertThat(lease.tryAcquire("b", 2 * SECOND)).isTrue();
  }

  @Test
  void expiresAfterItsTimeToLiveUnlessRenewed() {
    lease.tryAcquire("a", 0);
    assertThat(lease.tryAcquire("a", 9 * SECOND)).as("renewal").isTrue();
    assertThat(lease.holder(18 * SECOND)).contains("a");
    assertThat(lease.holder(19 * SECOND)).isEmpty();
    assertThat(lease.tryAcquire("b", 19 * SECOND)).isTrue();
  }
}
