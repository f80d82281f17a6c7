package io.skein.membership.sbr;

import io.skein.membership.member.Member;
import java.util.Optional;

/**
 * static-quorum: this side survives if it still has at least {@code quorumSize} members (with
 * {@code role}, if given); otherwise it downs itself.
 *
 * <p>Choose it for a cluster of fixed size, where the quorum is a number the operator knows:
 * with 5 nodes and a quorum of 3, any side of 3 survives and any side of 2 stops, whatever the
 * shape of the split, and the crash of two nodes is survived. Its weakness: it is only safe while
 * the cluster has at most {@code 2 * quorumSize - 1} members; beyond that two sides can both hold
 * a quorum. The strategy warns as soon as the cluster is that large and downs all if it still is
 * when a decision is due. Too few members left (crashes beyond the quorum) stops the cluster.
 */
public final class StaticQuorumStrategy implements DowningStrategy {

  private final int quorumSize;
  private final Optional<String> role;

  /**
   * @param quorumSize at least 1
   * @param role count only members with this role, if given
   */
  public StaticQuorumStrategy(int quorumSize, Optional<String> role) {
    if (quorumSize < 1) {
      throw new IllegalArgumentException("quorum_size: " + quorumSize + " (expected: >= 1)");
    }
    this.quorumSize = quorumSize;
    this.role = role;
  }

  public int quorumSize() {
    return quorumSize;
  }

  public Optional<String> role() {
    return role;
  }

  @Override
  public String name() {
    return "static-quorum";
  }

  @Override
  public DowningDecision decide(SbrView view) {
    if (isTooManyMembers(view)) {
      return DowningDecision.DOWN_ALL;
    }
    return IndirectConnectivity.decide(view, this::decideClean);
  }

  private DowningDecision decideClean(SbrView view) {
    Sides sides = Sides.of(view, role, Member.ADDRESS_ORDER);
    return sides.reachable().size() >= quorumSize
        ? DowningDecision.DOWN_UNREACHABLE
        : DowningDecision.DOWN_REACHABLE;
  }

  /** More members than {@code 2 * quorumSize - 1}: two sides could both reach the quorum. */
  public boolean isTooManyMembers(SbrView view) {
    return Sides.of(view, role, Member.ADDRESS_ORDER).members().size() > quorumSize * 2 - 1;
  }

  @Override
  public Optional<String> warning(SbrView view) {
    if (!isTooManyMembers(view)) {
      return Optional.empty();
    }
    int size = Sides.of(view, role, Member.ADDRESS_ORDER).members().size();
    return Optional.of("cluster size " + size + " exceeds " + (quorumSize * 2 - 1)
        + " (2 * quorum_size - 1 with quorum_size " + quorumSize + "): two sides could both"
        + " keep a quorum, so a split-brain decision taken at this size downs all members");
  }

  @Override
  public String toString() {
    return "StaticQuorum(" + quorumSize + role.map(r -> ", role " + r).orElse("") + ")";
  }
}
