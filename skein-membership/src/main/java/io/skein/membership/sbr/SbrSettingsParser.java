package io.skein.membership.sbr;

import io.skein.core.HostAndPort;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the YAML values of {@code cluster.sbr} into {@link SbrSettings}, one key at a time. */
final class SbrSettingsParser {

  static final List<String> KEYS = List.of("strategy", "stable_after", "down_all_when_unstable",
      "role", "quorum_size", "down_if_alone", "referee", "down_all_if_less_than_nodes",
      "acquire_lease_delay_for_minority");

  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

  private SbrSettingsParser() {}

  static SbrSettings parse(Map<String, ?> section) {
    for (String key : section.keySet()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException(
            "cluster.sbr." + key + ": unknown key (expected one of: " + String.join(", ", KEYS)
                + ")");
      }
    }
    SbrSettings d = SbrSettings.defaults();
    SbrSettings.Strategy strategy = value(section, "strategy")
        .map(v -> SbrSettings.Strategy.parse(v.toString().trim().toLowerCase(Locale.ROOT))
            .orElseThrow(() -> bad("strategy", v, SbrSettings.Strategy.expected())))
        .orElse(d.strategy());
    Duration stableAfter = value(section, "stable_after")
        .map(v -> duration("stable_after", v))
        .orElse(d.stableAfter());
    Duration unstable = value(section, "down_all_when_unstable")
        .map(v -> downAllWhenUnstable(v, stableAfter))
        .orElse(SbrSettings.derivedDownAllWhenUnstable(stableAfter));
    Optional<String> role = value(section, "role").map(v -> text("role", v));
    int quorumSize = value(section, "quorum_size").map(v -> positive("quorum_size", v)).orElse(0);
    boolean downIfAlone =
        value(section, "down_if_alone").map(v -> bool("down_if_alone", v)).orElse(d.downIfAlone());
    Optional<HostAndPort> referee = value(section, "referee").map(SbrSettingsParser::referee);
    int downAllIfLess = value(section, "down_all_if_less_than_nodes")
        .map(v -> positive("down_all_if_less_than_nodes", v))
        .orElse(d.downAllIfLessThanNodes());
    Duration leaseDelay = value(section, "acquire_lease_delay_for_minority")
        .map(v -> duration("acquire_lease_delay_for_minority", v))
        .orElse(d.acquireLeaseDelayForMinority());
    return new SbrSettings(strategy, stableAfter, unstable, role, quorumSize, downIfAlone,
        referee, downAllIfLess, leaseDelay);
  }

  private static Optional<Object> value(Map<String, ?> section, String key) {
    return Optional.ofNullable(section.get(key));
  }

  static Duration duration(String key, Object v) {
    if (v instanceof Duration d && !d.isNegative()) {
      return d;
    }
    Matcher m = DURATION.matcher(v.toString().trim().toLowerCase(Locale.ROOT));
    if (!(v instanceof CharSequence) || !m.matches()) {
      throw bad(key, v, "a duration such as 20s, 500ms, 2m or 1h");
    }
    try {
      long amount = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        default -> Duration.ofHours(amount);
      };
    } catch (NumberFormatException | ArithmeticException e) {
      throw bad(key, v, "a duration such as 20s, 500ms, 2m or 1h");
    }
  }

  private static Duration downAllWhenUnstable(Object v, Duration stableAfter) {
    String text = v.toString().trim().toLowerCase(Locale.ROOT);
    if (v.equals(Boolean.TRUE) || text.equals("on")) {
      return SbrSettings.derivedDownAllWhenUnstable(stableAfter);
    }
    if (v.equals(Boolean.FALSE) || text.equals("off")) {
      return Duration.ZERO;
    }
    try {
      return duration("down_all_when_unstable", v);
    } catch (IllegalArgumentException e) {
      throw bad("down_all_when_unstable", v, "on, off or a duration such as 15s");
    }
  }

  private static int positive(String key, Object v) {
    try {
      int n = v instanceof Number num && num.doubleValue() == num.intValue()
          ? num.intValue()
          : Integer.parseInt(v.toString().trim());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through to the error below
    }
    throw bad(key, v, "an integer >= 1");
  }

  private static boolean bool(String key, Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    return switch (v.toString().trim().toLowerCase(Locale.ROOT)) {
      case "true", "on", "yes" -> true;
      case "false", "off", "no" -> false;
      default -> throw bad(key, v, "true or false");
    };
  }

  private static String text(String key, Object v) {
    String s = v.toString().trim();
    if (!(v instanceof CharSequence) || s.isEmpty()) {
      throw bad(key, v, "a non-empty name");
    }
    return s;
  }

  private static HostAndPort referee(Object v) {
    try {
      return HostAndPort.parse(v.toString().trim());
    } catch (IllegalArgumentException e) {
      throw bad("referee", v, "host:port");
    }
  }

  private static IllegalArgumentException bad(String key, Object value, String expected) {
    return new IllegalArgumentException(
        "cluster.sbr." + key + ": " + value + " (expected: " + expected + ")");
  }
}
