package io.skein.server.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.core.ManualClock;
import io.skein.engine.command.CommandSpec;
import io.skein.engine.command.CommandTable;
import io.skein.server.ServerSettings;
import io.skein.server.SkeinServer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * COMMAND INFO's arity, flags (in order) and legacy key range of every command Skein had when
 * this was written, as
 * Redis 7.2's command table defines them (src/commands.def: the flags COMMAND INFO does not
 * hide, and the (first, last, step) Redis derives from the key specs; containers such as
 * CONFIG or OBJECT show no flags and no keys, numkeys commands show movablekeys).
 */
class CommandInfoTableTest {

  private static final CommandTable TABLE =
      new SkeinServer(ServerSettings.defaults().withPort(0), new ManualClock(0)).engine()
          .commands();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "get|2|readonly fast|1 1 1",
      "set|-3|write denyoom|1 1 1",
      "setnx|3|write denyoom fast|1 1 1",
      "setex|4|write denyoom|1 1 1",
      "psetex|4|write denyoom|1 1 1",
      "getset|3|write denyoom fast|1 1 1",
      "getdel|2|write fast|1 1 1",
      "getex|-2|write fast|1 1 1",
      "append|3|write denyoom fast|1 1 1",
      "incr|2|write denyoom fast|1 1 1",
      "incrby|3|write denyoom fast|1 1 1",
      "decr|2|write denyoom fast|1 1 1",
      "decrby|3|write denyoom fast|1 1 1",
      "incrbyfloat|3|write denyoom fast|1 1 1",
      "setrange|4|write denyoom|1 1 1",
      "getrange|4|readonly|1 1 1",
      "substr|4|readonly|1 1 1",
      "strlen|2|readonly fast|1 1 1",
      "mget|-2|readonly fast|1 -1 1",
      "mset|-3|write denyoom|1 -1 2",
      "msetnx|-3|write denyoom|1 -1 2",
      "del|-2|write|1 -1 1",
      "unlink|-2|write fast|1 -1 1",
      "exists|-2|readonly fast|1 -1 1",
      "touch|-2|readonly fast|1 -1 1",
      "expire|-3|write fast|1 1 1",
      "pexpire|-3|write fast|1 1 1",
      "expireat|-3|write fast|1 1 1",
      "pexpireat|-3|write fast|1 1 1",
      "expiretime|2|readonly fast|1 1 1",
      "pexpiretime|2|readonly fast|1 1 1",
      "ttl|2|readonly fast|1 1 1",
      "pttl|2|readonly fast|1 1 1",
      "persist|2|write fast|1 1 1",
      "type|2|readonly fast|1 1 1",
      "keys|2|readonly|0 0 0",
      "scan|-2|readonly|0 0 0",
      "randomkey|1|readonly|0 0 0",
      "dbsize|1|readonly fast|0 0 0",
      "rename|3|write|1 2 1",
      "renamenx|3|write fast|1 2 1",
      "copy|-3|write denyoom|1 2 1",
      "move|3|write fast|1 1 1",
      "dump|2|readonly|1 1 1",
      "restore|-4|write denyoom|1 1 1",
      "object|-2||0 0 0",
      "flushall|-1|write|0 0 0",
      "flushdb|-1|write|0 0 0",
      "swapdb|3|write fast|0 0 0",
      "hset|-4|write denyoom fast|1 1 1",
      "hmset|-4|write denyoom fast|1 1 1",
      "hsetnx|4|write denyoom fast|1 1 1",
      "hget|3|readonly fast|1 1 1",
      "hmget|-3|readonly fast|1 1 1",
      "hexists|3|readonly fast|1 1 1",
      "hdel|-3|write fast|1 1 1",
      "hlen|2|readonly fast|1 1 1",
      "hstrlen|3|readonly fast|1 1 1",
      "hgetall|2|readonly|1 1 1",
      "hkeys|2|readonly|1 1 1",
      "hvals|2|readonly|1 1 1",
      "hincrby|4|write denyoom fast|1 1 1",
      "hincrbyfloat|4|write denyoom fast|1 1 1",
      "hrandfield|-2|readonly|1 1 1",
      "hscan|-3|readonly|1 1 1",
      "lpush|-3|write denyoom fast|1 1 1",
      "rpush|-3|write denyoom fast|1 1 1",
      "lpushx|-3|write denyoom fast|1 1 1",
      "rpushx|-3|write denyoom fast|1 1 1",
      "lpop|-2|write fast|1 1 1",
      "rpop|-2|write fast|1 1 1",
      "llen|2|readonly fast|1 1 1",
      "lindex|3|readonly|1 1 1",
      "lrange|4|readonly|1 1 1",
      "lpos|-3|readonly|1 1 1",
      "linsert|5|write denyoom|1 1 1",
      "lset|4|write denyoom|1 1 1",
      "lrem|4|write|1 1 1",
      "ltrim|4|write|1 1 1",
      "lmove|5|write denyoom|1 2 1",
      "rpoplpush|3|write denyoom|1 2 1",
      "blmove|6|write denyoom blocking|1 2 1",
      "brpoplpush|4|write denyoom blocking|1 2 1",
      "blpop|-3|write blocking|1 -2 1",
      "brpop|-3|write blocking|1 -2 1",
      "lmpop|-4|write movablekeys|0 0 0",
      "blmpop|-5|write blocking movablekeys|0 0 0",
      "sadd|-3|write denyoom fast|1 1 1",
      "srem|-3|write fast|1 1 1",
      "scard|2|readonly fast|1 1 1",
      "smembers|2|readonly|1 1 1",
      "sismember|3|readonly fast|1 1 1",
      "smismember|-3|readonly fast|1 1 1",
      "smove|4|write fast|1 2 1",
      "spop|-2|write fast|1 1 1",
      "srandmember|-2|readonly|1 1 1",
      "sscan|-3|readonly|1 1 1",
      "sinter|-2|readonly|1 -1 1",
      "sunion|-2|readonly|1 -1 1",
      "sdiff|-2|readonly|1 -1 1",
      "sinterstore|-3|write denyoom|1 -1 1",
      "sunionstore|-3|write denyoom|1 -1 1",
      "sdiffstore|-3|write denyoom|1 -1 1",
      "sintercard|-3|readonly movablekeys|0 0 0",
      "zadd|-4|write denyoom fast|1 1 1",
      "zincrby|4|write denyoom fast|1 1 1",
      "zcard|2|readonly fast|1 1 1",
      "zcount|4|readonly fast|1 1 1",
      "zlexcount|4|readonly fast|1 1 1",
      "zscore|3|readonly fast|1 1 1",
      "zmscore|-3|readonly fast|1 1 1",
      "zrank|-3|readonly fast|1 1 1",
      "zrevrank|-3|readonly fast|1 1 1",
      "zrange|-4|readonly|1 1 1",
      "zrangebyscore|-4|readonly|1 1 1",
      "zrangebylex|-4|readonly|1 1 1",
      "zrevrange|-4|readonly|1 1 1",
      "zrevrangebyscore|-4|readonly|1 1 1",
      "zrevrangebylex|-4|readonly|1 1 1",
      "zrangestore|-5|write denyoom|1 2 1",
      "zrem|-3|write fast|1 1 1",
      "zremrangebyscore|4|write|1 1 1",
      "zremrangebyrank|4|write|1 1 1",
      "zremrangebylex|4|write|1 1 1",
      "zpopmin|-2|write fast|1 1 1",
      "zpopmax|-2|write fast|1 1 1",
      "bzpopmin|-3|write blocking fast|1 -2 1",
      "bzpopmax|-3|write blocking fast|1 -2 1",
      "zmpop|-4|write movablekeys|0 0 0",
      "bzmpop|-5|write blocking movablekeys|0 0 0",
      "zrandmember|-2|readonly|1 1 1",
      "zscan|-3|readonly|1 1 1",
      "zunion|-3|readonly movablekeys|0 0 0",
      "zinter|-3|readonly movablekeys|0 0 0",
      "zdiff|-3|readonly movablekeys|0 0 0",
      "zintercard|-3|readonly movablekeys|0 0 0",
      "zunionstore|-4|write denyoom movablekeys|1 1 1",
      "zinterstore|-4|write denyoom movablekeys|1 1 1",
      "zdiffstore|-4|write denyoom movablekeys|1 1 1",
      "ping|-1|fast|0 0 0",
      "echo|2|loading stale fast|0 0 0",
      "select|2|loading stale fast|0 0 0",
      "auth|-2|noscript loading stale fast no_auth allow_busy|0 0 0",
      "hello|-1|noscript loading stale fast no_auth allow_busy|0 0 0",
      "reset|1|noscript loading stale fast no_auth allow_busy|0 0 0",
      "quit|-1|noscript loading stale fast no_auth allow_busy|0 0 0",
      "client|-2||0 0 0",
      "multi|1|noscript loading stale fast allow_busy|0 0 0",
      "exec|1|noscript loading stale skip_slowlog|0 0 0",
      "discard|1|noscript loading stale fast allow_busy|0 0 0",
      "watch|-2|noscript loading stale fast allow_busy|1 -1 1",
      "unwatch|1|noscript loading stale fast allow_busy|0 0 0",
      "publish|3|pubsub loading stale fast|0 0 0",
      "subscribe|-2|pubsub noscript loading stale|0 0 0",
      "psubscribe|-2|pubsub noscript loading stale|0 0 0",
      "unsubscribe|-1|pubsub noscript loading stale|0 0 0",
      "punsubscribe|-1|pubsub noscript loading stale|0 0 0",
      "pubsub|-2||0 0 0",
      "info|-1|loading stale|0 0 0",
      "command|-1|loading stale|0 0 0",
      "config|-2||0 0 0",
      "debug|-2|admin noscript loading stale|0 0 0",
      "function|-2||0 0 0",
      "time|1|loading stale fast|0 0 0",
      "lastsave|1|loading stale fast|0 0 0",
      "shutdown|-1|admin noscript loading stale no_multi allow_busy|0 0 0",
  })
  void matchesRedis72(String name, int arity, String flags, String keys) {
    CommandSpec spec = TABLE.lookup(name.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertThat(spec).as(name + " is registered").isNotNull();
    assertThat(spec.arity()).as(name + " arity").isEqualTo(arity);
    List<String> expectedFlags = flags == null ? List.of() : List.of(flags.split(" "));
    assertThat(CommandCommand.flagNames(spec)).as(name + " flags").isEqualTo(expectedFlags);
    int[] expectedKeys = Arrays.stream(keys.split(" ")).mapToInt(Integer::parseInt).toArray();
    assertThat(CommandCommand.legacyKeyRange(spec)).as(name + " first,last,step")
        .containsExactly(expectedKeys);
  }
}
