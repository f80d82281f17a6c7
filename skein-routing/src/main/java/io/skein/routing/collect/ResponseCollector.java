package io.skein.routing.collect;

import io.skein.routing.dispatch.DcRequirement;
import io.skein.routing.dispatch.DispatchPlan.Replicas;
import io.skein.routing.dispatch.Operation;
import io.skein.routing.dispatch.ReplicaTarget;
import io.skein.routing.dispatch.ReplyRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The state machine that turns replica replies into the client's one answer.
 *
 * <p>Contract. Inputs come one at a time: {@link #onReply} for each target (by its position in
 * {@code plan.targets()}; a second reply for one target is ignored) and {@link #onDeadline}
 * when the client's time is up. Each returns {@link Decision.Respond} at most once over the
 * collector's life, and only:
 * <ul>
 *   <li>with a success, when every datacenter's requirement is met by the plan's rule;
 *   <li>with a failure, as soon as some datacenter can no longer meet its requirement even if
 *       every outstanding reply succeeds;
 *   <li>with a failure, at the deadline, if it has not answered before.
 * </ul>
 * So a client is never answered before its level is met, never twice, and always by the
 * deadline. Replies after the answer are still recorded, for {@link #repairs()}.
 *
 * <p>Not thread-safe; one event loop drives it. It reads no clock.
 */
public final class ResponseCollector {

  private final Replicas plan;
  private final List<ReplicaTarget> targets;
  private final Reply[] replies;
  private final int[] arrival;
  private int received;
  private boolean deadlinePassed;
  private boolean answered;

  private ResponseCollector(Replicas plan) {
    this.plan = plan;
    this.targets = plan.targets();
    this.replies = new Reply[targets.size()];
    this.arrival = new int[targets.size()];
  }

  /** A collector for one fan-out of {@code plan}. */
  public static ResponseCollector start(Replicas plan) {
    return new ResponseCollector(plan);
  }

  /**
   * Records the reply of target {@code targetIndex} (its position in the plan's targets).
   *
   * @throws IndexOutOfBoundsException for a position that is not a target
   */
  public Decision onReply(int targetIndex, Reply reply) {
    if (targetIndex < 0 || targetIndex >= replies.length) {
      throw new IndexOutOfBoundsException(
          "target: " + targetIndex + " (expected: < " + replies.length + ")");
    }
    if (replies[targetIndex] != null || deadlinePassed) {
      return Decision.Wait.INSTANCE;
    }
    replies[targetIndex] = reply;
    arrival[targetIndex] = ++received;
    return decide();
  }

  /** The client's deadline has passed: answer now if not yet answered. */
  public Decision onDeadline() {
    if (deadlinePassed) {
      return Decision.Wait.INSTANCE;
    }
    deadlinePassed = true;
    return decide();
  }

  /** True once the client has been answered. */
  public boolean answered() {
    return answered;
  }

  /** True once every target replied or the deadline passed; {@link #repairs()} is final then. */
  public boolean finished() {
    return deadlinePassed || received == replies.length;
  }

  /**
   * Replicas that answered a read with an older version, or with none, than the newest reply.
   * Empty for writes (their gaps are closed by hints) and when every reply agreed. Call after
   * {@link #finished()}; earlier it reflects the replies so far.
   */
  public List<Repair> repairs() {
    Reply.Value newest = Tally.newest(replies, null, -1);
    if (plan.operation() != Operation.READ || newest == null || newest.absent()) {
      return List.of();
    }
    List<Repair> repairs = new ArrayList<>();
    for (int i = 0; i < replies.length; i++) {
      if (replies[i] instanceof Reply.Value v && v.version() < newest.version()) {
        repairs.add(new Repair(targets.get(i),
            v.absent() ? Repair.Reason.MISSING : Repair.Reason.STALE, newest));
      }
    }
    return List.copyOf(repairs);
  }

  private Decision decide() {
    if (answered) {
      return Decision.Wait.INSTANCE;
    }
    ClientReply reply = plan.rule() == ReplyRule.FIRST_REPLY ? firstReply() : byRequirements();
    if (reply == null) {
      return Decision.Wait.INSTANCE;
    }
    answered = true;
    return new Decision.Respond(reply);
  }

  /** DC_ONE reads: the one target's reply, whatever it is. */
  private ClientReply firstReply() {
    for (Reply reply : replies) {
      if (reply instanceof Reply.Value v) {
        return new ClientReply.Success(v);
      }
    }
    return received > 0 || deadlinePassed ? failure(plan.requirements().get(0), 0) : null;
  }

  private ClientReply byRequirements() {
    boolean identical = plan.rule() == ReplyRule.IDENTICAL_QUORUM;
    Reply.Value answer = null;
    boolean allMet = true;
    for (DcRequirement requirement : plan.requirements()) {
      if (requirement.required() == 0) {
        continue;
      }
      Tally tally = Tally.of(targets, replies, requirement.dcOrdinal(), identical);
      if (tally.count() >= requirement.required()) {
        answer = pick(answer, tally);
        continue;
      }
      allMet = false;
      if (deadlinePassed || tally.count() + tally.outstanding() < requirement.required()) {
        return failure(requirement, tally.count());
      }
    }
    return allMet ? new ClientReply.Success(answer) : null;
  }

  /** The answer across datacenters: first success, else the newest candidate. */
  private Reply.Value pick(Reply.Value sofar, Tally tally) {
    Reply.Value candidate = switch (plan.rule()) {
      case FIRST_SUCCESS -> tally.first(arrival);
      case IDENTICAL_QUORUM -> tally.agreed();
      default -> Tally.newest(replies, targets, tally.dcOrdinal());
    };
    if (sofar == null) {
      return candidate;
    }
    return candidate.version() > sofar.version() ? candidate : sofar;
  }

  private ClientReply failure(DcRequirement requirement, int count) {
    boolean many = plan.requirements().stream().filter(r -> r.required() > 0).count() > 1;
    return new ClientReply.Failure(plan.level() + " not reached: " + count + " of "
        + requirement.required() + " required replicas answered"
        + (plan.rule() == ReplyRule.IDENTICAL_QUORUM ? " identically" : "")
        + (many ? " in dc '" + requirement.dc() + "'" : ""));
  }
}
