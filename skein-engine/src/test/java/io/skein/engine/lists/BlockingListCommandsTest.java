package io.skein.engine.lists;

import static io.skein.engine.lists.FakeBlockedClient.BLOCKED;
import static org.assertj.core.api.Assertions.assertThat;

import io.skein.engine.command.CommandSpec;
import io.skein.engine.testing.EngineHarness;
import io.skein.engine.testing.RecordingSink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The blocking list commands run through the executor, with clients that really block. */
class BlockingListCommandsTest {

  private final EngineHarness h = new EngineHarness();
  private final FakeBlockedClient a = new FakeBlockedClient(h.engine);
  private final FakeBlockedClient b = new FakeBlockedClient(h.engine);

  @Test
  void blpopWithDataAnswersAtOnce() {
    h.run("RPUSH", "k2", "x", "y");
    assertThat(a.send("BLPOP", "k1", "k2", "0")).isEqualTo(List.of("k2", "x"));
    assertThat(a.send("BRPOP", "k1", "k2", "0")).isEqualTo(List.of("k2", "y"));
    assertThat(h.run("EXISTS", "k2")).isEqualTo(0L);
  }

  @Test
  void blpopWaitsUntilAnotherClientPushes() {
    assertThat(a.send("BLPOP", "k", "0")).isSameAs(BLOCKED);
    assertThat(h.engine.executor().blockedClients()).isEqualTo(1);
    assertThat(a.timeoutMillis()).isZero();
    assertThat(h.run("RPUSH", "k", "v")).isEqualTo(1L);
    assertThat(a.reply()).isEqualTo(List.of("k", "v"));
    assertThat(h.engine.executor().blockedClients()).isZero();
    assertThat(h.run("EXISTS", "k")).as("the waiter took the only element").isEqualTo(0L);
  }

  @Test
  void waitersAreServedInTheOrderTheyBlocked() {
    a.send("BRPOP", "k", "0");
    b.send("BRPOP", "k", "0");
    h.run("RPUSH", "k", "first");
    assertThat(a.reply()).isEqualTo(List.of("k", "first"));
    assertThat(b.isBlocked()).isTrue();
    h.run("RPUSH", "k", "second");
    assertThat(b.reply()).isEqualTo(List.of("k", "second"));
  }

  @Test
  void aRetryEndsWhileTheClientsKeysAreStillLocked() {
    // A writer on another thread that makes b's other key ready must find b claimable: if b's
    // failed retry ended after the unlock, that writer's claim could fail and b would sleep on.
    a.send("BLPOP", "k", "0");
    b.send("BLPOP", "k", "other", "0");
    h.run("RPUSH", "k", "x");
    assertThat(a.reply()).isEqualTo(List.of("k", "x"));
    assertThat(b.isBlocked()).isTrue();
    assertThat(a.endedUnlocked()).isFalse();
    assertThat(b.endedUnlocked()).isFalse();
  }

  @Test
  void onePushOfManyElementsServesManyWaiters() {
    a.send("BLPOP", "k", "0");
    b.send("BLPOP", "other", "k", "0");
    h.run("RPUSH", "k", "x", "y", "z");
    assertThat(a.reply()).isEqualTo(List.of("k", "x"));
    assertThat(b.reply()).isEqualTo(List.of("k", "y"));
    assertThat(h.run("LRANGE", "k", "0", "-1")).isEqualTo(List.of("z"));
  }

  @Test
  void aRepeatedKeyIsWaitedOnOnce() {
    a.send("BLPOP", "k", "k", "0");
    h.run("RPUSH", "k", "x", "y");
    assertThat(a.reply()).isEqualTo(List.of("k", "x"));
    assertThat(h.engine.executor().blockedClients()).isZero();
    assertThat(h.run("LLEN", "k")).isEqualTo(1L);
  }

  @Test
  void blmoveWakesAWaiterOnItsDestination() {
    assertThat(a.send("BLMOVE", "src", "dst", "LEFT", "RIGHT", "0")).isSameAs(BLOCKED);
    assertThat(b.send("BLPOP", "dst", "0")).isSameAs(BLOCKED);
    h.run("RPUSH", "src", "v");
    assertThat(a.reply()).isEqualTo("v");
    assertThat(b.reply()).isEqualTo(List.of("dst", "v"));
    assertThat(h.run("EXISTS", "src", "dst")).isEqualTo(0L);
  }

  @Test
  void brpoplpushChainsThroughSeveralLists() {
    a.send("BRPOPLPUSH", "l1", "l2", "0");
    b.send("BRPOPLPUSH", "l2", "l3", "0");
    h.run("LPUSH", "l1", "v");
    assertThat(a.reply()).isEqualTo("v");
    assertThat(b.reply()).isEqualTo("v");
    assertThat(h.run("LRANGE", "l3", "0", "-1")).isEqualTo(List.of("v"));
  }

