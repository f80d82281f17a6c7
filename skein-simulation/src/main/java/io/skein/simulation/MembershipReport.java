package io.skein.simulation;

import io.skein.membership.swim.GossipConfig;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * Prints the membership table of docs/membership.md: failure detection, join dissemination and
 * false positives of SWIM with Lifeguard, measured by simulation. Deterministic for a seed.
 *
 * <pre>
 *   mvn -B -q -pl skein-simulation -am package -DskipTests
 *   java -cp skein-core/target/classes:skein-routing/target/classes:\
 *       skein-membership/target/classes:skein-simulation/target/classes \
 *       io.skein.simulation.MembershipReport [--seed N] [--quick]
 * </pre>
 *
 * {@code --quick} runs fewer trials, shorter hours and no 1,000-node cluster (for trying
 * changes; the docs use the full run). Progress goes to stderr, the table to stdout.
 */
public final class MembershipReport {

  private static final long STALL_MILLIS = 2_000;
  private static final long STALL_MEAN_GAP_MILLIS = 60_000;
  private static final double LOSS = 0.05;
  private static final long SLOW_MILLIS = 1_500;

  private final PrintStream out;
  private final long seed;
  private final boolean quick;

  private MembershipReport(PrintStream out, long seed, boolean quick) {
    this.out = out;
    this.seed = seed;
    this.quick = quick;
  }

