package io.skein.membership.lifecycle;

import io.skein.membership.member.UniqueAddress;
import java.util.Set;

/**
 * The messages of the lifecycle protocol, sent between nodes on the membership channel
 * ({@link LifecycleCodec} turns them into bytes).
 *
 * <p>One exchange: a node sends a {@link GossipStatus} (just its version) to a peer that has
 * probably seen its state already, or a full {@link GossipEnvelope} to one that has not. The
 * receiver of a status compares versions ({@link GossipDecision#decide}): it answers with its own
 * envelope when it is newer or concurrent, or with a {@link GossipMerge} ("send me yours") when it
 * is older. Joining uses {@link Join} and {@link Welcome}.
 */
public sealed interface GossipPdu {

  /** The sender. */
  UniqueAddress from();

  /**
   * A node asks a member of the cluster (a seed) to admit it.
   *
   * @param from the joining node
   * @param dc its datacenter
   * @param rack its rack
   * @param roles its roles
   */
  record Join(UniqueAddress from, String dc, String rack, Set<String> roles) implements GossipPdu {
    public Join {
      if (from == null || dc == null || rack == null) {
        throw new IllegalArgumentException("join: from, dc and rack are required");
      }
      roles = Set.copyOf(roles);
    }
  }

  /**
   * A member admitted {@code to}: here is the state, which lists it as Joining.
   *
   * @param from the member that admitted it
   * @param to the joining node (its exact incarnation)
   * @param gossip the state
   */
  record Welcome(UniqueAddress from, UniqueAddress to, Gossip gossip) implements GossipPdu {
    public Welcome {
      if (from == null || to == null || gossip == null) {
        throw new IllegalArgumentException("welcome: from, to and gossip are required");
      }
    }
  }

  /**
   * "This is the version I hold"; cheap, sent to peers that have probably seen it.
   *
   * @param from the sender
   * @param version its version
   * @param seenDigest {@link Gossip#seenDigest()} of its state
   */
  record GossipStatus(UniqueAddress from, VectorClock version, long seenDigest)
      implements GossipPdu {
    public GossipStatus {
      if (from == null || version == null) {
        throw new IllegalArgumentException("gossip status: from and version are required");
      }
    }
  }

  /**
   * The full state, addressed to one incarnation (a restarted node ignores gossip meant for its
   * previous life).
   *
   * @param from the sender
   * @param to the receiver
   * @param gossip the sender's state
   */
  record GossipEnvelope(UniqueAddress from, UniqueAddress to, Gossip gossip)
      implements GossipPdu {
    public GossipEnvelope {
      if (from == null || to == null || gossip == null) {
        throw new IllegalArgumentException("gossip envelope: from, to and gossip are required");
      }
    }
  }

  /**
   * "Your state is newer than mine (or concurrent); send me an envelope so I can merge it."
   *
   * @param from the sender, whose state is older
   * @param version the sender's version
   */
  record GossipMerge(UniqueAddress from, VectorClock version) implements GossipPdu {
    public GossipMerge {
      if (from == null || version == null) {
        throw new IllegalArgumentException("gossip merge: from and version are required");
      }
    }
  }
}
