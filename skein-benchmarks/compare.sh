#!/usr/bin/env bash
# Side-by-side benchmark of Skein and redis-server on this machine, in one run.
#
# Starts redis-server and Skein on loopback ports, runs redis-benchmark with identical settings
# against each, alternating ROUNDS times, and prints medians (and min–max spread) of ops/s, p50
# and p99 with the ratio Skein/Redis. Then loads 1,000,000 keys (16-byte keys, 32-byte values)
# into each and reports resident memory per key.
#
# Usage: skein-benchmarks/compare.sh [ROUNDS]   (env: REQUESTS, CLIENTS, TESTS, KEYS)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-3}"
requests="${REQUESTS:-200000}"
clients="${CLIENTS:-50}"
tests="${TESTS:-set,get,incr,lpush,hset,zadd}"
keys="${KEYS:-1000000}"
redis_port=16379
skein_port=16380
work="$(mktemp -d)"
trap 'redis-cli -p $redis_port shutdown nosave >/dev/null 2>&1 || true; kill $skein_pid 2>/dev/null || true; rm -rf "$work"' EXIT

if ! command -v redis-server >/dev/null || ! command -v redis-benchmark >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server redis-tools) >/dev/null
fi

start_servers() {
  redis-server --port $redis_port --save '' --appendonly no --daemonize yes \
    --logfile "$work/redis.log" --dir "$work"
  "$root/bin/skein" server --port $skein_port >"$work/skein.log" 2>&1 &
  skein_pid=$!
  for port in $redis_port $skein_port; do
    for _ in $(seq 1 120); do
      redis-cli -p $port ping >/dev/null 2>&1 && break
      sleep 0.5
    done
  done
}

stop_servers() {
  redis-cli -p $redis_port shutdown nosave >/dev/null 2>&1 || true
  kill $skein_pid 2>/dev/null || true
  wait $skein_pid 2>/dev/null || true
}

# One redis-benchmark run; appends "server pipeline test rps p50 p99" lines to results.
bench() {
  local name=$1 port=$2 pipeline=$3
  redis-cli -p "$port" flushall >/dev/null
  redis-benchmark -p "$port" -t "$tests" -c "$clients" -n "$requests" -r 100000 \
      -P "$pipeline" --csv 2>/dev/null | tail -n +2 | tr -d '"' |
    awk -F, -v s="$name" -v p="$pipeline" '{split($1, t, " "); print s, p, t[1], $2, $5, $7}' \
    >>"$work/results"
}

echo "machine: $(nproc) cores, $(uname -r); $(redis-server --version | cut -d' ' -f3); $(java -version 2>&1 | head -1)"
start_servers
for round in $(seq 1 "$rounds"); do
  for pipeline in 1 16; do
    bench redis $redis_port "$pipeline"
    bench skein $skein_port "$pipeline"
  done
done

echo
echo "Throughput: median of $rounds alternated runs (min-max), -c $clients -n $requests -r 100000"
printf '%-6s %-3s %24s %24s %7s %14s %14s\n' test P redis_ops/s skein_ops/s ratio 'p50 r/s ms' 'p99 r/s ms'
awk '
  function median(list,   n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    lo = a[1]; hi = a[n]
    return a[int((n + 1) / 2)]
  }
  { k = $3 " " $2; tests[k] = 1; rps[$1, k] = rps[$1, k] " " $4; p50[$1, k] = p50[$1, k] " " $5; p99[$1, k] = p99[$1, k] " " $6 }
  END {
    for (k in tests) {
      split(k, kp, " ")
      r = median(rps["redis", k]); rl = lo; rh = hi
      s = median(rps["skein", k]); sl = lo; sh = hi
      printf "%-6s %-3s %9.0f (%6.0f-%6.0f) %9.0f (%6.0f-%6.0f) %7.2f %6.3f/%-6.3f %6.3f/%-6.3f\n", kp[1], kp[2], r, rl, rh, s, sl, sh, s / r,
        median(p50["redis", k]), median(p50["skein", k]), median(p99["redis", k]), median(p99["skein", k])
    }
  }' "$work/results" | sort -k2,2n -k1,1

# Memory: the same million keys in each server.
rss_of() { awk '/VmRSS/ {print $2 * 1024}' "/proc/$1/status"; }
redis_pid=$(redis-cli -p $redis_port info server | awk -F: '/process_id/ {print $2}' | tr -d '\r')
java_pid=$(pgrep -f "skein.jar server --port $skein_port" | head -1)
redis-cli -p $redis_port flushall >/dev/null; redis-cli -p $skein_port flushall >/dev/null
sleep 5
redis_before=$(redis-cli -p $redis_port info memory | awk -F: '/^used_memory_rss:/ {print $2}' | tr -d '\r')
skein_before=$(rss_of "$java_pid")
awk -v n="$keys" 'BEGIN { v = "vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv"; for (i = 0; i < n; i++) printf "*3\r\n$3\r\nSET\r\n$16\r\nkey:%012d\r\n$32\r\n%s\r\n", i, v }' >"$work/load.resp"
redis-cli -p $redis_port --pipe <"$work/load.resp" >/dev/null
redis-cli -p $skein_port --pipe <"$work/load.resp" >/dev/null
sleep 35   # let the JVM's periodic collection and heap shrinking settle
redis_after=$(redis-cli -p $redis_port info memory | awk -F: '/^used_memory_rss:/ {print $2}' | tr -d '\r')
skein_after=$(rss_of "$java_pid")
echo
echo "Memory: $keys keys, 16-byte keys, 32-byte values (resident set, after a settle)"
awk -v k="$keys" -v rb="$redis_before" -v ra="$redis_after" -v sb="$skein_before" -v sa="$skein_after" 'BEGIN {
  printf "redis: RSS %.1f MB total, %.1f bytes/key over its empty baseline\n", ra / 1e6, (ra - rb) / k
  printf "skein: RSS %.1f MB total, %.1f bytes/key over its empty baseline\n", sa / 1e6, (sa - sb) / k
  printf "ratio skein/redis: %.2f per key, %.2f total\n", (sa - sb) / (ra - rb), sa / ra }'
redis-cli -p $skein_port info memory | grep -E '^(used_memory|gc_)' | tr -d '\r'
stop_servers
