#!/usr/bin/env bash
# Side-by-side benchmark of Skein and redis-server on this machine, in one run.
#
# 1. Throughput: starts redis-server (no persistence) and bin/skein on loopback ports and runs
#    redis-benchmark with identical settings against each (-t TESTS -c CLIENTS -r 1000000, at
#    -P 1 and -P 16), alternating the two servers ROUNDS times so that load from elsewhere on the
#    machine hits both alike. Reports per test the median ops/s of each server with its min-max,
#    and the median and min-max of the per-round ratio Skein/Redis, p50 and p99 latency. Both
#    servers first get one untimed warm-up run of every test (a JVM compiles as it goes).
# 2. GC pauses: every JVM pause during the throughput phase, from Skein's -Xlog:gc output (count,
#    p50, p99, max).
# 3. Memory: restarts both servers, loads KEYS keys (16-byte keys, 32-byte values) into each with
#    redis-cli --pipe, waits for the JVM to settle (a collection and the uncommit of empty heap,
#    see bin/skein), and reports resident memory per key over each server's empty baseline, and
#    the peak resident set.
# Then writes the results between the markers in docs/benchmarks.md (WRITE_DOCS=0: print only).
#
# Usage: skein-benchmarks/compare.sh [ROUNDS]
#   env: TESTS (set,get,incr,lpush,hset,zadd) CLIENTS (50) REQUESTS_P1 (100000)
#        REQUESTS_P16 (1000000) KEYS (1000000) SKEIN_ARGS (extra server options, e.g.
#        "--io-threads 1") SKEIN_GC / SKEIN_JAVA_OPTS (passed to bin/skein) WRITE_DOCS (1)
# Runtime: about 6 minutes for 3 rounds on a quiet 2-core machine (2 x 3 x 2 redis-benchmark
# runs of 2-4 s each, plus about 90 s for the memory phase); longer when the machine is busy.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-3}"
tests="${TESTS:-set,get,incr,lpush,hset,zadd}"
clients="${CLIENTS:-50}"
requests_p1="${REQUESTS_P1:-100000}"
requests_p16="${REQUESTS_P16:-1000000}"
keys="${KEYS:-1000000}"
random_keys=1000000
redis_port=16379
skein_port=16380
work="$(mktemp -d)"
skein_pid=
trap 'redis-cli -p $redis_port shutdown nosave >/dev/null 2>&1 || true
  [ -n "$skein_pid" ] && kill $skein_pid 2>/dev/null; rm -rf "$work"' EXIT

if ! command -v redis-server >/dev/null || ! command -v redis-benchmark >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server redis-tools) >/dev/null
fi

# Starts both servers; $1 names Skein's GC log.
start_servers() {
  redis-server --port $redis_port --save '' --appendonly no --daemonize yes \
    --logfile "$work/redis.log" --dir "$work"
  SKEIN_JAVA_OPTS="${SKEIN_JAVA_OPTS:-} -Xlog:gc:file=$1" \
    "$root/bin/skein" server --port $skein_port ${SKEIN_ARGS:-} >"$work/skein.log" 2>&1 &
  skein_pid=$!
  for port in $redis_port $skein_port; do
    for _ in $(seq 1 240); do
      redis-cli -p $port ping >/dev/null 2>&1 && continue 2
      sleep 0.5
    done
    echo "server on port $port did not start" >&2; cat "$work/skein.log" >&2; exit 1
  done
  redis_pid=$(redis-cli -p $redis_port info server | awk -F: '/^process_id/ {print $2}' | tr -d '\r')
  java_pid=$(redis-cli -p $skein_port info server | awk -F: '/^process_id/ {print $2}' | tr -d '\r')
}

stop_servers() {
  redis-cli -p $redis_port shutdown nosave >/dev/null 2>&1 || true
  kill $skein_pid 2>/dev/null || true
  wait $skein_pid 2>/dev/null || true
  skein_pid=
}

