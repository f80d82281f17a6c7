package io.skein.membership.swim;

import io.skein.core.HostAndPort;
import io.skein.membership.member.UniqueAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Where the members a node knows are kept: by identity, by address, and in a list for uniform
 * random picks, with the probe order beside them. Counts the live ones (N in SWIM's formulas)
 * and forgets the gone ones when their time is up. Holds no protocol rules; those are in
 * {@link MemberTable}.
 */
final class MemberDirectory {

  private final GossipConfig config;
  private final RandomGenerator random;
  private final Map<UniqueAddress, MemberState> members = new HashMap<>();
  private final Map<HostAndPort, UniqueAddress> byAddress = new HashMap<>();
  private final List<MemberState> list = new ArrayList<>();
  private final ProbeOrder probeOrder;
  private int live;

  MemberDirectory(GossipConfig config, RandomGenerator random) {
    this.config = config;
    this.random = random;
    this.probeOrder = new ProbeOrder(random);
  }

  MemberState get(UniqueAddress member) {
    return members.get(member);
  }

  /** The latest member known at {@code address}, or null. */
  UniqueAddress at(HostAndPort address) {
    return byAddress.get(address);
  }

  /** Members neither Dead nor Left. */
  int liveCount() {
    return live;
  }

  /** Members that are Dead (not Left): candidates for a reconnect. */
  int deadCount() {
    int dead = 0;
    for (MemberState s : list) {
      if (s.status() == SwimStatus.DEAD) {
        dead++;
      }
    }
    return dead;
  }

  /** Every known member as claims (what a push-pull sends). */
  List<MemberInfo> snapshot() {
    List<MemberInfo> out = new ArrayList<>(list.size());
    for (MemberState s : list) {
      out.add(s.info);
    }
    return out;
  }

  /** Adds a member; {@code probed} puts it in the probe order (every member but this node). */
  MemberState add(MemberInfo info, long now, boolean probed) {
    MemberState s = new MemberState(info, now);
    s.slot = list.size();
    list.add(s);
    members.put(info.address(), s);
    byAddress.put(info.hostAndPort(), info.address());
    if (s.isLive()) {
      live++;
    }
    if (probed) {
      probeOrder.add(info.address());
    }
    return s;
  }

  /** Records {@code next} as what is believed about {@code s} since {@code now}. */
  void set(MemberState s, MemberInfo next, long now) {
    boolean wasLive = s.isLive();
    s.info = next;
    s.changedAt = now;
    if (wasLive != s.isLive()) {
      live += s.isLive() ? 1 : -1;
    }
  }

  /**
   * The next member to probe (Alive or Suspect), or null. Left members past the
   * gossip-to-the-dead time, and Dead ones past the reconnect timeout, are forgotten at the end
   * of each pass.
   */
  UniqueAddress nextProbeTarget(long now) {
    return probeOrder.next(
        m -> {
          MemberState s = members.get(m);
          return s != null && s.isLive();
        },
        m -> keepOrForget(m, now));
  }

  /** Probes {@code member} at this node's next probe, ahead of the round robin. */
  void probeSoon(UniqueAddress member) {
    probeOrder.probeSoon(member);
  }

  /** Up to {@code k} distinct random members that {@code accept} takes. */
  List<MemberState> random(int k, Predicate<MemberState> accept) {
    List<MemberState> out = new ArrayList<>(k);
    int n = list.size();
    for (int tries = 0; tries < 3 * n && out.size() < k; tries++) {
      MemberState s = list.get(random.nextInt(n));
      if (accept.test(s) && !out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private boolean keepOrForget(UniqueAddress member, long now) {
    MemberState s = members.get(member);
    if (s == null) {
      return false;
    }
    long keepFor = s.status() == SwimStatus.DEAD
        ? Math.max(config.gossipToTheDeadMillis(), config.reconnectTimeoutMillis())
        : config.gossipToTheDeadMillis();
    if (s.isLive() || now - s.changedAt <= keepFor) {
      return true;
    }
    members.remove(member);
    byAddress.remove(member.address(), member);
    MemberState last = list.remove(list.size() - 1);
    if (last != s) {
      last.slot = s.slot;
      list.set(s.slot, last);
    }
    return false;
  }
}
