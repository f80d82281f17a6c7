package io.skein.membership.lifecycle;

import io.skein.membership.member.Member;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Datacenter rules for membership traffic: which DC a member is in, which peers are local and
 * which are across a WAN, and the heartbeat settings for each.
 *
 * <p>Skein's {@link Member} carries its DC as a field. Akka encodes it as a role {@code dc-<name>};
 * such a role is honoured when the field is blank, so configs and tools written for that
 * convention keep working.
 */
public final class DataCenters {

  /** A role of this form names the member's DC (Akka's convention). */
  public static final String DC_ROLE_PREFIX = "dc-";

  /** The DC of a member that names none. */
  public static final String DEFAULT_DC = "default";

  private DataCenters() {}

  /**
   * Peers split by DC from one member's point of view, each list in the order given.
   *
   * @param inDc peers in the same DC
   * @param crossDc peers in other DCs
   */
  public record DcPartition(List<Member> inDc, List<Member> crossDc) {
    public DcPartition {
      inDc = List.copyOf(inDc);
      crossDc = List.copyOf(crossDc);
    }
  }

  /** The DC named by a {@code dc-<name>} role, if any (the first in sorted order if several). */
  public static Optional<String> dcFromRoles(Set<String> roles) {
    return roles.stream()
        .filter(r -> r.startsWith(DC_ROLE_PREFIX) && r.length() > DC_ROLE_PREFIX.length())
        .sorted()
        .findFirst()
        .map(r -> r.substring(DC_ROLE_PREFIX.length()));
  }

  /** The member's DC: its field, else a {@code dc-} role, else {@link #DEFAULT_DC}. */
  public static String memberDc(Member m) {
    if (!m.dc().isBlank()) {
      return m.dc();
    }
    return dcFromRoles(m.roles()).orElse(DEFAULT_DC);
  }

  public static boolean sameDc(Member a, Member b) {
    return memberDc(a).equals(memberDc(b));
  }

  /** {@code peers} (without {@code local} itself) split into same-DC and other-DC. */
  public static DcPartition partitionByDc(Member local, Collection<Member> peers) {
    List<Member> in = new ArrayList<>();
    List<Member> cross = new ArrayList<>();
    for (Member p : peers) {
      if (p.uniqueAddress().equals(local.uniqueAddress())) {
        continue;
      }
      (sameDc(local, p) ? in : cross).add(p);
    }
    return new DcPartition(in, cross);
  }

  /** The heartbeat interval {@code local} uses towards {@code peer}. */
  public static long heartbeatIntervalFor(
      Member local, Member peer, long localIntervalMillis, CrossDcSettings cross) {
    return sameDc(local, peer) ? localIntervalMillis : cross.heartbeatIntervalMillis();
  }

  /** The acceptable heartbeat pause {@code local} allows {@code peer}. */
  public static long acceptablePauseFor(
      Member local, Member peer, long localPauseMillis, CrossDcSettings cross) {
    return sameDc(local, peer) ? localPauseMillis : cross.acceptableHeartbeatPauseMillis();
  }

  /**
   * The other-DC members that {@code local} should monitor: none unless {@code local} is among
   * the {@code monitoringNodesPerDc} oldest Up/Leaving members of its own DC; then that many of
   * the oldest of every other DC. Oldest first, DCs in name order.
   */
  public static List<Member> crossDcMonitoringTargets(
      Member local, Collection<Member> members, CrossDcSettings cross) {
    Map<String, List<Member>> oldestByDc = new TreeMap<>();
    members.stream()
        .filter(m -> m.status().isUpOrLeaving())
        .sorted(Member.AGE_ORDER)
        .forEach(m -> {
          List<Member> dc = oldestByDc.computeIfAbsent(memberDc(m), k -> new ArrayList<>());
          if (dc.size() < cross.monitoringNodesPerDc()) {
            dc.add(m);
          }
        });
    String localDc = memberDc(local);
    boolean monitors = oldestByDc.getOrDefault(localDc, List.of()).stream()
        .anyMatch(m -> m.uniqueAddress().equals(local.uniqueAddress()));
    List<Member> out = new ArrayList<>();
    if (monitors) {
      oldestByDc.forEach((dc, oldest) -> {
        if (!dc.equals(localDc)) {
          out.addAll(oldest);
        }
      });
    }
    return out;
  }
}
