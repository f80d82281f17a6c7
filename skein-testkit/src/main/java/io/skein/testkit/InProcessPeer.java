package io.skein.testkit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an {@link InProcessClusterTransport} keeps per peer: the open connection, the requests in
 * flight on it (at most the outstanding bound) and those waiting for room. Guarded by the
 * transport's lock.
 */
final class InProcessPeer {

  VirtualConnection connection;
  boolean reachedBefore;
  final Map<Long, OutboundRequest> inFlight = new HashMap<>();
  final ArrayDeque<OutboundRequest> waiting = new ArrayDeque<>();

  /** Drops the connection and hands back every request still waiting for an answer. */
  List<OutboundRequest> takeAll() {
    List<OutboundRequest> all = new ArrayList<>(inFlight.values());
    all.addAll(waiting);
    inFlight.clear();
    waiting.clear();
    connection = null;
    return all;
  }
}
