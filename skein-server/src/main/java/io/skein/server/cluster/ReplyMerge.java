package io.skein.server.cluster;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reassembles the replies of a command that was split by owner (MGET, MSET, DEL, ...) or sent
 * to several nodes (DBSIZE, KEYS), working on the RESP bytes the parts answered with.
 *
 * <p>An error reply in any part is the answer, as the command would have failed on one node.
 */
final class ReplyMerge {

  /** How the parts combine. */
  enum Kind {
    /** Integers added up: DEL, UNLINK, EXISTS, TOUCH, DBSIZE. */
    SUM,
    /** One element per part, in order: MGET. */
    ELEMENTS,
    /** Arrays concatenated: KEYS. */
    CONCAT,
    /** +OK when every part said so: MSET, FLUSHALL. */
    ALL_OK
  }

  private ReplyMerge() {}

  static byte[] merge(Kind kind, List<byte[]> parts) {
    for (byte[] p : parts) {
      if (p.length > 0 && p[0] == '-') {
        return p;
      }
    }
    return switch (kind) {
      case SUM -> {
        long sum = 0;
        for (byte[] p : parts) {
          sum += integer(p);
        }
        yield (":" + sum + "\r\n").getBytes(StandardCharsets.US_ASCII);
      }
      case ELEMENTS -> join(parts.size(), parts, false);
      case CONCAT -> {
        int count = 0;
        for (byte[] p : parts) {
          count += (int) header(p);
        }
        yield join(count, parts, true);
      }
      case ALL_OK -> "+OK\r\n".getBytes(StandardCharsets.US_ASCII);
    };
  }

  private static byte[] join(int count, List<byte[]> parts, boolean stripHeaders) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("*" + count + "\r\n").getBytes(StandardCharsets.US_ASCII));
    for (byte[] p : parts) {
      int from = stripHeaders ? lineEnd(p) + 2 : 0;
      out.write(p, from, p.length - from);
    }
    return out.toByteArray();
  }

  /** The integer of a {@code :n} reply. */
  static long integer(byte[] reply) {
    if (reply.length < 4 || reply[0] != ':') {
      throw new IllegalArgumentException("reply: '" + text(reply) + "' (expected: an integer)");
    }
    return Long.parseLong(new String(reply, 1, lineEnd(reply) - 1, StandardCharsets.US_ASCII));
  }

  /** The element count of an array ({@code *n}) or set ({@code ~n}) reply. */
  static long header(byte[] reply) {
    if (reply.length < 4 || (reply[0] != '*' && reply[0] != '~')) {
      throw new IllegalArgumentException("reply: '" + text(reply) + "' (expected: an array)");
    }
    return Long.parseLong(new String(reply, 1, lineEnd(reply) - 1, StandardCharsets.US_ASCII));
  }

  private static int lineEnd(byte[] reply) {
    for (int i = 0; i + 1 < reply.length; i++) {
      if (reply[i] == '\r' && reply[i + 1] == '\n') {
        return i;
      }
    }
    throw new IllegalArgumentException("reply: no line end in " + reply.length + " bytes");
  }

  private static String text(byte[] reply) {
    return new String(reply, 0, Math.min(reply.length, 40), StandardCharsets.UTF_8);
  }
}
