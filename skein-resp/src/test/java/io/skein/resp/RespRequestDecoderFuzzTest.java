package io.skein.resp;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzz target for the request decoder. The default test run replays the committed seeds in
 * {@code src/test/resources/io/skein/resp/RespRequestDecoderFuzzTestInputs/requestDecoder/};
 * the {@code fuzz} surefire execution then fuzzes it for ten seconds (see docs/protocol.md).
 *
 * <p>The request decoder's properties: it never throws; it emits nothing after a protocol
 * error; every argv has at least one argument and no null; and the output does not depend on
 * how the bytes were split into reads.
 */
class RespRequestDecoderFuzzTest {

  /** Small limits so that fuzzed inputs reach every limit check. */
  private static final RespLimits SMALL = new RespLimits(300, 50, 128, 3, 16);

  @FuzzTest(maxDuration = "10s")
  void requestDecoder(byte[] data) {
    if (data.length == 0) {
      return;
    }
    int control = data[0] & 0xFF;
    byte[] input = Arrays.copyOfRange(data, 1, data.length);
    int chunk = 1 + (control & 0x0F);
    List<Object> whole = decodeRequests(control, input, Math.max(1, input.length));
    List<Object> pieces = decodeRequests(control, input, chunk);
    checkWellFormed(whole);
    if (!render(whole).equals(render(pieces))) {
      throw new AssertionError("split into " + chunk + "-byte reads gave " + render(pieces)
          + " but whole gave " + render(whole));
    }
  }

  private static List<Object> decodeRequests(int control, byte[] input, int chunk) {
    RespRequestDecoder decoder = new RespRequestDecoder((control & 0x10) != 0 ? SMALL : RespLimits.defaults());
    decoder.requireAuthentication((control & 0x20) != 0);
    EmbeddedChannel channel = new EmbeddedChannel(decoder);
    List<Object> out = new ArrayList<>();
    for (int at = 0; at < input.length; at += chunk) {
      channel.writeInbound(Unpooled.wrappedBuffer(input, at, Math.min(chunk, input.length - at)));
      Object message;
      while ((message = channel.readInbound()) != null) {
        out.add(message);
      }
    }
    channel.finishAndReleaseAll();
    return out;
  }

  private static void checkWellFormed(List<Object> out) {
    for (int i = 0; i < out.size(); i++) {
      Object message = out.get(i);
      if (message instanceof RespProtocolError error) {
        if (i != out.size() - 1) {
          throw new AssertionError("emitted " + out.get(i + 1) + " after " + error);
        }
        if (!error.message().startsWith("Protocol error: ")) {
          throw new AssertionError("unexpected error text: " + error.message());
        }
      } else if (message instanceof byte[][] argv) {
        if (argv.length == 0) {
          throw new AssertionError("empty argv");
        }
        for (byte[] arg : argv) {
          if (arg == null) {
            throw new AssertionError("null argument");
          }
        }
      } else {
        throw new AssertionError("emitted " + message);
      }
    }
  }

  private static List<String> render(List<Object> out) {
    List<String> rendered = new ArrayList<>();
    out.forEach(message -> rendered.add(Decoding.render(message)));
    return rendered;
  }
}
