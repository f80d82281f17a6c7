package io.skein.testkit.contract;

import io.skein.core.HostAndPort;
import io.skein.testkit.InProcessClusterTransport;
import io.skein.testkit.InProcessRegistry;
import io.skein.transport.ClusterSecret;
import io.skein.transport.PeerTransport;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;

/** The contract on the in-memory network, delivering in real time on one executor thread. */
class InProcessTransportContractTest extends PeerTransportContract {

  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor();
  private final InProcessRegistry registry =
      InProcessRegistry.scheduled(executor, new SplittableRandom(7));
  private final AtomicInteger nextNode = new AtomicInteger();

  @AfterEach
  void stopExecutor() {
    executor.shutdownNow();
  }

  @Override
  PeerTransport newTransport(ClusterSecret secret, int maxOutstanding) {
    HostAndPort address = new HostAndPort("node-" + nextNode.incrementAndGet(), 8101);
    return new InProcessClusterTransport(registry, address, secret, Duration.ofSeconds(5),
        maxOutstanding, 8192);
  }

  @Override
  HostAndPort deadAddress() {
    return new HostAndPort("nobody", 8101);
  }
}
