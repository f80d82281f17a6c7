package io.skein.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every wrong value stops start-up with {@code <file>: <key>: <value> (expected: <form>)}. Each
 * row is the body of a {@code dyn_o_mite:} section, the key the error must name, a part of the
 * value it must show and a part of the form it must expect.
 */
class ConfigErrorsTest {

  @TempDir
  Path dir;

  static Stream<Arguments> wrongValues() {
    return Stream.of(
        row("listen: localhost", "listen", "'localhost'", "host:port"),
        row("listen: /tmp/dynomite.sock", "listen", "'/tmp/dynomite.sock'", "host:port"),
        row("dyn_listen: 127.0.0.1:99999", "dyn_listen", "'127.0.0.1:99999'", "host:port"),
        row("listen: 127.0.0.1:60000", "dyn_listen", "60000 + 10000 is past 65535",
            "dyn_listen set explicitly"),
        row("stats_listen: 22222", "stats_listen", "'22222'", "host:port"),
        row("tokens: 4294967296", "tokens", "'4294967296'", "0..4294967295"),
        row("tokens: '1,,2'", "tokens", "'1,,2'", "separated by commas"),
        row("read_consistency: dc_two", "read_consistency", "'dc_two'", "DC_EACH_SAFE_QUORUM"),
        row("write_consistency: ''", "write_consistency", "''", "in any case"),
        row("timeout: 0", "timeout", "'0'", "an integer 1..3600000"),
        row("timeout: 5s", "timeout", "'5s'", "an integer"),
        row("hash: sha1", "hash", "'sha1'", "murmur"),
        row("hash_tag: '{'", "hash_tag", "'{'", "two ASCII characters"),
        row("distribution: ketama", "distribution", "'ketama'", "vnode, slots, modula or random"),
        row("distribution_shadow: single", "distribution_shadow", "'single'", "slots"),
        row("distribution: vnode", "tokens", "missing", "with distribution vnode"),
        row("data_store: 1", "data_store", "1 (memcache)", "0 (redis)"),
        row("data_store: 2", "data_store", "'2'", "an integer 0..1"),
        row("servers: [127.0.0.1:22121]", "servers[0]", "'127.0.0.1:22121'", "host:port:weight"),
        row("servers: [127.0.0.1:22121:x]", "servers[0]", "':x'".substring(1), "weight"),
        row("servers: [a:1:1, b:2:1]", "servers", "2 entries", "one host:port:weight"),
        row("servers: 127.0.0.1:22121:1", "servers", "'127.0.0.1:22121:1'", "a list of"),
        row("dyn_seeds: [127.0.0.2:8101:rack2:dc]", "dyn_seeds[0]", "'127.0.0.2:8101:rack2:dc'",
            "host:port:rack:dc:tokens"),
        row("dyn_seeds: [127.0.0.2:8101:rack2:dc:x]", "dyn_seeds[0]", ":x'", "tokens"),
        row("dyn_seeds: ['127.0.0.2:8101::dc:1']", "dyn_seeds[0]", "::dc", "rack:dc"),
        row("dyn_listen: 127.0.0.1:8101\n  dyn_seeds: [127.0.0.1:8101:r:d:1]", "dyn_seeds[0]",
            "this node's own dyn_listen", "the other nodes"),
        row("dyn_seeds: [h:1:r:d:1, h:1:r:d:2]", "dyn_seeds[1]", "listed twice", "each node once"),
        row("dyn_seed_provider: florida_provider", "dyn_seed_provider", "'florida_provider'",
            "simple_provider"),
        row("secure_server_option: everything", "secure_server_option", "'everything'",
            "none, rack, datacenter or all"),
        row("local_peer_connections: 0", "local_peer_connections", "'0'", "1..1024"),
        row("remote_peer_connections: 2000", "remote_peer_connections", "'2000'", "1..1024"),
        row("datastore_connections: many", "datastore_connections", "'many'", "1..1024"),
        row("gos_interval: -1", "gos_interval", "'-1'", "1..3600000"),
        row("enable_gossip: maybe", "enable_gossip", "'maybe'", "true or false"),
        row("rack: ''", "rack", "''", "a non-empty name"),
        row("datacenter: 'us:east'", "datacenter", "'us:east'", "without ':'"),
        row("datacenter: [a]", "datacenter", "a list", "a single value"),
        row("cluster_secret: short", "cluster_secret", "a secret of 5 bytes", "at least 16 bytes"),
        row("cluster_secret: 0123456789abcdef\n  cluster_secret_file: s", "cluster_secret",
            "given with cluster_secret_file", "not both"),
        row("cluster_secret_file: no-such.secret", "cluster_secret_file",
            "'no-such.secret' cannot be read", "a readable file"),
        row("gossip_preset: cloud", "gossip_preset", "'cloud'", "lan, wan or local"),
        row("peer_tls_cert: cert.pem", "peer_tls_key", "missing", "a PEM file path"),
        row("peer_tls_cert: a.pem\n  peer_tls_key: b.pem\n  peer_tls_ca: c.pem",
            "peer_tls_cert", "'a.pem' cannot be read", "a readable PEM file"),
        row("sbr: {strategy: keep_everyone}", "sbr.strategy", "'keep_everyone'", "keep_majority"),
        row("sbr: {strategy: static_quorum}", "sbr.quorum_size", "missing", "static_quorum"),
        row("sbr: {strategy: keep_referee}", "sbr.referee", "missing", "keep_referee"),
        row("sbr: {stable_after: soon}", "sbr.stable_after", "'soon'", "20s"),
        row("sbr: {stable_after: 0s}", "sbr.stable_after", "'0s'", "above zero"),
        row("sbr: {down_all_when_unstable: sometimes}", "sbr.down_all_when_unstable",
            "'sometimes'", "on, off or"),
        row("sbr: {colour: blue}", "sbr.colour", "unknown key", "stable_after"),
        row("sbr: keep_majority", "sbr", "'keep_majority'", "a mapping"),
        row("maxmemory: lots", "maxmemory", "'lots'", "100mb"),
        row("maxmemory_policy: lru", "maxmemory_policy", "'lru'", "allkeys-lru"),
        row("databases: 0", "databases", "'0'", "1..1024"),
        row("port: 70000", "port", "'70000'", "0..65535"),
        row("listen: 127.0.0.1:8102\n  port: 8103", "listen", "given with port or bind",
            "not both"),
        row("write_consistancy: DC_ONE", "write_consistancy", "unknown key", "write_consistency"),
        row("maxmemory-policy: noeviction\n  maxmemory_policy: noeviction", "maxmemory_policy",
            "given twice", "each key once"),
        row("dc_order: dc2", "dc_order", "'dc2'", "a list of datacenter names"),
        row("seeds: [somewhere]", "seeds[0]", "'somewhere'", "host:port"),
        row("tokens: 5\n  dyn_seeds: [127.0.0.2:8101:localrack:localdc:5]", "dyn_seeds",
            "Overlap", "each key exactly once"));
  }

