package io.skein.server.cluster;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The replies of the parts of one client command (one per key, or one per node), gathered in
 * part order and merged once the last arrives.
 *
 * <p>Not thread-safe: every part is handed in on the client's event loop.
 */
final class ReplyParts {

  private final byte[][] replies;
  private final ReplyMerge.Kind kind;
  private final Consumer<byte[]> merged;
  private int outstanding;

  ReplyParts(int parts, ReplyMerge.Kind kind, Consumer<byte[]> merged) {
    this.replies = new byte[parts][];
    this.kind = kind;
    this.merged = merged;
    this.outstanding = parts;
  }

  /** Part {@code index} answered {@code reply}; the last part hands the merge on. */
  void part(int index, byte[] reply) {
    replies[index] = reply;
    if (--outstanding == 0) {
      merged.accept(ReplyMerge.merge(kind, Arrays.asList(replies)));
    }
  }
}
