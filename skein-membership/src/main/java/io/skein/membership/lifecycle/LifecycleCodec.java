package io.skein.membership.lifecycle;

import io.skein.core.HostAndPort;
import io.skein.membership.lifecycle.GossipPdu.GossipEnvelope;
import io.skein.membership.lifecycle.GossipPdu.GossipMerge;
import io.skein.membership.lifecycle.GossipPdu.GossipStatus;
import io.skein.membership.lifecycle.GossipPdu.Join;
import io.skein.membership.lifecycle.GossipPdu.Welcome;
import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.member.UniqueAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The bytes of a {@link GossipPdu}, one message per transport frame (the frame gives the length,
 * so the format has no outer length). Big-endian:
 *
 * <pre>
 * pdu        = format:u8 (=1)  type:u8  body
 * Join    1  = from:addr  dc:str  rack:str  roles:strs
 * Welcome 2  = from:addr  to:addr  gossip
 * Status  3  = from:addr  clock  seenDigest:i64
 * Envelope 4 = from:addr  to:addr  gossip
 * Merge   5  = from:addr  clock
 * addr       = host:str  port:u16  uid:i64
 * str        = len:u16 (&lt;= 1024)  UTF-8 bytes          strs = n:u16 (&lt;= 256)  str*
 * clock      = n:i32  (node:str  counter:i64)*
 * member     = addr  status:u8 (1 Joining .. 7 Removed)  upNumber:i32  dc:str  rack:str  roles:strs
 * gossip     = n:i32 member*  n:i32 seen:addr*  n:i32 (observer:addr version:i64)*
 *              n:i32 (observer:addr subject:addr status:u8 version:i64)*  clock  n:i32 (addr at:i64)*
 * </pre>
 *
 * <p>Decoding checks every count and length against a bound and the bytes left, and the decoded
 * values against the types' own invariants; anything else is a {@link LifecycleCodecException}.
 * Stateless and thread-safe.
 */
public final class LifecycleCodec {

  /** The format written; a frame with another first byte is rejected. */
  public static final int FORMAT = 1;
  /** Far above any real cluster; stops a hostile count from driving a long loop. */
  public static final int MAX_MEMBERS = 10_000;
  static final int MAX_STRING_BYTES = 1024;
  static final int MAX_ROLES = 256;
  static final int MAX_CLOCK_ENTRIES = 2 * MAX_MEMBERS;
  static final int MAX_RECORDS = 100_000;

  private static final int JOIN = 1;
  private static final int WELCOME = 2;
  private static final int STATUS = 3;
  private static final int ENVELOPE = 4;
  private static final int MERGE = 5;

  private static final MemberStatus[] STATUS_CODES = {null, MemberStatus.JOINING,
      MemberStatus.WEAKLY_UP, MemberStatus.UP, MemberStatus.LEAVING, MemberStatus.EXITING,
      MemberStatus.DOWN, MemberStatus.REMOVED};
  private static final ReachabilityStatus[] REACH_CODES = {null, ReachabilityStatus.REACHABLE,
      ReachabilityStatus.UNREACHABLE, ReachabilityStatus.TERMINATED};

  private LifecycleCodec() {}

  /** The bytes of {@code pdu}. */
  public static byte[] encode(GossipPdu pdu) {
    WireWriter w = new WireWriter();
    w.u8(FORMAT);
    if (pdu instanceof Join j) {
      w.u8(JOIN);
      addr(w, j.from());
      w.str(j.dc(), "dc");
      w.str(j.rack(), "rack");
      roles(w, j.roles());
    } else if (pdu instanceof Welcome m) {
      w.u8(WELCOME);
      addr(w, m.from());
      addr(w, m.to());
      GossipWire.write(w, m.gossip());
    } else if (pdu instanceof GossipStatus s) {
      w.u8(STATUS);
      addr(w, s.from());
      clock(w, s.version());
      w.i64(s.seenDigest());
    } else if (pdu instanceof GossipEnvelope e) {
      w.u8(ENVELOPE);
      addr(w, e.from());
      addr(w, e.to());
      GossipWire.write(w, e.gossip());
    } else {
      GossipMerge m = (GossipMerge) pdu;
      w.u8(MERGE);
      addr(w, m.from());
      clock(w, m.version());
    }
    return w.toByteArray();
  }

