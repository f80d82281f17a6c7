package io.skein.server.cluster;

import java.nio.ByteBuffer;
import java.nio.BufferUnderflowException;
import java.util.ArrayList;
import java.util.List;

/**
 * The payloads of the data channel between a coordinator and its replicas. The peer transport
 * authenticates and frames them; this class only lays them out.
 *
 * <pre>
 * request   op u8 | db u8 | resp u8 | kind u8 | version i64 | argc i32 | (len i32, bytes)*
 * reply     status u8 (0 ok, 1 refused) | version i64 | RESP reply bytes (or refusal text)
 * </pre>
 *
 * <p>{@code op} says what the replica does: execute a command at a version, or one of the
 * internal operations of read repair and pub/sub fan-out. {@code resp} is the client's protocol
 * (2 or 3), so replicas encode the reply exactly as the coordinator will pass it on.
 * Decoding checks every length against what is left: a hostile frame is an
 * {@link IllegalArgumentException}, never an allocation of the size it claims.
 */
public final class ReplicaFrames {

  /** Maximum arguments in one replicated command (Redis's multibulk bound). */
  static final int MAX_ARGS = 1024 * 1024;

  /** What the replica is asked to do. */
  public enum Op {
    /** Run the command against the local engine as a replica. */
    EXECUTE,
    /**
     * EXECUTE, then send it on to the owners in the other racks of this node's datacenter:
     * how a write reaches a remote DC, whose coordinator writes one preselected rack there.
     */
    SPREAD,
    /** Run the command against the local engine only, as SKEIN LOCAL does (fan-out reads). */
    LOCAL,
    /** Read repair: answer DUMP payload and absolute expiry of the key, with its version. */
    FETCH,
    /** Deliver a PUBLISH to this node's subscribers; answers the receiver count. */
    PUBLISH
  }

  /** A decoded request. */
  public record Request(Op op, int db, int resp, int kind, long version, byte[][] argv) {}

  /** A decoded reply. */
  public record Reply(boolean ok, long version, byte[] payload) {}

  private ReplicaFrames() {}

  /** The {@code resp} byte for a client's protocol. */
  static int resp(io.skein.resp.RespVersion version) {
    return version == io.skein.resp.RespVersion.RESP3 ? 3 : 2;
  }

  public static byte[] request(Op op, int db, int resp, int kind, long version, byte[][] argv) {
    int size = 4 + 8 + 4;
    for (byte[] a : argv) {
      size += 4 + a.length;
    }
    ByteBuffer b = ByteBuffer.allocate(size);
    b.put((byte) op.ordinal()).put((byte) db).put((byte) resp).put((byte) kind).putLong(version);
    b.putInt(argv.length);
    for (byte[] a : argv) {
      b.putInt(a.length).put(a);
    }
    return b.array();
  }

  public static Request decodeRequest(byte[] frame) {
    try {
      ByteBuffer b = ByteBuffer.wrap(frame);
      int opCode = b.get() & 0xff;
      if (opCode >= Op.values().length) {
        throw new IllegalArgumentException("replica op: " + opCode
            + " (expected: < " + Op.values().length + ")");
      }
      int db = b.get() & 0xff;
      int resp = b.get() & 0xff;
      int kind = b.get() & 0xff;
      if (kind > 2) {
        throw new IllegalArgumentException("replica kind: " + kind + " (expected: 0..2)");
      }
      long version = b.getLong();
      int argc = b.getInt();
      if (argc < 1 || argc > MAX_ARGS || argc > b.remaining() / 4) {
        throw new IllegalArgumentException("replica argc: " + argc + " (expected: 1.."
            + Math.min(MAX_ARGS, b.remaining() / 4) + ")");
      }
      List<byte[]> args = new ArrayList<>(argc);
      for (int i = 0; i < argc; i++) {
        int len = b.getInt();
        if (len < 0 || len > b.remaining()) {
          throw new IllegalArgumentException("replica argument length: " + len
              + " (expected: 0.." + b.remaining() + ")");
        }
        byte[] a = new byte[len];
        b.get(a);
        args.add(a);
      }
      if (b.hasRemaining()) {
        throw new IllegalArgumentException("replica request: " + b.remaining()
            + " trailing bytes (expected: none)");
      }
      return new Request(Op.values()[opCode], db, resp, kind, version,
          args.toArray(new byte[0][]));
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException("replica request: truncated ("
          + frame.length + " bytes)");
    }
  }

  public static byte[] reply(boolean ok, long version, byte[] payload, int offset, int length) {
    ByteBuffer b = ByteBuffer.allocate(9 + length);
    b.put((byte) (ok ? 0 : 1)).putLong(version).put(payload, offset, length);
    return b.array();
  }

  public static Reply decodeReply(byte[] frame) {
    if (frame.length < 9) {
      throw new IllegalArgumentException("replica reply: " + frame.length
          + " bytes (expected: >= 9)");
    }
    ByteBuffer b = ByteBuffer.wrap(frame);
    int status = b.get();
    if (status != 0 && status != 1) {
      throw new IllegalArgumentException("replica reply status: " + status
          + " (expected: 0 or 1)");
    }
    long version = b.getLong();
    byte[] payload = new byte[frame.length - 9];
    b.get(payload);
    return new Reply(status == 0, version, payload);
  }
}
