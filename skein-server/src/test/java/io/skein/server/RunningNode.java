package io.skein.server;

import io.skein.core.Clock;

/** A node on an ephemeral loopback port for one test class; closed by the test. */
final class RunningNode implements AutoCloseable {

  final SkeinServer server;

  RunningNode(ServerSettings settings) throws InterruptedException {
    server = new SkeinServer(settings.withPort(0), Clock.system());
    server.start();
  }

  static RunningNode start() throws InterruptedException {
    return new RunningNode(ServerSettings.defaults());
  }

  int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.close();
  }
}