  @Test
  void blmpopServesCountElements() {
    a.send("BLMPOP", "0", "2", "k1", "k2", "RIGHT", "COUNT", "2");
    h.run("RPUSH", "k2", "a", "b", "c");
    assertThat(a.reply()).isEqualTo(List.of("k2", List.of("c", "b")));
  }

  @Test
  void insideMultiTheyAnswerAsOnTimeout() {
    a.context().inTransaction(true);
    assertThat(a.send("BLPOP", "k", "0")).isNull();
    assertThat(a.send("BLMOVE", "k", "d", "LEFT", "LEFT", "0")).isNull();
    assertThat(a.send("BLMPOP", "0", "1", "k", "LEFT")).isNull();
    a.context().inTransaction(false);
    assertThat(h.engine.executor().blockedClients()).isZero();
    assertThat(transaction(a, new String[] {"BRPOP", "k", "0"})).isEqualTo(Arrays.asList(
        (Object) null));
  }

  @Test
  void aKeyThatBecomesAnotherTypeKeepsTheClientWaiting() {
    a.send("BLPOP", "k", "0");
    assertThat(transaction(b, new String[] {"LPUSH", "k", "x"}, new String[] {"DEL", "k"},
        new String[] {"SET", "k", "str"})).isEqualTo(List.of(1L, 1L, "+OK"));
    assertThat(a.isBlocked()).isTrue();
    h.run("DEL", "k");
    h.run("LPUSH", "k", "bar");
    assertThat(a.reply()).isEqualTo(List.of("k", "bar"));
  }

  @Test
  void aWrongTypeDestinationAnswersWrongTypeWhenServed() {
    h.run("SET", "dst", "str");
    a.send("BRPOPLPUSH", "src", "dst", "0");
    h.run("RPUSH", "src", "foo");
    assertThat(a.reply())
        .isEqualTo("-WRONGTYPE Operation against a key holding the wrong kind of value");
    assertThat(h.run("LRANGE", "src", "0", "-1")).isEqualTo(List.of("foo"));
  }

  @Test
  void aTimedOutClientIsNotServed() {
    a.send("BLPOP", "k", "1.5");
    assertThat(a.timeoutMillis()).isEqualTo(1500);
    a.timeOut();
    assertThat(a.reply()).isNull();
    h.run("RPUSH", "k", "v");
    assertThat(h.run("LLEN", "k")).isEqualTo(1L);
    assertThat(h.engine.executor().blockedClients()).isZero();
  }

  @Test
  void timeoutsAreValidatedBeforeAnything() {
    h.run("RPUSH", "k", "v");
    for (String[] cmd : new String[][] {{"BLPOP", "k", "x"}, {"BRPOP", "k", "nan"},
        {"BLMOVE", "k", "d", "LEFT", "LEFT", "x"}, {"BRPOPLPUSH", "k", "d", "1x"},
        {"BLMPOP", "x", "1", "k", "LEFT"}}) {
      assertThat(a.send(cmd)).as(String.join(" ", cmd))
          .isEqualTo("-ERR timeout is not a float or out of range");
    }
    assertThat(a.send("BLPOP", "k", "-1")).isEqualTo("-ERR timeout is negative");
    assertThat(a.send("BRPOP", "k", "inf")).isEqualTo("-ERR timeout is out of range");
    assertThat(a.send("BLMOVE", "k", "d", "UP", "LEFT", "-1")).isEqualTo("-ERR syntax error");
    assertThat(a.send("BLMPOP", "0", "0", "k", "LEFT"))
        .isEqualTo("-ERR numkeys should be greater than 0");
    assertThat(h.run("LLEN", "k")).isEqualTo(1L);
  }

  @Test
  void aWrongTypeKeyBeforeAnyListIsAnErrorOnTheFirstRun() {
    h.run("SET", "s", "v");
    h.run("RPUSH", "k", "x");
    assertThat(a.send("BLPOP", "s", "k", "0"))
        .isEqualTo("-WRONGTYPE Operation against a key holding the wrong kind of value");
    assertThat(a.send("BLPOP", "k", "s", "0")).isEqualTo(List.of("k", "x"));
    assertThat(a.send("BLMOVE", "s", "d", "LEFT", "LEFT", "0"))
        .isEqualTo("-WRONGTYPE Operation against a key holding the wrong kind of value");
  }

  private Object transaction(FakeBlockedClient client, String[]... commands) {
    List<CommandSpec> specs = new ArrayList<>();
    List<byte[][]> argvs = new ArrayList<>();
    for (String[] c : commands) {
      byte[][] argv = new byte[c.length][];
      for (int i = 0; i < c.length; i++) {
        argv[i] = c[i].getBytes();
      }
      specs.add(h.engine.commands().lookup(argv[0]));
      argvs.add(argv);
    }
    RecordingSink sink = new RecordingSink(false);
    h.engine.executor().executeTransaction(client.context(), specs, argvs, null, sink);
    return sink.take();
  }
}