# One redis-benchmark run; appends "round server pipeline test rps p50 p99" lines to results.
bench() {
  local round=$1 name=$2 port=$3 pipeline=$4 requests
  requests=$([ "$pipeline" = 1 ] && echo "$requests_p1" || echo "$requests_p16")
  redis-cli -p "$port" flushall >/dev/null
  redis-benchmark -p "$port" -t "$tests" -c "$clients" -n "$requests" -r $random_keys \
      -P "$pipeline" --csv 2>/dev/null | tail -n +2 | tr -d '"' |
    awk -F, -v r="$round" -v s="$name" -v p="$pipeline" \
      '{split($1, t, " "); print r, s, p, t[1], $2, $5, $7}' >>"$work/results"
}

rss_kb() { awk -v f="${2:-VmRSS}" '$1 == f ":" {print $2}' "/proc/$1/status"; }

started=$(date -u '+%Y-%m-%d %H:%M UTC')
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
machine="$(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(uname -sr)"
jdk=$(java -version 2>&1 | head -1)
redis_version=$(redis-server --version | awk '{print $3}' | cut -d= -f2)
echo "machine: $machine; $jdk; redis $redis_version; load $load_before"

# 1. Throughput, servers alternating.
start_servers "$work/gc-bench.log"
collector=$(redis-cli -p $skein_port info memory | awk -F: '/^gc_collectors/ {print $2}' | tr -d '\r')
# Warm-up, not measured: a JVM compiles its hot paths during the first seconds of load, and a
# long-running server is warm; both servers get the same untimed run so neither is favoured.
for port in $redis_port $skein_port; do
  redis-benchmark -p $port -t "$tests" -c "$clients" -n 50000 -r $random_keys -P 1 -q >/dev/null
  redis-benchmark -p $port -t "$tests" -c "$clients" -n 200000 -r $random_keys -P 16 -q >/dev/null
done
for round in $(seq 1 "$rounds"); do
  for pipeline in 1 16; do
    bench "$round" redis $redis_port "$pipeline"
    bench "$round" skein $skein_port "$pipeline"
  done
  echo "round $round of $rounds done" >&2
done
stop_servers

# 2. GC pauses of the throughput phase ("Pause ... 1.234ms" lines of -Xlog:gc).
gc=$(awk '/Pause/ && $NF ~ /ms$/ {v = $NF; sub(/ms$/, "", v); print v}' "$work/gc-bench.log" |
  sort -n | awk '{a[NR] = $1; s += $1}
    END { if (NR == 0) { print "no pauses"; exit }
      i50 = int(NR * 0.50 + 0.5); i99 = int(NR * 0.99 + 0.5); if (i50 < 1) i50 = 1; if (i99 < 1) i99 = 1
      printf "%d pauses, %.1f ms in total; p50 %.2f ms, p99 %.2f ms, max %.2f ms", NR, s, a[i50], a[i99], a[NR] }')

# 3. Memory: fresh servers, the same keys in each.
start_servers "$work/gc-memory.log"
awk -v n="$keys" 'BEGIN { v = "vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv"
  for (i = 0; i < n; i++) printf "*3\r\n$3\r\nSET\r\n$16\r\nkey:%012d\r\n$32\r\n%s\r\n", i, v }' >"$work/load.resp"
sleep 3
redis_before=$(rss_kb "$redis_pid"); skein_before=$(rss_kb "$java_pid")
redis-cli -p $redis_port --pipe <"$work/load.resp" >/dev/null
redis-cli -p $skein_port --pipe <"$work/load.resp" >/dev/null
# Settle: bin/skein's collector runs a cycle after 20 s without one and uncommits 5 s later;
# then wait until the resident set stops shrinking (at most 75 s in all).
sleep 30
skein_after=$(rss_kb "$java_pid")
for _ in $(seq 1 9); do
  sleep 5
  now=$(rss_kb "$java_pid")
  [ $(( (skein_after - now) * 100 / skein_after )) -lt 1 ] && { skein_after=$now; break; }
  skein_after=$now
done
redis_after=$(rss_kb "$redis_pid")
redis_peak=$(rss_kb "$redis_pid" VmHWM); skein_peak=$(rss_kb "$java_pid" VmHWM)
redis_keys=$(redis-cli -p $redis_port dbsize); skein_keys=$(redis-cli -p $skein_port dbsize)
used_memory=$(redis-cli -p $skein_port info memory | awk -F: '/^used_memory:/ {print $2}' | tr -d '\r')
stop_servers
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

