package io.skein.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * redis-cli (inline and pipe mode) and raw sockets against a node. CI installs redis-tools;
 * where redis-cli is missing locally the redis-cli cases are skipped, the socket cases still run.
 */
class RedisCliIT {

  static RunningNode node;

  @BeforeAll
  static void start() throws InterruptedException {
    node = RunningNode.start();
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static boolean hasRedisCli() {
    return Files.isExecutable(Path.of("/usr/bin/redis-cli"));
  }

  private static String cli(String stdin, String... args) throws Exception {
    String[] cmd = new String[args.length + 3];
    cmd[0] = "redis-cli";
    cmd[1] = "-p";
    cmd[2] = Integer.toString(node.port());
    System.arraycopy(args, 0, cmd, 3, args.length);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  @Test
  void pipeModeLoadsThousandsOfCommands() throws Exception {
    assumeTrue(hasRedisCli(), "redis-cli not installed");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      sb.append("SET cli:").append(i).append(' ').append(i).append("\r\n");
    }
    String out = cli(sb.toString(), "--pipe");
    assertThat(out).contains("errors: 0, replies: 3000");
    assertThat(cli("", "GET", "cli:2999").trim()).isEqualTo("2999");
  }

  @Test
  void inlineCommandsAsTypedIntoTelnet() throws IOException {
    try (Socket s = new Socket("127.0.0.1", node.port())) {
      s.getOutputStream().write("SET \"inline key\" 'a b'\r\nGET \"inline key\"\r\n"
          .getBytes(StandardCharsets.UTF_8));
      s.setSoTimeout(10_000);
      assertThat(read(s.getInputStream(), 14)).isEqualTo("+OK\r\n$3\r\na b\r\n");
    }
  }

  @Test
  void protocolErrorRepliesThenClosesOnlyThatConnection() throws IOException {
    try (Socket bad = new Socket("127.0.0.1", node.port());
         Socket good = new Socket("127.0.0.1", node.port())) {
      bad.setSoTimeout(10_000);
      good.setSoTimeout(10_000);
      bad.getOutputStream().write("*1\r\n$x\r\n".getBytes(StandardCharsets.US_ASCII));
      String reply = new String(bad.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(reply).isEqualTo("-ERR Protocol error: invalid bulk length\r\n");
      good.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      assertThat(read(good.getInputStream(), 7)).isEqualTo("+PONG\r\n");
    }
  }

  private static String read(InputStream in, int bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (out.size() < bytes) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      out.write(b);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
