package io.skein.membership.lifecycle;

import io.skein.membership.member.Member;
import io.skein.membership.member.UniqueAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The {@code gossip} production of {@link LifecycleCodec}'s format. */
final class GossipWire {

  private GossipWire() {}

  static void write(WireWriter w, Gossip g) {
    w.i32(g.members().size());
    for (Member m : g.members().values()) {
      LifecycleCodec.member(w, m);
    }
    w.i32(g.overview().seen().size());
    for (UniqueAddress a : g.overview().seen()) {
      LifecycleCodec.addr(w, a);
    }
    Reachability reach = g.reachability();
    w.i32(reach.versions().size());
    for (Map.Entry<UniqueAddress, Long> e : reach.versions().entrySet()) {
      LifecycleCodec.addr(w, e.getKey());
      w.i64(e.getValue());
    }
    w.i32(reach.records().size());
    for (ReachabilityRecord rec : reach.records()) {
      LifecycleCodec.addr(w, rec.observer());
      LifecycleCodec.addr(w, rec.subject());
      w.u8(LifecycleCodec.reachCode(rec.status()));
      w.i64(rec.version());
    }
    LifecycleCodec.clock(w, g.version());
    w.i32(g.tombstones().size());
    for (Map.Entry<UniqueAddress, Long> e : g.tombstones().entrySet()) {
      LifecycleCodec.addr(w, e.getKey());
      w.i64(e.getValue());
    }
  }

  static Gossip read(WireReader r) {
    int n = r.count("member count", LifecycleCodec.MAX_MEMBERS);
    TreeMap<UniqueAddress, Member> members = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      Member m = LifecycleCodec.member(r);
      if (members.put(m.uniqueAddress(), m) != null) {
        throw WireReader.fail("duplicate member " + m.uniqueAddress(), "distinct members");
      }
    }
    int seenCount = r.count("seen count", LifecycleCodec.MAX_MEMBERS);
    Set<UniqueAddress> seen = new TreeSet<>();
    for (int i = 0; i < seenCount; i++) {
      seen.add(LifecycleCodec.addr(r));
    }
    int observers = r.count("observer count", LifecycleCodec.MAX_MEMBERS);
    TreeMap<UniqueAddress, Long> versions = new TreeMap<>();
    for (int i = 0; i < observers; i++) {
      UniqueAddress observer = LifecycleCodec.addr(r);
      long v = r.i64("observer version");
      if (v < 1 || versions.put(observer, v) != null) {
        throw WireReader.fail("observer " + observer + " version " + v,
            "one version >= 1 per observer");
      }
    }
    int recordCount = r.count("reachability record count", LifecycleCodec.MAX_RECORDS);
    List<ReachabilityRecord> records = new ArrayList<>();
    for (int i = 0; i < recordCount; i++) {
      records.add(new ReachabilityRecord(LifecycleCodec.addr(r), LifecycleCodec.addr(r),
          LifecycleCodec.reachStatus(r), r.i64("record version")));
    }
    VectorClock clock = LifecycleCodec.clock(r);
    int tombCount = r.count("tombstone count", LifecycleCodec.MAX_RECORDS);
    TreeMap<UniqueAddress, Long> tombstones = new TreeMap<>();
    for (int i = 0; i < tombCount; i++) {
      tombstones.put(LifecycleCodec.addr(r), r.i64("tombstone time"));
    }
    return new Gossip(members, new GossipOverview(seen, new Reachability(records, versions)),
        clock, tombstones);
  }
}
