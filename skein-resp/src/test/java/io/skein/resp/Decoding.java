package io.skein.resp;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Feeds bytes to a request decoder in an EmbeddedChannel and renders what it emits as text. */
final class Decoding {

  private Decoding() {}

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Decodes {@code input} delivered as the given consecutive chunks (by their lengths). */
  static List<String> decodeChunks(RespRequestDecoder decoder, byte[] input, int chunkSize) {
    EmbeddedChannel channel = new EmbeddedChannel(decoder);
    for (int at = 0; at < input.length; at += chunkSize) {
      int n = Math.min(chunkSize, input.length - at);
      channel.writeInbound(Unpooled.wrappedBuffer(Arrays.copyOfRange(input, at, at + n)));
    }
    List<String> out = drain(channel);
    channel.finishAndReleaseAll();
    return out;
  }

  /** Decodes {@code input} delivered as two reads split at {@code offset}. */
  static List<String> decodeSplitAt(RespRequestDecoder decoder, byte[] input, int offset) {
    EmbeddedChannel channel = new EmbeddedChannel(decoder);
    channel.writeInbound(Unpooled.wrappedBuffer(Arrays.copyOfRange(input, 0, offset)));
    channel.writeInbound(Unpooled.wrappedBuffer(Arrays.copyOfRange(input, offset, input.length)));
    List<String> out = drain(channel);
    channel.finishAndReleaseAll();
    return out;
  }

  static List<String> decode(String input) {
    return decodeChunks(new RespRequestDecoder(RespLimits.defaults()), bytes(input), Integer.MAX_VALUE);
  }

  /**
   * Runs {@code check} on the output for the input whole, split at every offset, and fed one
   * byte at a time; every way must give the same output.
   */
  static void atEverySplit(java.util.function.Supplier<RespRequestDecoder> decoders, byte[] input,
      Consumer<List<String>> check) {
    List<String> whole = decodeChunks(decoders.get(), input, Math.max(1, input.length));
    check.accept(whole);
    for (int offset = 0; offset <= input.length; offset++) {
      List<String> split = decodeSplitAt(decoders.get(), input, offset);
      if (!split.equals(whole)) {
        throw new AssertionError("split at " + offset + " gave " + split + " but whole gave " + whole);
      }
    }
    List<String> byByte = decodeChunks(decoders.get(), input, 1);
    if (!byByte.equals(whole)) {
      throw new AssertionError("byte by byte gave " + byByte + " but whole gave " + whole);
    }
  }

  static void atEverySplit(String input, Consumer<List<String>> check) {
    atEverySplit(() -> new RespRequestDecoder(RespLimits.defaults()), bytes(input), check);
  }

  /** argv as {@code [a, b, c]}, errors as {@code ERROR message}. */
  static List<String> drain(EmbeddedChannel channel) {
    List<String> out = new ArrayList<>();
    Object message;
    while ((message = channel.readInbound()) != null) {
      out.add(render(message));
    }
    return out;
  }

  static String render(Object message) {
    if (message instanceof RespProtocolError error) {
      return "ERROR " + error.message();
    }
    byte[][] argv = (byte[][]) message;
    List<String> args = new ArrayList<>();
    for (byte[] arg : argv) {
      args.add(new String(arg, StandardCharsets.ISO_8859_1));
    }
    return args.toString();
  }
}
