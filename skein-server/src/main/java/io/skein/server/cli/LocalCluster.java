package io.skein.server.cli;

import io.skein.routing.hash.DynToken;
import io.skein.routing.topology.ConsistencyLevel;
import io.skein.routing.topology.Distribution;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The plan of a {@code skein local} cluster: its nodes and each node's Dynomite-style YAML.
 * Pure: nothing here touches files or processes, so the plan is tested on its own.
 *
 * @param dcs datacenters, named {@code dc1..}
 * @param racks racks per datacenter, named {@code r1..}
 * @param nodesPerRack nodes per rack
 * @param consistency the read and write consistency level
 * @param distribution how a rack places keys ({@code slots} or {@code vnode})
 * @param basePort the first client port; node i uses basePort + i, and basePort + 10000 + i
 *     as its peer port (Redis Cluster's bus convention)
 * @param statsPort the first admin HTTP port; node i uses statsPort + i
 */
record LocalCluster(int dcs, int racks, int nodesPerRack, ConsistencyLevel consistency,
    Distribution distribution, int basePort, int statsPort) {

  /** More nodes than this would not fit on one machine anyone tries things on. */
  static final int MAX_NODES = 64;
  static final String SECRET_FILE = "cluster.secret";

  LocalCluster {
    check("--dcs", dcs, 1, 16);
    check("--racks", racks, 1, 16);
    check("--nodes-per-rack", nodesPerRack, 1, MAX_NODES);
    if ((long) dcs * racks * nodesPerRack > MAX_NODES) {
      throw new IllegalArgumentException("nodes: " + dcs * racks * nodesPerRack
          + " (expected: dcs x racks x nodes-per-rack <= " + MAX_NODES + ")");
    }
    if (distribution != Distribution.SLOTS && distribution != Distribution.VNODE) {
      throw new IllegalArgumentException("--distribution: " + distribution.configName()
          + " (expected: slots or vnode)");
    }
    int n = dcs * racks * nodesPerRack;
    check("--base-port", basePort, 1024, 65535 - 10_000 - n + 1);
    check("--stats-port", statsPort, 1024, 65535 - n + 1);
    Set<Integer> ports = new HashSet<>();
    for (int i = 0; i < n; i++) {
      if (!ports.add(basePort + i) || !ports.add(basePort + 10_000 + i)
          || !ports.add(statsPort + i)) {
        throw new IllegalArgumentException("--stats-port: " + statsPort + " (expected: admin "
            + "ports that miss the client ports " + basePort + ".." + (basePort + n - 1)
            + " and the peer ports " + (basePort + 10_000) + ".." + (basePort + 10_000 + n - 1)
            + ")");
      }
    }
  }

  private static void check(String option, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(option + ": " + value + " (expected: " + min + ".."
          + max + ")");
    }
  }

  /** The nodes, datacenter by datacenter, rack by rack. */
  List<LocalNode> nodes() {
    List<LocalNode> nodes = new ArrayList<>();
    for (int d = 1; d <= dcs; d++) {
      for (int r = 1; r <= racks; r++) {
        for (int k = 0; k < nodesPerRack; k++) {
          int i = nodes.size();
          nodes.add(new LocalNode("dc" + d + "-r" + r + "-n" + (k + 1), "dc" + d, "r" + r,
              basePort + i, basePort + 10_000 + i, statsPort + i, token(k, nodesPerRack)));
        }
      }
    }
    return nodes;
  }

  /** Token k of n, evenly spaced from 0: Dynomite's own generator spaces them so. */
  static DynToken token(int k, int n) {
    return new DynToken((DynToken.MAX + 1) * k / n);
  }

  /** The YAML of {@code node}: Dynomite's keys, with Skein's beside them. */
  String yaml(LocalNode node) {
    StringBuilder y = new StringBuilder()
        .append("# Written by skein local: node ").append(node.name()).append(" of ").append(dcs)
        .append(" dc x ").append(racks).append(" racks x ").append(nodesPerRack)
        .append(" nodes per rack.\n")
        .append("dyn_o_mite:\n")
        .append("  datacenter: ").append(node.dc()).append('\n')
        .append("  rack: ").append(node.rack()).append('\n')
        .append("  listen: ").append(LocalNode.HOST).append(':').append(node.clientPort())
        .append('\n')
        .append("  dyn_listen: ").append(LocalNode.HOST).append(':').append(node.peerPort())
        .append('\n')
        .append("  stats_listen: ").append(LocalNode.HOST).append(':').append(node.statsPort())
        .append('\n')
        .append("  tokens: '").append(node.token()).append("'\n")
        .append("  distribution: ").append(distribution.configName()).append('\n')
        .append("  read_consistency: ").append(consistency).append('\n')
        .append("  write_consistency: ").append(consistency).append('\n');
    List<LocalNode> others = nodes().stream().filter(n -> !n.equals(node)).toList();
    if (!others.isEmpty()) {
      y.append("  dyn_seeds:\n");
      others.forEach(n -> y.append("  - ").append(n.seedEntry()).append('\n'));
    }
    return y.append("  node_name: ").append(node.name()).append('\n')
        .append("  cluster_secret_file: ").append(SECRET_FILE).append('\n')
        .append("  gossip_preset: local\n")
        .toString();
  }
}
