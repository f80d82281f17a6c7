package io.skein.membership.sbr;

import io.skein.core.HostAndPort;
import io.skein.membership.member.Member;
import java.util.Optional;

/**
 * keep-referee: the side that can reach the referee (a member named by its address) survives;
 * a side without it downs itself. If the referee's side has fewer than
 * {@code downAllIfLessThanNodes} members, it downs all, referee included: a referee with too few
 * members left is not worth keeping.
 *
 * <p>Choose it when one node is the natural arbiter (it holds a resource the others need, or
 * sits in the primary site). Its weakness: the referee is a single point of failure: if it
 * crashes, or is removed, every member downs itself.
 */
public final class KeepReferee implements DowningStrategy {

  private final HostAndPort referee;
  private final int downAllIfLessThanNodes;

  /**
   * @param referee the referee's peer address (any incarnation of it)
   * @param downAllIfLessThanNodes at least 1; 1 means the referee alone is enough
   */
  public KeepReferee(HostAndPort referee, int downAllIfLessThanNodes) {
    if (referee == null) {
      throw new IllegalArgumentException("referee: null (expected: host:port)");
    }
    if (downAllIfLessThanNodes < 1) {
      throw new IllegalArgumentException(
          "down_all_if_less_than_nodes: " + downAllIfLessThanNodes + " (expected: >= 1)");
    }
    this.referee = referee;
    this.downAllIfLessThanNodes = downAllIfLessThanNodes;
  }

  public HostAndPort referee() {
    return referee;
  }

  public int downAllIfLessThanNodes() {
    return downAllIfLessThanNodes;
  }

  @Override
  public String name() {
    return "keep-referee";
  }

  @Override
  public DowningDecision decide(SbrView view) {
    return IndirectConnectivity.decide(view, this::decideClean);
  }

  private DowningDecision decideClean(SbrView view) {
    Sides sides = Sides.of(view, Optional.empty(), Member.ADDRESS_ORDER);
    boolean refereeHere = sides.reachable().stream()
        .anyMatch(m -> m.uniqueAddress().address().equals(referee));
    if (!refereeHere) {
      return DowningDecision.DOWN_REACHABLE;
    }
    return sides.reachable().size() < downAllIfLessThanNodes
        ? DowningDecision.DOWN_ALL
        : DowningDecision.DOWN_UNREACHABLE;
  }

  @Override
  public String toString() {
    return "KeepReferee(" + referee + ", downAllIfLessThanNodes " + downAllIfLessThanNodes + ")";
  }
}
