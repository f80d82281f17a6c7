package io.skein.membership.sbr;

/**
 * down-all: any partition downs every member on every side.
 *
 * <p>Choose it when a full restart is cheaper than any risk of two sides serving at once, or
 * when partitions are rare and restarts are automated. A crashed member also stops the whole
 * cluster, so it fits small, stable deployments only.
 */
public final class DownAllStrategy implements DowningStrategy {

  @Override
  public String name() {
    return "down-all";
  }

  @Override
  public DowningDecision decide(SbrView view) {
    return DowningDecision.DOWN_ALL;
  }

  @Override
  public String toString() {
    return "DownAll";
  }
}
