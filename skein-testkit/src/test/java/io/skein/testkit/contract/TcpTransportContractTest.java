package io.skein.testkit.contract;

import io.skein.core.Clock;
import io.skein.core.HostAndPort;
import io.skein.transport.ClusterSecret;
import io.skein.transport.PeerLocator;
import io.skein.transport.PeerTransport;
import io.skein.transport.tcp.TcpClusterTransport;
import io.skein.transport.tcp.TransportConfig;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.SplittableRandom;

/** The contract on real loopback sockets. */
class TcpTransportContractTest extends PeerTransportContract {

  @Override
  PeerTransport newTransport(ClusterSecret secret, int maxOutstanding) {
    TransportConfig config = TransportConfig.defaults(new HostAndPort("127.0.0.1", 0), secret)
        .withOutstandingBounds(maxOutstanding, 8192);
    return new TcpClusterTransport(config, PeerLocator.sameRack(), Clock.system(),
        new SplittableRandom(7));
  }

  @Override
  HostAndPort deadAddress() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return new HostAndPort("127.0.0.1", s.getLocalPort());
    }
  }
}
