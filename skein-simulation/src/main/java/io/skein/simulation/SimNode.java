package io.skein.simulation;

import io.skein.core.HostAndPort;
import io.skein.membership.member.UniqueAddress;
import io.skein.membership.swim.GossipEngine;
import java.util.ArrayList;
import java.util.List;

/**
 * One simulated node: its engine and what the simulation does to it (crash, stall). While
 * stalled the node processes nothing; what arrives waits in its backlog and is handled when
 * the stall ends, right after the engine's overdue tick (a process waking from a pause finds
 * its timers expired and its socket full).
 */
public final class SimNode {

  private final int index;
  private final UniqueAddress address;
  private final GossipEngine engine;
  final List<SimCluster.Delivery> backlog = new ArrayList<>();
  long scheduledTick = Long.MAX_VALUE;
  long stalledUntil = Long.MIN_VALUE;
  long inboundDelay;
  boolean crashed;
  boolean started;

  SimNode(int index, UniqueAddress address, GossipEngine engine) {
    this.index = index;
    this.address = address;
    this.engine = engine;
  }

  public int index() {
    return index;
  }

  public UniqueAddress address() {
    return address;
  }

  public HostAndPort hostAndPort() {
    return address.address();
  }

  public GossipEngine engine() {
    return engine;
  }

  public boolean isCrashed() {
    return crashed;
  }

  /** Whether the node is running (started, not crashed). */
  public boolean isLive() {
    return started && !crashed;
  }

  boolean isStalled(long now) {
    return now < stalledUntil;
  }
}