  public static void main(String[] args) {
    long seed = 1;
    boolean quick = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--quick" -> quick = true;
        default -> throw new IllegalArgumentException(
            "argument: '" + args[i] + "' (expected: --seed N or --quick)");
      }
    }
    new MembershipReport(System.out, seed, quick).run();
  }

  private void run() {
    long started = System.nanoTime();
    out.printf("Seed %d%s; LAN network: 1 ms + exponential(mean 1 ms) one way.%n%n", seed,
        quick ? " (--quick: fewer trials, shorter runs, no N = 1,000)" : "");
    detection();
    join();
    falsePositives();
    slowNode();
    progress("done in %.0f s", (System.nanoTime() - started) / 1e9);
  }

  private void detection() {
    out.println("### Failure detection: crash to Failed on every live node");
    out.println();
    out.println("| N | configuration | trials | median | p99 | max | first suspicion, median |"
        + " missed |");
    out.println("|---|---|---|---|---|---|---|---|");
    GossipConfig lan = GossipConfig.lan();
    GossipConfig swim = lan.plainSwim();
    int trials10 = quick ? 40 : 200;
    int trials100 = quick ? 5 : 30;
    detectionRow(10, "lan", MembershipSimulation.detection(lan, NetworkModel.lan(), 10,
        trials10, seed), "");
    detectionRow(10, "memberlist's LAN (1 s / 500 ms probes, Lifeguard, no Skein additions)",
        MembershipSimulation.detection(memberlistLan(), NetworkModel.lan(), 10, trials10, seed),
        "");
    detectionRow(10, "SWIM (Lifeguard off)", MembershipSimulation.detection(swim,
        NetworkModel.lan(), 10, trials10, seed), "");
    detectionRow(100, "lan", MembershipSimulation.detection(lan, NetworkModel.lan(), 100,
        trials100, seed), "");
    detectionRow(100, "SWIM (Lifeguard off)", MembershipSimulation.detection(swim,
        NetworkModel.lan(), 100, trials100, seed), "");
    if (!quick) {
      progress("bootstrapping 1,000 nodes");
      SimCluster big = MembershipSimulation.bootstrap(lan, NetworkModel.lan(), 1_000, seed);
      thousand = big;
      detectionRow(1_000, "lan", MembershipSimulation.detection(big, 8, seed),
          " (one cluster, crashes in turn)");
    }
    out.println();
  }

  private SimCluster thousand;

  private void detectionRow(int n, String config, MembershipSimulation.Detection d,
      String note) {
    out.printf(Locale.ROOT, "| %,d | %s | %d%s | %s | %s | %s | %s | %d |%n", n, config,
        d.millis().length, note, seconds(Stats.median(d.millis())),
        seconds(Stats.percentile(d.millis(), 99)), seconds(Stats.max(d.millis())),
        seconds(Stats.median(d.firstSuspicionMillis())), d.missed());
    progress("detection N=%d %s done", n, config);
  }

  private void join() {
    out.println("### Join: start to Joined on every other node");
    out.println();
    out.println("| N | trials | median | p99 | max | hops, median / max |"
        + " gossip intervals, median |");
    out.println("|---|---|---|---|---|---|---|");
    GossipConfig lan = GossipConfig.lan();
    joinRow(MembershipSimulation.join(lan, NetworkModel.lan(), 10, quick ? 10 : 30, seed), lan);
    joinRow(MembershipSimulation.join(lan, NetworkModel.lan(), 100, quick ? 5 : 30, seed), lan);
    if (thousand != null) {
      joinRow(MembershipSimulation.join(thousand, 8, seed), lan);
    }
    out.println();
  }

  private void joinRow(MembershipSimulation.Join j, GossipConfig config) {
    int[] hops = j.hops().clone();
    Arrays.sort(hops);
    out.printf(Locale.ROOT, "| %,d | %d | %s | %s | %s | %d / %d | %.1f |%n", j.members(),
        j.millis().length, seconds(Stats.median(j.millis())),
        seconds(Stats.percentile(j.millis(), 99)), seconds(Stats.max(j.millis())),
        hops[(hops.length - 1) / 2], hops[hops.length - 1],
        (double) Stats.median(j.millis()) / config.gossipIntervalMillis());
    progress("join N=%d done", j.members());
  }

  private void falsePositives() {
    double hours = quick ? 0.25 : 1.0;
    out.printf(Locale.ROOT, "### False positives: nobody crashes; %.0f%% loss, %d s stalls per"
        + " node every %d s on average%n%n", LOSS * 100, STALL_MILLIS / 1_000,
        STALL_MEAN_GAP_MILLIS / 1_000);
    out.println("| N | hours | configuration | stalls | false Failed marks | per node-hour |"
        + " suspicions raised | of healthy members | per node-hour |");
    out.println("|---|---|---|---|---|---|---|---|---|");
    GossipConfig lan = GossipConfig.lan();
    for (int n : new int[] {10, 100}) {
      double h = n == 10 ? hours * 4 : hours;
      fpRow(n, h, "SWIM (Lifeguard off)", lan.plainSwim(), STALL_MEAN_GAP_MILLIS);
      fpRow(n, h, "Lifeguard + pause guard only",
          lan.withFallbackPing(false).withEagerSpread(false), STALL_MEAN_GAP_MILLIS);
      fpRow(n, h, "lan: Lifeguard, pause guard, fallback ping, eager spread", lan,
          STALL_MEAN_GAP_MILLIS);
      fpRow(n, h, "lan, loss only (no stalls)", lan, 0);
    }
    fpRow(10, hours * 4, "memberlist's LAN (1 s / 500 ms probes, Lifeguard)", memberlistLan(),
        STALL_MEAN_GAP_MILLIS);
    if (!quick) {
      // A tenth of an hour of 1,000 nodes is 100 node-hours, and several minutes of CPU each.
      fpRow(1_000, 0.1, "SWIM (Lifeguard off)", lan.plainSwim(), STALL_MEAN_GAP_MILLIS);
      fpRow(1_000, 0.1, "lan: Lifeguard, pause guard, fallback ping, eager spread", lan,
          STALL_MEAN_GAP_MILLIS);
    }
    out.println();
  }

  private void slowNode() {
    double hours = quick ? 0.25 : 1.0;
    out.printf(Locale.ROOT, "### A slow member: node 0 handles every inbound message %.1f s"
        + " late; no loss, nobody crashes%n%n", SLOW_MILLIS / 1000.0);
    out.println("| N | hours | configuration | accusations by the slow member | per hour |"
        + " suspicions of it | false Failed marks | its local health at the end |");
    out.println("|---|---|---|---|---|---|---|---|");
    GossipConfig lan = GossipConfig.lan();
    for (int n : new int[] {10, 100}) {
      slowRow(n, hours, "SWIM (Lifeguard off)", lan.plainSwim());
      slowRow(n, hours, "lan", lan);
    }
    out.println();
  }

  private void slowRow(int n, double hours, String config, GossipConfig c) {
    SlowNodeScenario r = SlowNodeScenario.run(c, n, hours, SLOW_MILLIS, seed);
    out.printf(Locale.ROOT, "| %,d | %.2f | %s | %,d | %.1f | %,d | %,d | %d |%n", n, hours,
        config, r.accusations(), r.accusationsPerHour(), r.accused(), r.falseFailures(),
        r.slowNodeHealth());
    progress("slow member N=%d %s done", n, config);
  }

  private void fpRow(int n, double hours, String config, GossipConfig c, long stallGap) {
    FalsePositiveScenario r = FalsePositiveScenario.run(c, n, hours, LOSS, stallGap,
        STALL_MILLIS, seed);
    out.printf(Locale.ROOT, "| %,d | %.2f | %s | %,d | %,d | %.3f | %,d | %,d | %.3f |%n", n,
        hours, config, r.stalls(), r.falseFailures(), r.falseFailuresPerNodeHour(),
        r.suspicions(), r.suspicionsOfHealthy(), r.healthySuspicionsPerNodeHour());
    progress("false positives N=%d %s done", n, config);
  }

  /** memberlist's DefaultLANConfig as it is: 1 s probes, Lifeguard, none of Skein's additions. */
  private static GossipConfig memberlistLan() {
    return GossipConfig.lan().withProbe(1_000, 500).withPauseGuard(false)
        .withFallbackPing(false).withEagerSpread(false);
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
  }

  private static void progress(String format, Object... args) {
    System.err.printf(format + "%n", args);
  }
}
