package io.skein.resp;

import static io.skein.resp.Decoding.atEverySplit;
import static io.skein.resp.Decoding.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every protocol error, byte for byte as Redis words it, at every split of the input; a command
 * before the bad input is still emitted, and nothing after it ever is.
 */
class RespRequestDecoderErrorTest {

  private static final String TAIL = "*1\r\n$4\r\nPING\r\nPING\r\n";

  static Stream<Arguments> malformed() {
    String longDigits = "1".repeat(70_000);
    return Stream.of(
        Arguments.of("*abc\r\n", "invalid multibulk length"),
        Arguments.of("*\r\n", "invalid multibulk length"),
        Arguments.of("*01\r\n", "invalid multibulk length"),
        Arguments.of("*+1\r\n", "invalid multibulk length"),
        Arguments.of("*1 \r\n", "invalid multibulk length"),
        Arguments.of("*3000000000\r\n", "invalid multibulk length"),
        Arguments.of("*99999999999999999999\r\n", "invalid multibulk length"),
        Arguments.of("*1\r\n$-1\r\n", "invalid bulk length"),
        Arguments.of("*1\r\n$abc\r\n", "invalid bulk length"),
        Arguments.of("*1\r\n$\r\n", "invalid bulk length"),
        Arguments.of("*1\r\n$536870913\r\n", "invalid bulk length"),
        Arguments.of("*1\r\nfoo\r\n", "expected '$', got 'f'"),
        Arguments.of("*3\r\n$3\r\nSET\r\n$1\r\nx\r\nfooz\r\n", "expected '$', got 'f'"),
        Arguments.of("*1\r\n\r\n", "expected '$', got ' '"),
        Arguments.of("*1\r\n\0\r\n", "expected '$', got '"),
        Arguments.of("*" + longDigits, "too big mbulk count string"),
        Arguments.of("*" + longDigits + "\r\n", "too big mbulk count string"),
        Arguments.of("*1\r\n$" + longDigits, "too big bulk count string"),
        Arguments.of("x".repeat(70_000), "too big inline request"),
        Arguments.of("x".repeat(70_000) + "\r\n", "too big inline request"),
        Arguments.of("set \"a b\r\n", "unbalanced quotes in request"),
        Arguments.of("set 'a b\r\n", "unbalanced quotes in request"),
        Arguments.of("set \"a\"b\r\n", "unbalanced quotes in request"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void reportsRedisErrorTextAndThenNothing(String input, String message) {
    byte[] bytes = bytes("PING\r\n" + input + TAIL);
    Supplier<RespRequestDecoder> decoders = () -> new RespRequestDecoder(RespLimits.defaults());
    if (bytes.length > 1000) {
      // Long inputs: every split would be quadratic; a few representative chunkings suffice.
      for (int chunk : new int[] {1, 1000, 16_384, 65_536, bytes.length}) {
        assertThat(Decoding.decodeChunks(decoders.get(), bytes, chunk)).as("chunk %d", chunk)
            .containsExactly("[PING]", "ERROR Protocol error: " + message);
      }
      return;
    }
    atEverySplit(decoders, bytes, out ->
        assertThat(out).containsExactly("[PING]", "ERROR Protocol error: " + message));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void errorsOnlyOncePerChannel(String input, String message) {
    byte[] twice = bytes(input + input);
    assertThat(Decoding.decodeChunks(new RespRequestDecoder(RespLimits.defaults()), twice, 4096))
        .containsExactly("ERROR Protocol error: " + message);
  }
}