command="${TESTS:+TESTS=$tests }${SKEIN_ARGS:+SKEIN_ARGS=\"$SKEIN_ARGS\" }${SKEIN_GC:+SKEIN_GC=$SKEIN_GC }skein-benchmarks/compare.sh $rounds"
{
  echo "### $started"
  echo
  echo "- machine: $machine; load average $load_before before, $load_after after"
  echo "- $jdk; redis-server $redis_version; Skein's collector: $collector"
  echo "- command: \`$command\` (redis-benchmark \`-t $tests -c $clients -r $random_keys\`," \
    "\`-n $requests_p1\` at \`-P 1\`, \`-n $requests_p16\` at \`-P 16\`; $rounds rounds, servers alternating)"
  echo
  echo "| test | P | redis ops/s | skein ops/s | ratio skein/redis | p50 ms redis / skein | p99 ms redis / skein |"
  echo "|---|---|---|---|---|---|---|"
  awk '
    function sorted(list, a,   m, i, j, t) {
      m = split(list, a, " ")
      for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
      return m
    }
    function med(list,   a, m) { m = sorted(list, a); lo = a[1]; hi = a[m]; return a[int((m + 1) / 2)] }
    function span(list,   m) { m = med(list); return sprintf(fmt, m) " (" sprintf(fmt, lo) "–" sprintf(fmt, hi) ")" }
    { k = $4 " " $3; if (!(k in seen)) order[++n] = k; seen[k] = 1; rps[$2, k] = rps[$2, k] " " $5; rps1[$1, $2, k] = $5
      p50[$2, k] = p50[$2, k] " " $6; p99[$2, k] = p99[$2, k] " " $7; rounds[$1] = 1 }
    END {
      for (o = 1; o <= n; o++) {
        k = order[o]; ratios = ""
        for (r in rounds) if (rps1[r, "redis", k] > 0) ratios = ratios " " rps1[r, "skein", k] / rps1[r, "redis", k]
        split(k, kp, " ")
        fmt = "%.0f"; rs = span(rps["redis", k]); ss = span(rps["skein", k])
        fmt = "%.2f"; rt = span(ratios)
        fmt = "%.3f"
        printf "| %s | %s | %s | %s | %s | %s / %s | %s / %s |\n", kp[1], kp[2], rs, ss, rt,
          sprintf(fmt, med(p50["redis", k])), sprintf(fmt, med(p50["skein", k])),
          sprintf(fmt, med(p99["redis", k])), sprintf(fmt, med(p99["skein", k]))
      }
    }' "$work/results"
  echo
  echo "GC pauses of Skein during the throughput runs: $gc."
  echo
  awk -v k="$keys" -v rb="$redis_before" -v ra="$redis_after" -v sb="$skein_before" -v sa="$skein_after" \
      -v rp="$redis_peak" -v sp="$skein_peak" -v rk="$redis_keys" -v sk="$skein_keys" -v um="$used_memory" 'BEGIN {
    printf "Memory, %d keys (16-byte keys, 32-byte values; dbsize redis %d, skein %d), resident set over the empty\n", k, rk, sk
    printf "baseline after a settle: redis %.0f bytes/key (%.0f MB RSS, peak %.0f MB); skein %.0f bytes/key\n",
      (ra - rb) * 1024 / k, ra / 1024, rp / 1024, (sa - sb) * 1024 / k
    printf "(%.0f MB RSS, peak %.0f MB; the engine estimates %.0f bytes/key of live data): **%.2f× per key**.\n",
      sa / 1024, sp / 1024, um / k, (sa - sb) / (ra - rb) }'
} >"$work/report.md"

cat "$work/report.md"
if [ "${WRITE_DOCS:-1}" = 1 ]; then
  docs="$root/docs/benchmarks.md"
  awk -v report="$work/report.md" '
    /<!-- compare:begin -->/ { print; while ((getline line < report) > 0) print line; skip = 1; next }
    /<!-- compare:end -->/ { skip = 0 }
    !skip { print }' "$docs" >"$work/benchmarks.md"
  if grep -q '<!-- compare:begin -->' "$docs"; then
    cp "$work/benchmarks.md" "$docs"
    echo "written to docs/benchmarks.md" >&2
  else
    echo "docs/benchmarks.md has no compare markers; not written" >&2
  fi
fi
