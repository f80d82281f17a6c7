package io.skein.server.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free loopback ports for tests that start node processes. */
final class TestPorts {

  private TestPorts() {}

  /** A first port p such that p..p+n-1 and p+offset..p+offset+n-1 are free now. */
  static int freeRun(int n, int offset) throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int p;
      try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        p = s.getLocalPort();
      }
      if (p + offset + n <= 65535 && free(p, n) && free(p + offset, n)) {
        return p;
      }
    }
    throw new IllegalStateException("no run of " + n + " free loopback ports found");
  }

  private static boolean free(int first, int n) {
    for (int port = first; port < first + n; port++) {
      try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        s.setReuseAddress(true);
      } catch (IOException e) {
        return false;
      }
    }
    return true;
  }
}