  private static Arguments row(String body, String key, String value, String expected) {
    return Arguments.of(body, key, value, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongValues")
  void wrongValueNamesFileKeyValueAndForm(String body, String key, String value,
      String expected) throws IOException {
    Path file = write("dyn_o_mite:\n  " + body + "\n");

    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> ConfigFile.loadNode(file, Map.of(), w -> { }));

    assertThat(e).as("no error for %s", body).isNotNull();
    assertThat(e.file()).isEqualTo(file.toString());
    assertThat(e.key()).isEqualTo(key);
    assertThat(e.value()).contains(value);
    assertThat(e.expected()).contains(expected);
    assertThat(e.getMessage()).isEqualTo(file + ": " + key + ": " + e.value() + " (expected: "
        + e.expected() + ")");
  }

  @Test
  void aSectionBesideDynomitesThatIsNotSkeinsIsRefused() throws IOException {
    Path file = write("dyn_o_mite:\n  listen: 127.0.0.1:8102\nredis:\n  port: 1\n");

    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> ConfigFile.loadNode(file));

    assertThat(e.key()).isEqualTo("redis");
    assertThat(e.expected()).contains("dyn_o_mite: and skein:");
  }

  @Test
  void aKeyRepeatedInYamlIsRefused() throws IOException {
    Path file = write("dyn_o_mite:\n  rack: a\n  rack: b\n");

    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> ConfigFile.loadNode(file));

    assertThat(e.key()).isEqualTo("yaml");
    assertThat(e.value()).contains("rack");
  }

  @Test
  void aCommandLineValueIsBlamedOnTheCommandLine() throws IOException {
    Path file = write("dyn_o_mite:\n  listen: 127.0.0.1:8102\n");

    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> ConfigFile.loadNode(file, Map.of("port", "x"), w -> { }));

    assertThat(e.getMessage()).isEqualTo("command line: port: 'x' (expected: an integer 0..65535)");
  }

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("node.yml");
    Files.writeString(file, yaml);
    return file;
  }
}
