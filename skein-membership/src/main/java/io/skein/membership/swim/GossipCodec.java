package io.skein.membership.swim;

import io.skein.core.HostAndPort;
import io.skein.membership.member.UniqueAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary form of a {@link GossipMessage}, for the payload of a peer-transport frame on the
 * gossip channel (the transport does framing and authentication). Big-endian:
 *
 * <pre>
 *   message  = version:u8(1) type:u8 sender:address body
 *   address  = host:str port:u16 uid:i64           str = length:u16 utf8 (at most 255 bytes)
 *   Ping     = seq:varint target:address updates    (type 1)
 *   PingReq  = seq:varint target:address wantNack:u8(0|1) updates   (type 2)
 *   Ack      = seq:varint updates                   (type 3)
 *   Nack     = seq:varint updates                   (type 4)
 *   Gossip   = updates                              (type 5)
 *   PushPull = flags:u8(1 join, 2 reply) count:varint member*   (type 6)
 *   updates  = count:varint update*
 *   update   = head:u8 member-body [from:address]   head: status in bits 0-1; bit 4 = from is
 *              the subject, bit 5 = from is the sender (then no from follows)
 *   member   = status:u8 member-body                member-body = address dc:str rack:str
 *              incarnation:varint
 * </pre>
 *
 * <p>Decoding checks every length and count against the bytes that remain before allocating, so
 * hostile input fails with a {@link GossipCodecException} and cannot exhaust memory.
 */
public final class GossipCodec {

  /** The format version written in the first byte. */
  public static final int VERSION = 1;

  private static final int MAX_STRING = 255;
  private static final int MIN_ADDRESS = 2 + 1 + 2 + 8;
  private static final int MIN_MEMBER = 1 + MIN_ADDRESS + 2 + 2 + 1;
  private static final int FROM_SUBJECT = 0x10;
  private static final int FROM_SENDER = 0x20;
  private static final int JOIN = 1;
  private static final int REPLY = 2;

  private GossipCodec() {}

  /** The bytes of {@code message}. */
  public static byte[] encode(GossipMessage message) {
    WireWriter w = new WireWriter();
    w.u8(VERSION);
    UniqueAddress sender = message.sender();
    if (message instanceof GossipMessage.Ping p) {
      w.u8(1);
      address(w, sender);
      w.varlong(p.seq());
      address(w, p.target());
      updates(w, p.updates(), sender);
    } else if (message instanceof GossipMessage.PingReq r) {
      w.u8(2);
      address(w, sender);
      w.varlong(r.seq());
      address(w, r.target());
      w.u8(r.wantNack() ? 1 : 0);
      updates(w, r.updates(), sender);
    } else if (message instanceof GossipMessage.Ack a) {
      w.u8(3);
      address(w, sender);
      w.varlong(a.seq());
      updates(w, a.updates(), sender);
    } else if (message instanceof GossipMessage.Nack n) {
      w.u8(4);
      address(w, sender);
      w.varlong(n.seq());
      updates(w, n.updates(), sender);
    } else if (message instanceof GossipMessage.Gossip g) {
      w.u8(5);
      address(w, sender);
      updates(w, g.updates(), sender);
    } else if (message instanceof GossipMessage.PushPull pp) {
      w.u8(6);
      address(w, sender);
      w.u8((pp.join() ? JOIN : 0) | (pp.reply() ? REPLY : 0));
      w.varlong(pp.members().size());
      for (MemberInfo m : pp.members()) {
        w.u8(m.status().code());
        memberBody(w, m);
      }
    }
    return w.toByteArray();
  }

  /**
   * The message in {@code bytes}.
   *
   * @throws GossipCodecException if the bytes are not exactly one valid message
   */
  public static GossipMessage decode(byte[] bytes) {
    WireReader r = new WireReader(bytes);
    int version = r.u8("version");
    if (version != VERSION) {
      throw r.fail("version: " + version + " (expected: " + VERSION + ")");
    }
    int type = r.u8("type");
    if (type < 1 || type > 6) {
      throw r.fail("type: " + type + " (expected: 1..6)");
    }
    UniqueAddress sender = address(r, "sender");
    GossipMessage message = switch (type) {
      case 1 -> new GossipMessage.Ping(sender, r.varlong("seq"), address(r, "target"),
          updates(r, sender));
      case 2 -> new GossipMessage.PingReq(sender, r.varlong("seq"), address(r, "target"),
          bool(r, "wantNack"), updates(r, sender));
      case 3 -> new GossipMessage.Ack(sender, r.varlong("seq"), updates(r, sender));
      case 4 -> new GossipMessage.Nack(sender, r.varlong("seq"), updates(r, sender));
      case 5 -> new GossipMessage.Gossip(sender, updates(r, sender));
      default -> pushPull(r, sender);
    };
    r.expectEnd();
    return message;
  }

