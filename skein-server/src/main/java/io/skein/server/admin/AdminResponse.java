package io.skein.server.admin;

import java.nio.charset.StandardCharsets;

/**
 * One answer of the admin port, independent of HTTP's plumbing.
 *
 * @param status the HTTP status
 * @param contentType the media type with its charset
 * @param body the body's bytes
 */
public record AdminResponse(int status, String contentType, byte[] body) {

  static final String TEXT = "text/plain; charset=utf-8";
  static final String JSON = "application/json; charset=utf-8";

  static AdminResponse text(int status, String body) {
    return new AdminResponse(status, TEXT, body.getBytes(StandardCharsets.UTF_8));
  }

  static AdminResponse json(String body) {
    return new AdminResponse(200, JSON, body.getBytes(StandardCharsets.UTF_8));
  }

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
