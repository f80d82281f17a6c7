package io.skein.engine.hashes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedisHashTest {

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, String> contents(RedisHash h) {
    Map<String, String> m = new LinkedHashMap<>();
    h.forEach((f, v) -> m.put(new String(f, StandardCharsets.UTF_8),
        new String(v, StandardCharsets.UTF_8)));
    return m;
  }

  @Test
  void memoryEstimateGrowsAndShrinksWithTheContentsInBothEncodings() {
    for (int n : new int[] {10, 500}) {
      RedisHash h = new RedisHash();
      long empty = h.memoryEstimate();
      for (int i = 0; i < n; i++) {
        h.put(b("field" + i), b("value" + i));
      }
      long full = h.memoryEstimate();
      assertThat(full).as("n=%d", n).isGreaterThan(empty + n * 32L);
      h.put(b("field0"), b("a much longer value than before"));
      assertThat(h.memoryEstimate()).isGreaterThan(full);
      for (int i = 0; i < n; i++) {
        h.remove(b("field" + i));
      }
      assertThat(h.size()).isZero();
      assertThat(h.memoryEstimate()).as("n=%d", n).isLessThan(full / 4 + 200);
    }
  }

  @Test
  void copyIsDeep() {
    RedisHash h = new RedisHash();
    h.put(b("a"), b("1"));
    RedisHash c = h.copy();
    h.put(b("a"), b("2"));
    h.put(b("b"), b("3"));
    assertThat(contents(c)).isEqualTo(Map.of("a", "1"));
    assertThat(c.memoryEstimate()).isLessThan(h.memoryEstimate());
  }

  @Test
  void writeToAndReadFromRoundTripBothEncodings() throws IOException {
    for (int n : new int[] {0, 3, 300}) {
      RedisHash h = new RedisHash();
      for (int i = 0; i < n; i++) {
        h.put(b("f" + i), b("v" + i));
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      h.writeTo(new DataOutputStream(bytes));
      RedisHash back = RedisHash.readFrom(
          new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
      assertThat(contents(back)).as("n=%d", n).isEqualTo(contents(h));
      assertThat(back.encoding()).isEqualTo(h.encoding());
      assertThat(back.memoryEstimate()).isEqualTo(h.memoryEstimate());
    }
  }
}