  private static GossipMessage pushPull(WireReader r, UniqueAddress sender) {
    int flags = r.u8("push-pull flags");
    if ((flags & ~(JOIN | REPLY)) != 0) {
      throw r.fail("push-pull flags: " + flags + " (expected: bits 1 join, 2 reply)");
    }
    int n = r.count("member count", MIN_MEMBER);
    List<MemberInfo> members = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      members.add(memberBody(r, status(r, r.u8("status"))));
    }
    return new GossipMessage.PushPull(sender, (flags & JOIN) != 0, (flags & REPLY) != 0, members);
  }

  private static void updates(WireWriter w, List<NodeUpdate> updates, UniqueAddress sender) {
    w.varlong(updates.size());
    for (NodeUpdate u : updates) {
      boolean fromSubject = u.from().equals(u.subject());
      boolean fromSender = !fromSubject && u.from().equals(sender);
      w.u8(u.member().status().code() | (fromSubject ? FROM_SUBJECT : 0)
          | (fromSender ? FROM_SENDER : 0));
      memberBody(w, u.member());
      if (!fromSubject && !fromSender) {
        address(w, u.from());
      }
    }
  }

  private static List<NodeUpdate> updates(WireReader r, UniqueAddress sender) {
    int n = r.count("update count", MIN_MEMBER);
    List<NodeUpdate> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int head = r.u8("update head");
      if ((head & ~(0x03 | FROM_SUBJECT | FROM_SENDER)) != 0
          || (head & (FROM_SUBJECT | FROM_SENDER)) == (FROM_SUBJECT | FROM_SENDER)) {
        throw r.fail("update head: 0x" + Integer.toHexString(head)
            + " (expected: status 0..3 with at most one of the from bits 0x10, 0x20)");
      }
      MemberInfo member = memberBody(r, status(r, head & 0x03));
      UniqueAddress from = (head & FROM_SUBJECT) != 0 ? member.address()
          : (head & FROM_SENDER) != 0 ? sender : address(r, "from");
      out.add(new NodeUpdate(member, from));
    }
    return out;
  }

  private static void memberBody(WireWriter w, MemberInfo m) {
    address(w, m.address());
    w.string(m.dc(), "dc", MAX_STRING);
    w.string(m.rack(), "rack", MAX_STRING);
    w.varlong(m.incarnation());
  }

  private static MemberInfo memberBody(WireReader r, SwimStatus status) {
    UniqueAddress address = address(r, "member");
    String dc = r.string("dc", MAX_STRING);
    String rack = r.string("rack", MAX_STRING);
    return new MemberInfo(address, dc, rack, r.varlong("incarnation"), status);
  }

  private static void address(WireWriter w, UniqueAddress a) {
    w.string(a.address().host(), "host", MAX_STRING);
    w.u16(a.address().port());
    w.i64(a.uid());
  }

  private static UniqueAddress address(WireReader r, String what) {
    String host = r.string(what + " host", MAX_STRING);
    int port = r.u16(what + " port");
    long uid = r.i64(what + " uid");
    try {
      return new UniqueAddress(new HostAndPort(host, port), uid);
    } catch (IllegalArgumentException e) {
      throw r.fail(what + ": " + e.getMessage());
    }
  }

  private static SwimStatus status(WireReader r, int code) {
    if (code > 3) {
      throw r.fail("status: " + code + " (expected: 0..3)");
    }
    return SwimStatus.fromCode(code);
  }

  private static boolean bool(WireReader r, String what) {
    int b = r.u8(what);
    if (b > 1) {
      throw r.fail(what + ": " + b + " (expected: 0 or 1)");
    }
    return b == 1;
  }
}
