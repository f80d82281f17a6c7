package io.skein.routing.dispatch;

import io.skein.routing.topology.Peer;
import java.util.stream.Collectors;

/** Writes a plan as one line so that tests read as a table. */
final class PlanText {

  private PlanText() {}

  static String of(DispatchPlan plan) {
    if (plan instanceof DispatchPlan.LocalDatastore) {
      return "local";
    }
    if (plan instanceof DispatchPlan.NoTargets none) {
      return "none: " + none.reason();
    }
    DispatchPlan.Replicas r = (DispatchPlan.Replicas) plan;
    String targets = r.targets().stream().map(t -> "p" + t.peer().index() + "@" + t.role())
        .collect(Collectors.joining(" "));
    String need = r.requirements().stream()
        .map(q -> q.dc() + " " + q.required() + "/" + q.replicas())
        .collect(Collectors.joining(","));
    String hinted = r.hinted().isEmpty() ? "" : " hint " + r.hinted().stream()
        .map(Peer::index).map(i -> "p" + i).collect(Collectors.joining(","));
    return targets + " need " + need + " " + r.rule() + hinted;
  }
}
