package io.skein.membership.sbr;

/**
 * off: no split-brain resolver. Unreachable members stay unreachable until an operator downs
 * them or they come back; meanwhile the leader cannot move other members along their
 * lifecycle.
 *
 * <p>Choose it only when something outside Skein decides (an orchestrator that replaces failed
 * nodes and downs them by hand). {@link SbrRuntime} takes no decision with it; a member that is
 * downed by others still stops serving.
 */
public final class NoSbr implements DowningStrategy {

  @Override
  public String name() {
    return "off";
  }

  @Override
  public DowningDecision decide(SbrView view) {
    return DowningDecision.KEEP_ALL;
  }

  @Override
  public String toString() {
    return "NoSbr";
  }
}
