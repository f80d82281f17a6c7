package io.skein.engine.sets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedisSetTest {

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> members(RedisSet s) {
    List<String> out = new ArrayList<>();
    s.forEach(m -> out.add(new String(m, StandardCharsets.UTF_8)));
    return out;
  }

  private static RedisSet of(String prefix, int n) {
    RedisSet s = new RedisSet();
    for (int i = 0; i < n; i++) {
      s.add(b(prefix + i));
    }
    return s;
  }

  @Test
  void memoryEstimateFollowsTheContentsInEveryEncoding() {
    for (RedisSet s : new RedisSet[] {of("", 100), of("m", 50), of("m", 1000)}) {
      String encoding = s.encoding();
      long full = s.memoryEstimate();
      List<String> all = members(s);
      s.add(b("one more member"));
      assertThat(s.memoryEstimate()).as(encoding).isGreaterThanOrEqualTo(full);
      for (String m : all) {
        s.remove(b(m));
      }
      assertThat(s.size()).isEqualTo(1);
      assertThat(s.memoryEstimate()).as(encoding).isLessThan(full);
    }
  }

  @Test
  void copyIsDeepInEveryEncoding() {
    for (RedisSet s : new RedisSet[] {of("", 3), of("m", 3), of("m", 300)}) {
      RedisSet c = s.copy();
      List<String> before = members(s);
      s.add(b("new"));
      s.remove(b(before.get(0)));
      assertThat(members(c)).as(c.encoding()).isEqualTo(before);
      assertThat(c.encoding()).isNotNull();
    }
  }

  @Test
  void writeToAndReadFromRoundTripEveryEncoding() throws IOException {
    for (RedisSet s : new RedisSet[] {new RedisSet(), of("", 600), of("", 3), of("m", 3),
        of("m", 300)}) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      s.writeTo(new DataOutputStream(bytes));
      RedisSet back = RedisSet.readFrom(
          new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
      assertThat(back.encoding()).isEqualTo(s.encoding());
      assertThat(back.size()).isEqualTo(s.size());
      assertThat(members(back)).containsExactlyInAnyOrderElementsOf(members(s));
      assertThat(back.memoryEstimate()).isEqualTo(s.memoryEstimate());
    }
  }
}
