package io.skein.engine.zsets;

import io.skein.engine.command.ReplySink;
import io.skein.engine.util.ByteString;
import java.util.List;

/**
 * Reply shapes shared by the sorted-set commands. With scores, RESP3 clients get an array of
 * [member, double] pairs and RESP2 clients one flat array, as Redis 7 replies.
 */
final class ZReplies {

  private ZReplies() {}

  /** Members (and scores) of {@code nodes}, in list order. */
  static void members(ReplySink out, List<ZNode> nodes, boolean withScores) {
    if (!withScores) {
      out.arrayHeader(nodes.size());
      for (ZNode n : nodes) {
        out.bulk(n.member.bytes());
      }
      return;
    }
    boolean nested = out.resp3();
    out.arrayHeader(nested ? nodes.size() : nodes.size() * 2);
    for (ZNode n : nodes) {
      pair(out, n.member, n.score, nested);
    }
  }

  /** One member and its score, as a 2-array when {@code nested}, else as two flat items. */
  static void pair(ReplySink out, ByteString member, double score, boolean nested) {
    if (nested) {
      out.arrayHeader(2);
    }
    out.bulk(member.bytes());
    out.doubleValue(score);
  }
}
