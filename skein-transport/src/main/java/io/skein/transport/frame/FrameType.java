package io.skein.transport.frame;

/** The kinds of frame on a peer connection, with their wire codes. */
public enum FrameType {
  /** Opens a connection: advertised address, session nonce, proof of the cluster secret. */
  HELLO(1),
  /** Expects a {@link #REPLY} or {@link #ERROR_REPLY} with the same correlation id. */
  REQUEST(2),
  REPLY(3),
  /** The peer's handler failed the request; the payload is a UTF-8 message. */
  ERROR_REPLY(4),
  /** Best effort, no reply. */
  ONEWAY(5);

  private static final FrameType[] BY_CODE = new FrameType[6];

  static {
    for (FrameType t : values()) {
      BY_CODE[t.code] = t;
    }
  }

  private final int code;

  FrameType(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The type with wire code {@code code}, or null when there is none. */
  public static FrameType fromCode(int code) {
    return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
  }
}
