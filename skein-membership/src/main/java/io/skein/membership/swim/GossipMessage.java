package io.skein.membership.swim;

import io.skein.membership.member.UniqueAddress;
import java.util.List;

/**
 * The messages of SWIM with Lifeguard. Every message names its sender; all but
 * {@link PushPull} carry piggybacked {@link NodeUpdate}s, which is how membership changes
 * spread without messages of their own. {@link GossipCodec} turns them into bytes.
 */
public sealed interface GossipMessage {

  /** The member that sent the message. */
  UniqueAddress sender();

  /** The updates piggybacked on the message (empty for a push-pull). */
  List<NodeUpdate> updates();

  /**
   * A direct probe: {@code target} answers with an {@link Ack} carrying {@code seq}. A member
   * that is not {@code target} (a restart on the same address has a new uid) stays silent, so
   * the old incarnation fails as it should.
   */
  record Ping(UniqueAddress sender, long seq, UniqueAddress target, List<NodeUpdate> updates)
      implements GossipMessage {
    public Ping {
      updates = List.copyOf(updates);
    }
  }

  /**
   * An indirect probe request: the receiver pings {@code target} on the sender's behalf and
   * forwards the {@link Ack}; when {@code wantNack} (Lifeguard), it answers {@link Nack} if the
   * target stays silent for a probe timeout, so the sender learns that its own link works.
   */
  record PingReq(UniqueAddress sender, long seq, UniqueAddress target, boolean wantNack,
      List<NodeUpdate> updates) implements GossipMessage {
    public PingReq {
      updates = List.copyOf(updates);
    }
  }

  /** The answer to a ping, direct or forwarded, echoing the prober's {@code seq}. */
  record Ack(UniqueAddress sender, long seq, List<NodeUpdate> updates) implements GossipMessage {
    public Ack {
      updates = List.copyOf(updates);
    }
  }

  /** Lifeguard: "I asked the target for you and heard nothing", echoing the prober's seq. */
  record Nack(UniqueAddress sender, long seq, List<NodeUpdate> updates) implements GossipMessage {
    public Nack {
      updates = List.copyOf(updates);
    }
  }

  /** Updates on their own, sent every gossip interval to a few random members. */
  record Gossip(UniqueAddress sender, List<NodeUpdate> updates) implements GossipMessage {
    public Gossip {
      updates = List.copyOf(updates);
    }
  }

  /**
   * A full-state exchange. The receiver merges {@code members} and, unless this is a
   * {@code reply}, answers with its own state. A {@code join} is the first push-pull a new
   * member sends to a seed.
   */
  record PushPull(UniqueAddress sender, boolean join, boolean reply, List<MemberInfo> members)
      implements GossipMessage {
    public PushPull {
      members = List.copyOf(members);
    }

    @Override
    public List<NodeUpdate> updates() {
      return List.of();
    }
  }
}
