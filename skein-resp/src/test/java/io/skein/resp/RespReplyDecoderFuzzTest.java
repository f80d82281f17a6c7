package io.skein.resp;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;

/**
 * Fuzz target for the reply decoder: whatever the bytes, it emits only {@link RespValue}s or
 * reports a {@link DecoderException}, never anything else. The default test run replays the
 * seeds in {@code src/test/resources/io/skein/resp/RespReplyDecoderFuzzTestInputs/replyDecoder/};
 * to fuzz it, see docs/protocol.md.
 */
class RespReplyDecoderFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void replyDecoder(byte[] data) {
    EmbeddedChannel channel = new EmbeddedChannel(new RespReplyDecoder(1 << 16));
    try {
      channel.writeInbound(Unpooled.wrappedBuffer(data));
      Object value;
      while ((value = channel.readInbound()) != null) {
        if (!(value instanceof RespValue)) {
          throw new AssertionError("emitted " + value);
        }
        value.hashCode(); // walks the whole tree
      }
    } catch (DecoderException expected) {
      // Malformed replies are reported this way, by design.
    } finally {
      channel.finishAndReleaseAll();
    }
  }
}
