package io.skein.server.datastore;

import static org.awaitility.Awaitility.await;

import io.skein.core.HostAndPort;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A real redis-server for a test, on a free loopback port, persisting nothing. Tests that need
 * one skip (a JUnit assumption) where {@code redis-server} is not on the PATH.
 */
public final class RedisServerProcess implements AutoCloseable {

  /** What a skipped test says. */
  public static final String MISSING =
      "redis-server not on PATH: proxy-mode tests need a real Redis (Debian package redis-server)";

  private final Path dir;
  private final int port;
  private final Optional<String> password;
  private Process process;

  private RedisServerProcess(Path dir, int port, Optional<String> password) {
    this.dir = dir;
    this.port = port;
    this.password = password;
  }

  /** The redis-server executable on the PATH, if there is one. */
  static Optional<Path> executable() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String entry : path.split(File.pathSeparator)) {
      Path candidate = Path.of(entry, "redis-server");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  public static boolean available() {
    return executable().isPresent();
  }

  /** Starts one and waits until it answers PING. */
  public static RedisServerProcess start(Optional<String> password) throws IOException {
    RedisServerProcess redis = new RedisServerProcess(
        Files.createTempDirectory("skein-redis"), freePort(), password);
    redis.restart();
    return redis;
  }

  public HostAndPort address() {
    return new HostAndPort("127.0.0.1", port);
  }

  /** Starts it (again, on the same port, after {@link #kill()}) and waits for PING. */
  void restart() throws IOException {
    List<String> cmd = new ArrayList<>(List.of(executable().orElseThrow().toString(),
        "--port", Integer.toString(port), "--bind", "127.0.0.1", "--save", "",
        "--appendonly", "no", "--dir", dir.toString(), "--daemonize", "no"));
    password.ifPresent(p -> cmd.addAll(List.of("--requirepass", p)));
    process = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(dir.resolve("redis.log").toFile()).start();
    await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(this::answersPing);
  }

  /** SIGKILL, as a crash: no goodbye on its connections. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** Sends one command on a fresh connection (authenticated if needed) and returns the reply. */
  String raw(String... argv) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout(5000);
      OutputStream out = s.getOutputStream();
      if (password.isPresent()) {
        out.write(multibulk("AUTH", password.get()));
        readLine(s.getInputStream());
      }
      out.write(multibulk(argv));
      return readLine(s.getInputStream());
    }
  }

  private boolean answersPing() throws IOException {
    return raw("PING").equals("+PONG");
  }

  private static byte[] multibulk(String... argv) {
    StringBuilder sb = new StringBuilder("*").append(argv.length).append("\r\n");
    for (String a : argv) {
      sb.append('$').append(a.getBytes(StandardCharsets.UTF_8).length).append("\r\n")
          .append(a).append("\r\n");
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = in.read()) != -1 && c != '\n') {
      if (c != '\r') {
        sb.append((char) c);
      }
    }
    return sb.toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    if (process != null) {
      try {
        kill();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // a temp dir left behind is harmless
    }
  }
}
