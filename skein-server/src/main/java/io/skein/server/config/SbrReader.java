package io.skein.server.config;

import io.skein.core.HostAndPort;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/** Reads the {@code sbr:} mapping into {@link SbrSettings}; absent means Akka's defaults. */
final class SbrReader {

  private static final Set<String> KEYS = Set.of("strategy", "stable_after", "quorum_size",
      "down_if_alone", "referee", "down_all_if_less_than_nodes", "down_all_when_unstable");

  private SbrReader() {}

  static SbrSettings read(Optional<ConfigSection> section) {
    if (section.isEmpty()) {
      return SbrSettings.DEFAULTS;
    }
    ConfigSection s = section.get();
    for (String key : s.keys()) {
      if (!KEYS.contains(key)) {
        throw s.fail(key, "unknown key", "one of " + String.join(", ", new TreeSet<>(KEYS)));
      }
    }
    SbrStrategy strategy = s.parsed("strategy", SbrStrategy::parse, SbrStrategy.FORM)
        .orElse(SbrStrategy.KEEP_MAJORITY);
    Duration stableAfter = s.parsed("stable_after", Formats::duration, Formats.DURATION)
        .orElse(SbrSettings.DEFAULT_STABLE_AFTER);
    if (stableAfter.isZero()) {
      throw s.fail("stable_after", "'" + s.text("stable_after").orElse("") + "'",
          "a duration above zero");
    }
    OptionalInt quorum = s.has("quorum_size")
        ? OptionalInt.of(s.integer("quorum_size", 0, 1, 65535)) : OptionalInt.empty();
    if (strategy == SbrStrategy.STATIC_QUORUM && quorum.isEmpty()) {
      throw s.fail("quorum_size", "missing", "an integer 1..65535 with strategy static_quorum");
    }
    Optional<HostAndPort> referee = s.parsed("referee", Formats::address,
        "the referee's peer address, " + Formats.ADDRESS);
    if (strategy == SbrStrategy.KEEP_REFEREE && referee.isEmpty()) {
      throw s.fail("referee", "missing", "the referee's peer address (host:port) with strategy "
          + "keep_referee");
    }
    return new SbrSettings(strategy, stableAfter, quorum, s.bool("down_if_alone", true), referee,
        s.integer("down_all_if_less_than_nodes", 1, 1, 65535), unstable(s, stableAfter));
  }

  private static Optional<Duration> unstable(ConfigSection s, Duration stableAfter) {
    String form = "on, off or " + Formats.DURATION;
    String text = s.text("down_all_when_unstable").orElse("on").strip();
    return switch (text) {
      case "on", "true" -> Optional.of(SbrSettings.derivedUnstable(stableAfter));
      case "off", "false" -> Optional.empty();
      default -> Optional.of(s.parsed("down_all_when_unstable", Formats::duration, form).get());
    };
  }
}
