package io.skein.routing.dispatch;

import io.skein.routing.topology.ConsistencyLevel;
import io.skein.routing.topology.Peer;
import java.util.List;

/**
 * Where a request goes, produced by {@link ClusterDispatcher#plan}.
 */
public sealed interface DispatchPlan {

  /** The only replica needed is this node's own engine: run the command locally. */
  enum LocalDatastore implements DispatchPlan {
    INSTANCE
  }

  /**
   * Send the request to these replicas and answer the client by {@code rule} once every
   * requirement is met.
   *
   * @param level the consistency level applied
   * @param operation read or write
   * @param targets the replicas, nearest first; never a Down peer
   * @param requirements per datacenter involved, how many must answer
   * @param rule how the answer is chosen
   * @param hinted owners skipped because they are Down; a write's data plane keeps a hint for
   *     each and delivers it when the peer is back (empty for reads)
   */
  record Replicas(ConsistencyLevel level, Operation operation, List<ReplicaTarget> targets,
      List<DcRequirement> requirements, ReplyRule rule, List<Peer> hinted)
      implements DispatchPlan {

    /** Answers still needed from datacenter {@code dcOrdinal}; 0 if it does not count. */
    public int requiredIn(int dcOrdinal) {
      for (DcRequirement r : requirements) {
        if (r.dcOrdinal() == dcOrdinal) {
          return r.required();
        }
      }
      return 0;
    }
  }

  /**
   * Not enough healthy replicas: answer the client with {@code reason} at once.
   *
   * @param reason the error text without the RESP prefix, e.g.
   *     {@code DC_QUORUM not reached: 1 of 2 required replicas available}
   */
  record NoTargets(String reason) implements DispatchPlan {}
}
