package io.skein.routing.pool;

import io.skein.routing.hash.DynToken;
import io.skein.routing.topology.Peer;
import java.util.Arrays;
import java.util.List;

/**
 * A rack's token ring ({@code vnode}): tokens sorted ascending with the peer that owns each.
 *
 * <p>The owner of a key token is the first entry whose token is {@code >=} it, wrapping to the
 * first entry, so entry 0 owns {@code (last, 2^32-1] ∪ [0, first]} and entry i owns
 * {@code (token[i-1], token[i]]} (DESIGN §1). Coverage validation guarantees at least one entry
 * and no token claimed by two peers.
 */
public final class Continuum {

  private final long[] tokens;
  private final int[] owners;

  private Continuum(long[] tokens, int[] owners) {
    this.tokens = tokens;
    this.owners = owners;
  }

  /** Builds the ring of a validated rack; a token a peer lists twice counts once. */
  static Continuum of(List<Peer> rackPeers) {
    long[][] entries = rackPeers.stream()
        .flatMap(p -> p.tokens().stream().map(t -> new long[] {t.value(), p.index()}))
        .sorted((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]))
        .toArray(long[][]::new);
    long[] tokens = new long[entries.length];
    int[] owners = new int[entries.length];
    int n = 0;
    for (long[] entry : entries) {
      if (n > 0 && tokens[n - 1] == entry[0]) {
        continue;
      }
      tokens[n] = entry[0];
      owners[n] = (int) entry[1];
      n++;
    }
    return new Continuum(Arrays.copyOf(tokens, n), Arrays.copyOf(owners, n));
  }

  /** The index of the peer owning {@code token} (an unsigned 32-bit value in a long). */
  public int owner(long token) {
    // Lower bound: the first position whose token is >= the key's token.
    int low = 0;
    int high = tokens.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens[mid] < token) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return owners[low == tokens.length ? 0 : low];
  }

  /** Number of entries on the ring. */
  public int size() {
    return tokens.length;
  }

  /** The entry at {@code position} in token order, for display ({@code /ring}). */
  public DynToken tokenAt(int position) {
    return new DynToken(tokens[position]);
  }

  /** The owner of the entry at {@code position} in token order. */
  public int ownerAt(int position) {
    return owners[position];
  }
}
