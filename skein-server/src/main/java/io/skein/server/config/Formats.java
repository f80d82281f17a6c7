package io.skein.server.config;

import io.skein.core.HostAndPort;
import io.skein.routing.hash.DynToken;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parsers for the text forms a config uses: addresses, token lists, durations. Each throws
 * IllegalArgumentException; the reader turns that into a {@link ConfigException} with the
 * key and the expected form (the constants here).
 */
final class Formats {

  static final String ADDRESS = "host:port";
  static final String TOKENS = "one or more tokens 0..4294967295, separated by commas";
  static final String DURATION = "a duration such as 500ms, 20s, 2m or 1h (a bare number is ms)";

  private Formats() {}

  /**
   * {@code host:port}. Dynomite also takes a unix socket path for {@code listen}; Skein listens
   * on TCP only, so a path is refused rather than misread.
   */
  static HostAndPort address(String text) {
    String s = text.strip();
    if (s.startsWith("/")) {
      throw new IllegalArgumentException("unix socket");
    }
    return HostAndPort.parse(s);
  }

  /** Dynomite's token list, {@code 101134286} or {@code 1,2147483647}. */
  static List<DynToken> tokens(String text) {
    List<DynToken> tokens = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      tokens.add(DynToken.parse(part));
    }
    return List.copyOf(tokens);
  }

  /** {@code 500ms}, {@code 20s}, {@code 2m}, {@code 1h}; a bare number is milliseconds. */
  static Duration duration(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    String[][] units = {{"ms", "1"}, {"s", "1000"}, {"m", "60000"}, {"h", "3600000"}};
    long multiplier = 1;
    for (String[] unit : units) {
      if (s.endsWith(unit[0])) {
        multiplier = Long.parseLong(unit[1]);
        s = s.substring(0, s.length() - unit[0].length()).strip();
        break;
      }
    }
    if (s.isEmpty() || !s.chars().allMatch(c -> c >= '0' && c <= '9') || s.length() > 12) {
      throw new IllegalArgumentException("duration: '" + text + "'");
    }
    return Duration.ofMillis(Long.parseLong(s) * multiplier);
  }

  /** Splits {@code text} at its last {@code count} colons, so an IPv6 host keeps its own. */
  static String[] splitFromEnd(String text, int count) {
    String[] parts = new String[count + 1];
    String rest = text;
    for (int i = count; i > 0; i--) {
      int colon = rest.lastIndexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("too few fields");
      }
      parts[i] = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
    }
    parts[0] = rest;
    return parts;
  }

  /** Host and port fields of a colon-separated entry, checked as an address. */
  static HostAndPort hostPort(String host, String port) {
    if (host.isBlank() || port.isBlank() || !port.chars().allMatch(c -> c >= '0' && c <= '9')
        || port.length() > 5) {
      throw new IllegalArgumentException("address");
    }
    String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1)
        : host;
    return new HostAndPort(h, Integer.parseInt(port));
  }
}