  /**
   * The message in {@code bytes}.
   *
   * @throws LifecycleCodecException if the bytes are not exactly one valid message
   */
  public static GossipPdu decode(byte[] bytes) {
    WireReader r = new WireReader(bytes);
    try {
      int format = r.u8("format");
      if (format != FORMAT) {
        throw WireReader.fail("format " + format, String.valueOf(FORMAT));
      }
      int type = r.u8("type");
      GossipPdu pdu = switch (type) {
        case JOIN -> new Join(addr(r), r.str("dc"), r.str("rack"), roles(r));
        case WELCOME -> new Welcome(addr(r), addr(r), GossipWire.read(r));
        case STATUS -> new GossipStatus(addr(r), clock(r), r.i64("seen digest"));
        case ENVELOPE -> new GossipEnvelope(addr(r), addr(r), GossipWire.read(r));
        case MERGE -> new GossipMerge(addr(r), clock(r));
        default -> throw WireReader.fail("type " + type, "1..5");
      };
      if (r.remaining() != 0) {
        throw WireReader.fail(r.remaining() + " trailing bytes after byte " + r.position(), "none");
      }
      return pdu;
    } catch (LifecycleCodecException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new LifecycleCodecException("membership pdu: " + e.getMessage(), e);
    }
  }

  static void addr(WireWriter w, UniqueAddress a) {
    w.str(a.address().host(), "host");
    w.u16(a.address().port());
    w.i64(a.uid());
  }

  static UniqueAddress addr(WireReader r) {
    return new UniqueAddress(new HostAndPort(r.str("host"), r.u16("port")), r.i64("uid"));
  }

  static void roles(WireWriter w, Set<String> roles) {
    List<String> sorted = new ArrayList<>(roles);
    sorted.sort(null);
    w.u16(sorted.size());
    for (String role : sorted) {
      w.str(role, "role");
    }
  }

  static Set<String> roles(WireReader r) {
    int n = r.u16("role count");
    if (n > MAX_ROLES) {
      throw WireReader.fail("role count " + n, "<= " + MAX_ROLES);
    }
    Set<String> roles = new HashSet<>();
    for (int i = 0; i < n; i++) {
      if (!roles.add(r.str("role"))) {
        throw WireReader.fail("duplicate role at byte " + r.position(), "distinct roles");
      }
    }
    return roles;
  }

  static void clock(WireWriter w, VectorClock c) {
    w.i32(c.versions().size());
    c.versions().forEach((node, counter) -> {
      w.str(node, "clock node");
      w.i64(counter);
    });
  }

  static VectorClock clock(WireReader r) {
    int n = r.count("clock entry count", MAX_CLOCK_ENTRIES);
    TreeMap<String, Long> versions = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      String node = r.str("clock node");
      if (versions.put(node, r.i64("clock counter")) != null) {
        throw WireReader.fail("duplicate clock node " + node, "distinct nodes");
      }
    }
    return new VectorClock(versions);
  }

  static int statusCode(MemberStatus s) {
    for (int i = 1; i < STATUS_CODES.length; i++) {
      if (STATUS_CODES[i] == s) {
        return i;
      }
    }
    throw new IllegalStateException("member status: " + s);
  }

  static MemberStatus status(WireReader r) {
    int code = r.u8("member status");
    if (code < 1 || code >= STATUS_CODES.length) {
      throw WireReader.fail("member status " + code, "1..7");
    }
    return STATUS_CODES[code];
  }

  static int reachCode(ReachabilityStatus s) {
    return s.ordinal() + 1;
  }

  static ReachabilityStatus reachStatus(WireReader r) {
    int code = r.u8("reachability status");
    if (code < 1 || code >= REACH_CODES.length) {
      throw WireReader.fail("reachability status " + code, "1..3");
    }
    return REACH_CODES[code];
  }

  static void member(WireWriter w, Member m) {
    addr(w, m.uniqueAddress());
    w.u8(statusCode(m.status()));
    w.i32(m.upNumber());
    w.str(m.dc(), "dc");
    w.str(m.rack(), "rack");
    roles(w, m.roles());
  }

  static Member member(WireReader r) {
    UniqueAddress a = addr(r);
    MemberStatus status = status(r);
    int upNumber = r.i32("up number");
    if (upNumber < 1) {
      throw WireReader.fail("up number " + upNumber + " of " + a, ">= 1");
    }
    return new Member(a, status, upNumber, r.str("dc"), r.str("rack"), roles(r));
  }
}
