package io.skein.server;

import io.skein.engine.Engine;
import io.skein.server.net.ClientRegistry;
import io.skein.server.net.CommandRouter;
import io.skein.server.pubsub.PubSubHub;
import java.util.concurrent.atomic.LongAdder;

/**
 * What every connection of a node shares: the engine, the settings that CONFIG SET changes,
 * the registry of clients, pub/sub, and the server-wide counters INFO reports.
 *
 * <p>Thread-safe.
 */
public final class ServerContext {

  private final Engine engine;
  private final RuntimeSettings settings;
  private final ClientRegistry clients = new ClientRegistry();
  private final PubSubHub pubsub = new PubSubHub();
  private final long startMillis;
  private final Runnable shutdown;
  private volatile CommandRouter router;
  private volatile io.skein.server.cluster.ClusterRuntime cluster;
  public final LongAdder commandsProcessed = new LongAdder();
  public final LongAdder connectionsReceived = new LongAdder();
  public final LongAdder rejectedConnections = new LongAdder();

  /**
   * @param shutdown what SHUTDOWN does: stop the node (and, for the command-line server, exit)
   */
  public ServerContext(Engine engine, RuntimeSettings settings, Runnable shutdown) {
    this.engine = engine;
    this.settings = settings;
    this.startMillis = engine.keyspace().clock().millis();
    this.shutdown = shutdown;
  }

  public Engine engine() {
    return engine;
  }

  public RuntimeSettings settings() {
    return settings;
  }

  public ClientRegistry clients() {
    return clients;
  }

  public PubSubHub pubsub() {
    return pubsub;
  }

  /** Where commands run when the node is in a cluster; null for a standalone node. */
  public CommandRouter router() {
    return router;
  }

  public void router(CommandRouter router) {
    this.router = router;
  }

  /** The node's cluster runtime; null for a standalone node. */
  public io.skein.server.cluster.ClusterRuntime cluster() {
    return cluster;
  }

  public void cluster(io.skein.server.cluster.ClusterRuntime cluster) {
    this.cluster = cluster;
  }

  public long startMillis() {
    return startMillis;
  }

  public void shutdown() {
    shutdown.run();
  }

  /** Zeroes the counters CONFIG RESETSTAT resets. */
  public void resetStats() {
    commandsProcessed.reset();
    connectionsReceived.reset();
    rejectedConnections.reset();
    engine.keyspace().stats().reset();
  }
}
