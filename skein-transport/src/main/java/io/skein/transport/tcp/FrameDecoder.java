package io.skein.transport.tcp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.DecoderException;
import io.skein.transport.frame.FrameCodec;
import io.skein.transport.frame.FrameFormatException;
import java.util.List;

/**
 * Cuts the byte stream into whole frames ({@code byte[]}, length field included) for
 * {@link SessionHandler}. The length is checked before the body is buffered, so a peer cannot
 * make this node allocate more than {@code maxFrameBytes}; a bad length raises a
 * {@link DecoderException} caused by a {@link FrameFormatException}, and every later byte is
 * discarded while the connection closes.
 */
public final class FrameDecoder extends ByteToMessageDecoder {

  private enum State { READ_LENGTH, READ_BODY, BROKEN }

  private final int maxFrameBytes;
  private State state = State.READ_LENGTH;
  private int bodyLength;

  public FrameDecoder(int maxFrameBytes) {
    this.maxFrameBytes = maxFrameBytes;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    switch (state) {
      case READ_LENGTH -> readLength(in);
      case READ_BODY -> readBody(in, out);
      case BROKEN -> in.skipBytes(in.readableBytes());
      default -> throw new IllegalStateException("state: " + state);
    }
  }

  private void readLength(ByteBuf in) {
    if (in.readableBytes() < FrameCodec.LENGTH_FIELD) {
      return;
    }
    long length = in.readUnsignedInt();
    try {
      bodyLength = FrameCodec.checkLength(length, maxFrameBytes);
    } catch (FrameFormatException e) {
      state = State.BROKEN;
      in.skipBytes(in.readableBytes());
      throw new DecoderException(e);
    }
    state = State.READ_BODY;
  }

  private void readBody(ByteBuf in, List<Object> out) {
    if (in.readableBytes() < bodyLength) {
      return;
    }
    byte[] frame = new byte[FrameCodec.LENGTH_FIELD + bodyLength];
    frame[0] = (byte) (bodyLength >>> 24);
    frame[1] = (byte) (bodyLength >>> 16);
    frame[2] = (byte) (bodyLength >>> 8);
    frame[3] = (byte) bodyLength;
    in.readBytes(frame, FrameCodec.LENGTH_FIELD, bodyLength);
    out.add(frame);
    state = State.READ_LENGTH;
  }
}
