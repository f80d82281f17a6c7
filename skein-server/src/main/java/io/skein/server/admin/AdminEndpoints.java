package io.skein.server.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import io.skein.routing.pool.ServerPool;
import io.skein.routing.topology.ConsistencyLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The admin port's endpoints as a function from a request line to an {@link AdminResponse},
 * apart from HTTP's plumbing so every answer can be tested directly.
 *
 * <p>Dynomite's endpoints answer as Dynomite does ({@code OK} for {@code /ping} and a
 * successful {@code /set_consistency}, its two-line {@code /get_consistency}); where Dynomite
 * would silently ignore a bad request, Skein answers 400 with what was expected and changes
 * nothing. Thread-safe: it holds no state of its own.
 */
final class AdminEndpoints {

  static final String HELP = String.join("\n",
      "/info", "/ping", "/metrics", "/cluster_describe", "/ring", "/get_consistency",
      "/set_consistency/<read|write>/<dc_one|dc_quorum|dc_safe_quorum|dc_each_safe_quorum>",
      "/help", "");
  private static final String OK = "OK\r\n";
  private static final String SET_FORM = "/set_consistency/<read|write>/<level>";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final System.Logger LOG = System.getLogger(AdminEndpoints.class.getName());

  private final AdminModel model;
  private final ExpositionFormats formats = ExpositionFormats.init();

  AdminEndpoints(AdminModel model) {
    this.model = model;
  }

  /**
   * @param method the HTTP method
   * @param uri the request target; a query string is ignored
   * @param accept the Accept header, or null (chooses the metrics format)
   */
  AdminResponse handle(String method, String uri, String accept) {
    if (!method.equals("GET")) {
      return AdminResponse.text(405, "method: " + method + " (expected: GET)\n");
    }
    int query = uri.indexOf('?');
    String path = query >= 0 ? uri.substring(0, query) : uri;
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return switch (path) {
      case "/", "/help" -> AdminResponse.text(200, HELP);
      case "/ping" -> AdminResponse.text(200, OK);
      case "/info" -> AdminResponse.json(info());
      case "/metrics" -> metrics(accept);
      case "/cluster_describe" -> AdminResponse.json(
          TopologyJson.clusterDescribe(model.topology().current(), model::phi));
      case "/ring" -> AdminResponse.json(TopologyJson.ring(model.topology().current()));
      case "/get_consistency" -> AdminResponse.text(200, consistency(model.topology().current()));
      default -> path.startsWith("/set_consistency/") ? setConsistency(path)
          : AdminResponse.text(404, "endpoint: '" + path + "' (expected one of:\n" + HELP + ")\n");
    };
  }

  /** Dynomite's text, {@code Read Consistency: DC_ONE} and the write line, CRLF-ended. */
  static String consistency(ServerPool pool) {
    return "Read Consistency: " + pool.config().readConsistency() + "\r\nWrite Consistency: "
        + pool.config().writeConsistency() + "\r\n";
  }

  /**
   * Synchronized because the level not named keeps its current value: read it and write both
   * under one lock, and no two admin requests can undo each other (the admin port is the only
   * writer of consistency levels).
   */
  private synchronized AdminResponse setConsistency(String path) {
    String[] parts = path.substring("/set_consistency/".length()).split("/", -1);
    if (parts.length != 2 || !(parts[0].equals("read") || parts[0].equals("write"))) {
      return AdminResponse.text(400, "set_consistency: '" + path + "' (expected: " + SET_FORM
          + ")\n");
    }
    ConsistencyLevel level;
    try {
      level = ConsistencyLevel.parse(parts[1]);
    } catch (IllegalArgumentException e) {
      return AdminResponse.text(400, e.getMessage() + "\n");
    }
    boolean read = parts[0].equals("read");
    ServerPool current = model.topology().current();
    model.topology().updateConsistency(
        read ? level : current.config().readConsistency(),
        read ? current.config().writeConsistency() : level);
    LOG.log(System.Logger.Level.INFO, "[{0}][admin] {1} consistency set to {2}",
        model.nodeName(), parts[0], level);
    return AdminResponse.text(200, OK);
  }

  private String info() {
    NodeInfo info = model.info();
    ServerPool pool = model.topology().current();
    ObjectNode root = JSON.createObjectNode()
        .put("service", "skein")
        .put("source", info.source())
        .put("version", info.version())
        .put("uptime", info.uptimeSeconds())
        .put("timestamp", info.timestampSeconds())
        .put("rack", pool.config().rack())
        .put("dc", pool.config().dc())
        .put("total_connections", info.totalConnections())
        .put("curr_connections", info.currConnections())
        .put("read_consistency", pool.config().readConsistency().name())
        .put("write_consistency", pool.config().writeConsistency().name());
    ObjectNode poolNode = root.putObject("dyn_o_mite");
    info.poolStats().forEach(poolNode::put);
    ObjectNode store = poolNode.putObject(info.datastoreName());
    info.datastoreStats().forEach(store::put);
    return root.toString();
  }

  private AdminResponse metrics(String accept) {
    ExpositionFormatWriter writer = formats.findWriter(accept);
    if (!writer.isAvailable()) {
      writer = formats.getPrometheusTextFormatWriter(); // protobuf asked for, not on the classpath
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try {
      writer.write(out, model.registry().scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new AdminResponse(200, writer.getContentType(), out.toByteArray());
  }
}
