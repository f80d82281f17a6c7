package io.skein.server.config;

import io.skein.core.HostAndPort;
import io.skein.routing.hash.DynToken;
import java.util.List;
import java.util.Optional;

/**
 * One {@code dyn_seeds} entry: another node of the cluster, written
 * {@code host:port:rack:dc:tokens [name]} with {@code port} its peer port ({@code dyn_listen})
 * and {@code tokens} comma-separated.
 *
 * @param address the node's peer address
 * @param rack its rack
 * @param dc its datacenter
 * @param tokens its tokens, at least one
 * @param name the optional name after a blank
 */
public record SeedPeer(HostAndPort address, String rack, String dc, List<DynToken> tokens,
    Optional<String> name) {

  /** The form errors quote. */
  public static final String FORM = "host:port:rack:dc:tokens [name], tokens separated by commas";

  public SeedPeer {
    tokens = List.copyOf(tokens);
  }

  /**
   * Parses an entry as Dynomite does: the optional name after the last blank, then the fields
   * from the end, so that only the host may contain colons.
   *
   * @throws IllegalArgumentException when the entry does not have that form
   */
  public static SeedPeer parse(String text) {
    String s = text.strip();
    Optional<String> name = Optional.empty();
    int blank = s.lastIndexOf(' ');
    if (blank > 0) {
      name = Optional.of(s.substring(blank + 1));
      s = s.substring(0, blank).strip();
    }
    String[] f = Formats.splitFromEnd(s, 4);
    if (f[2].isBlank() || f[3].isBlank()) {
      throw new IllegalArgumentException("rack or dc is blank");
    }
    return new SeedPeer(Formats.hostPort(f[0], f[1]), f[2], f[3], Formats.tokens(f[4]), name);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(address).append(':').append(rack).append(':')
        .append(dc).append(':');
    for (int i = 0; i < tokens.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(tokens.get(i));
    }
    name.ifPresent(n -> sb.append(' ').append(n));
    return sb.toString();
  }
}
