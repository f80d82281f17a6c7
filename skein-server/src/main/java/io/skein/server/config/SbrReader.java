package io.skein.server.config;

import io.skein.core.HostAndPort;
import java.time.Duration;
import io.skein.membership.sbr.SbrSettings;
import io.skein.membership.sbr.SbrSettings.Strategy;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the {@code sbr:} mapping into the resolver's {@link SbrSettings}, with the config's
 * error form ({@code file: sbr.key: value (expected: ...)}); absent means Akka's defaults.
 * Strategies are written as Dynomite writes its keys ({@code keep_majority}); the resolver's
 * own spelling ({@code keep-majority}) is accepted too.
 */
final class SbrReader {

  private static final Set<String> KEYS = Set.of("strategy", "stable_after", "quorum_size",
      "down_if_alone", "referee", "down_all_if_less_than_nodes", "down_all_when_unstable",
      "role", "acquire_lease_delay_for_minority", "exit_when_downed",
      "allow_stale_reads");

  static final String STRATEGY_FORM = "keep_majority, static_quorum, keep_oldest, keep_referee,"
      + " lease_majority, down_all or off";

  private SbrReader() {}

  static SbrSettings read(Optional<ConfigSection> section) {
    if (section.isEmpty()) {
      return SbrSettings.defaults();
    }
    ConfigSection s = section.get();
    for (String key : s.keys()) {
      if (!KEYS.contains(key)) {
        throw s.fail(key, "unknown key", "one of " + String.join(", ", new TreeSet<>(KEYS)));
      }
    }
    Strategy strategy = s.parsed("strategy", SbrReader::strategy, STRATEGY_FORM)
        .orElse(Strategy.KEEP_MAJORITY);
    Duration stableAfter = s.parsed("stable_after", Formats::duration, Formats.DURATION)
        .orElse(SbrSettings.DEFAULT_STABLE_AFTER);
    if (stableAfter.isZero()) {
      throw s.fail("stable_after", "'" + s.text("stable_after").orElse("") + "'",
          "a duration above zero");
    }
    int quorum = s.has("quorum_size") ? s.integer("quorum_size", 0, 1, 65535) : 0;
    if (strategy == Strategy.STATIC_QUORUM && quorum == 0) {
      throw s.fail("quorum_size", "missing", "an integer 1..65535 with strategy static_quorum");
    }
    Optional<HostAndPort> referee = s.parsed("referee", Formats::address,
        "the referee's peer address, " + Formats.ADDRESS);
    if (strategy == Strategy.KEEP_REFEREE && referee.isEmpty()) {
      throw s.fail("referee", "missing", "the referee's peer address (host:port) with strategy "
          + "keep_referee");
    }
    Duration leaseDelay = s.parsed("acquire_lease_delay_for_minority", Formats::duration,
        Formats.DURATION).orElse(SbrSettings.DEFAULT_LEASE_DELAY);
    return new SbrSettings(strategy, stableAfter, unstable(s, stableAfter), s.text("role"),
        quorum, s.bool("down_if_alone", true), referee,
        s.integer("down_all_if_less_than_nodes", 1, 1, 65535), leaseDelay);
  }

  /** {@code off} is {@link Duration#ZERO}, as the resolver takes it. */
  private static Duration unstable(ConfigSection s, Duration stableAfter) {
    String form = "on, off or " + Formats.DURATION;
    String text = s.text("down_all_when_unstable").orElse("on").strip();
    return switch (text) {
      case "on", "true" -> SbrSettings.derivedDownAllWhenUnstable(stableAfter);
      case "off", "false" -> Duration.ZERO;
      default -> s.parsed("down_all_when_unstable", Formats::duration, form).get();
    };
  }

  private static Strategy strategy(String text) {
    String name = text.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    for (Strategy strategy : Strategy.values()) {
      if (strategy.configName().equals(name)) {
        return strategy;
      }
    }
    throw new IllegalArgumentException("strategy: '" + text + "'");
  }
}
