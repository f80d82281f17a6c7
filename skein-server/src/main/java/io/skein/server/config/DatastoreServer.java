package io.skein.server.config;

import io.skein.core.HostAndPort;
import java.util.Optional;

/**
 * One {@code servers:} entry, the external Redis a node proxies to (Dynomite's datastore),
 * written {@code host:port:weight [name]}. Dynomite ignores the weight with one datastore; it is
 * kept so the entry reads back as written.
 *
 * @param address the datastore's address
 * @param weight the weight, {@code >= 0}
 * @param name the optional name after a blank
 */
public record DatastoreServer(HostAndPort address, int weight, Optional<String> name) {

  /** The form errors quote. */
  public static final String FORM = "host:port:weight [name]";

  /**
   * Parses an entry as Dynomite does (fields from the end; a unix socket path is refused).
   *
   * @throws IllegalArgumentException when the entry does not have that form
   */
  public static DatastoreServer parse(String text) {
    String s = text.strip();
    Optional<String> name = Optional.empty();
    int blank = s.lastIndexOf(' ');
    if (blank > 0) {
      name = Optional.of(s.substring(blank + 1));
      s = s.substring(0, blank).strip();
    }
    if (s.startsWith("/")) {
      throw new IllegalArgumentException("unix socket");
    }
    String[] f = Formats.splitFromEnd(s, 2);
    boolean digits = f[2].chars().allMatch(c -> c >= '0' && c <= '9');
    if (f[2].isEmpty() || f[2].length() > 9 || !digits) {
      throw new IllegalArgumentException("weight");
    }
    return new DatastoreServer(Formats.hostPort(f[0], f[1]), Integer.parseInt(f[2]), name);
  }
}
