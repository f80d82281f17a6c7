package io.skein.membership.member;

import io.skein.core.HostAndPort;
import java.util.Comparator;

/**
 * One incarnation of a node: its peer address plus a number chosen at start-up, so that a node
 * restarted on the same address is a different member from the one that was downed.
 *
 * <p>Ordered by host, then port, then uid. The order decides the leader (the first reachable
 * Up member) and ties in split-brain strategies (the side with the lowest address), so every
 * node must compute it the same way: hosts compare as strings, not as resolved addresses.
 *
 * @param address the node's peer address
 * @param uid the incarnation number, unique per start of the node
 */
public record UniqueAddress(HostAndPort address, long uid) implements Comparable<UniqueAddress> {

  private static final Comparator<UniqueAddress> ORDER =
      Comparator.comparing((UniqueAddress a) -> a.address.host())
          .thenComparingInt(a -> a.address.port())
          .thenComparingLong(UniqueAddress::uid);

  public UniqueAddress {
    if (address == null) {
      throw new IllegalArgumentException("address: null (expected: host:port)");
    }
  }

  /** Parses {@code host:port#uid}, the form {@link #toString()} writes. */
  public static UniqueAddress parse(String text) {
    int hash = text.lastIndexOf('#');
    if (hash < 0) {
      throw new IllegalArgumentException("member: '" + text + "' (expected: host:port#uid)");
    }
    try {
      return new UniqueAddress(
          HostAndPort.parse(text.substring(0, hash)), Long.parseLong(text.substring(hash + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("member: '" + text + "' (expected: a numeric uid)");
    }
  }

  @Override
  public int compareTo(UniqueAddress other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return address + "#" + uid;
  }
}
