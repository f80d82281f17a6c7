package io.skein.routing.topology;

/**
 * A rack's identity: rack names are only unique within their datacenter.
 *
 * @param dc the datacenter's name
 * @param rack the rack's name
 */
public record RackKey(String dc, String rack) implements Comparable<RackKey> {

  public RackKey {
    if (dc == null || dc.isEmpty() || rack == null || rack.isEmpty()) {
      throw new IllegalArgumentException(
          "rack: dc '" + dc + "' rack '" + rack + "' (expected: non-empty names)");
    }
  }

  @Override
  public int compareTo(RackKey other) {
    int byDc = dc.compareTo(other.dc);
    return byDc != 0 ? byDc : rack.compareTo(other.rack);
  }

  @Override
  public String toString() {
    return "dc '" + dc + "' rack '" + rack + "'";
  }
}
