package io.skein.server.net;

import io.netty.buffer.ByteBuf;
import io.skein.engine.command.ReplySink;
import io.skein.resp.RespEncoder;
import io.skein.resp.RespVersion;
import java.nio.charset.StandardCharsets;

/**
 * A {@link ReplySink} that encodes replies into a Netty buffer in the client's RESP version.
 * The buffer is swapped in and out by the connection ({@link #target(ByteBuf)}), so one sink
 * serves a connection for its whole life without allocating per reply.
 *
 * <p>Not thread-safe: used by the thread that runs the connection's current command.
 */
public final class RespSink implements ReplySink {

  private ByteBuf out;
  private RespVersion version = RespVersion.RESP2;

  public RespSink(RespVersion version) {
    this.version = version;
  }

  /** Directs the following replies into {@code buffer}. */
  public void target(ByteBuf buffer) {
    this.out = buffer;
  }

  public ByteBuf target() {
    return out;
  }

  public RespVersion version() {
    return version;
  }

  public void version(RespVersion version) {
    this.version = version;
  }

  @Override
  public void simple(String status) {
    RespEncoder.simpleString(out, status);
  }

  @Override
  public void error(String message) {
    RespEncoder.error(out, message);
  }

  @Override
  public void integer(long value) {
    RespEncoder.integer(out, value);
  }

  @Override
  public void bulk(byte[] value) {
    if (value == null) {
      RespEncoder.nullBulk(out, version);
    } else {
      RespEncoder.bulk(out, value);
    }
  }

  @Override
  public void bulk(byte[] value, int offset, int length) {
    RespEncoder.bulk(out, value, offset, length);
  }

  @Override
  public void bulk(String value) {
    RespEncoder.bulk(out, value);
  }

  @Override
  public void nullBulk() {
    RespEncoder.nullBulk(out, version);
  }

  @Override
  public void nullArray() {
    RespEncoder.nullArray(out, version);
  }

  @Override
  public void arrayHeader(int count) {
    RespEncoder.arrayHeader(out, count);
  }

  @Override
  public void mapHeader(int pairs) {
    RespEncoder.mapHeader(out, pairs, version);
  }

  @Override
  public void setHeader(int count) {
    RespEncoder.setHeader(out, count, version);
  }

  /** A push message of {@code count} elements (pub/sub); an array in RESP2. */
  public void pushHeader(int count) {
    RespEncoder.pushHeader(out, count, version);
  }

  @Override
  public void doubleValue(double value) {
    RespEncoder.doubleValue(out, value, version);
  }

  @Override
  public void bool(boolean value) {
    RespEncoder.bool(out, value, version);
  }

  @Override
  public void verbatim(String text) {
    RespEncoder.verbatim(out, "txt", text.getBytes(StandardCharsets.UTF_8), version);
  }

  @Override
  public boolean resp3() {
    return version == RespVersion.RESP3;
  }
}
