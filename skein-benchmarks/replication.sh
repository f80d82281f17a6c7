#!/usr/bin/env bash
# Replication completeness and cluster throughput, in one run.
#
# Each round starts a fresh 3-rack local cluster at DC_ONE (`bin/skein local`, one node per rack,
# in a temporary directory, on its own ports), sends 1,000,000 SETs of random keys through node 0
# with redis-benchmark (-P 16 -c 50), waits until every node's retry queue is empty and the
# replicas have stopped applying writes, then compares each node's own key count
# (SKEIN LOCAL DBSIZE) and whole-dataset digest (SKEIN LOCAL DEBUG DIGEST) with node 0's. A round
# passes when every replica holds exactly the keys node 0 holds and no write was given up. The
# same load against a lone redis-server gives the throughput ratio. Prints every round, then the
# medians with their min-max spread.
#
# Usage: skein-benchmarks/replication.sh [ROUNDS]   (default 3)
# Env: REQUESTS (1000000), CLIENTS (50), PIPELINE (16), KEYSPACE (100000000), HEAP (1g, per node),
#      BASE_PORT (21400: client ports BASE..BASE+2, peer ports 10000 above; kept below the
#      kernel's ephemeral range so an outgoing connection cannot be holding one), STATS_PORT
#      (21500), REDIS_PORT (21600), CONVERGE_SECONDS (330: a little over the retry queue's
#      5-minute limit, after which a write would be counted as given up).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-3}"
requests="${REQUESTS:-1000000}"
clients="${CLIENTS:-50}"
pipeline="${PIPELINE:-16}"
keyspace="${KEYSPACE:-100000000}"
heap="${HEAP:-1g}"
base_port="${BASE_PORT:-21400}"
stats_port="${STATS_PORT:-21500}"
redis_port="${REDIS_PORT:-21600}"
converge_seconds="${CONVERGE_SECONDS:-330}"
nodes=3
work="$(mktemp -d)"
cluster_dir="$work/cluster"

cleanup() {
  if [ -f "$cluster_dir/state.tsv" ]; then
    "$root/bin/skein" local stop --dir "$cluster_dir" >/dev/null 2>&1 || true
  fi
  redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ! command -v redis-server >/dev/null || ! command -v redis-benchmark >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server redis-tools) >/dev/null
fi
"$root/bin/skein" --help >/dev/null # builds the jar now if it is missing or stale, not mid-round

port_busy() { ss -Htln "sport = :$1" 2>/dev/null | grep -q .; }
for i in $(seq 0 $((nodes - 1))); do
  for port in $((base_port + i)) $((base_port + 10000 + i)) $((stats_port + i)); do
    if port_busy "$port"; then
      echo "replication.sh: port $port is in use (expected: free; set BASE_PORT/STATS_PORT)" >&2
      exit 2
    fi
  done
done
if port_busy "$redis_port"; then
  echo "replication.sh: port $redis_port is in use (expected: free; set REDIS_PORT)" >&2
  exit 2
fi

# Runs the load against a port; prints "ops/s p50_ms" ("0 -" when it did not finish).
load() {
  local out
  out=$(timeout 900 redis-benchmark -p "$1" -t set -n "$requests" -r "$keyspace" \
      -P "$pipeline" -c "$clients" --csv 2>/dev/null | tail -n 1 | tr -d '"' |
    awk -F, '$1 == "SET" {print $2, $5}') || true
  echo "${out:-0 -}"
}

field() { # field NAME PORT: an INFO replication field of one node (0 if it does not answer)
  local v
  v=$(redis-cli -p "$2" info replication 2>/dev/null | tr -d '\r' |
    awk -F: -v f="$1" '$1 == f {print $2}') || true
  echo "${v:-0}"
}

sum_field() {
  local total=0 i
  for i in $(seq 0 $((nodes - 1))); do
    total=$((total + $(field "$1" $((base_port + i)))))
  done
  echo "$total"
}

# Waits until no node has a pending retry and the replicas' applied count holds still for a
# second (writes sent just before the load ended are still landing); prints the seconds waited.
converge() {
  local start=$SECONDS last=-1 now
  while [ $((SECONDS - start)) -lt "$converge_seconds" ]; do
    now=$(sum_field skein_replica_writes_applied)
    if [ "$(sum_field skein_retries_pending)" = 0 ] && [ "$now" = "$last" ]; then
      echo $((SECONDS - start))
      return 0
    fi
    last=$now
    sleep 1
  done
  echo "timeout"
}

round() {
  local r=$1 result rps p50 waited verdict=PASS keys0 digest0 i port keys digest gave queued
  rm -rf "$cluster_dir"
  "$root/bin/skein" local --dir "$cluster_dir" --racks 3 --nodes-per-rack 1 \
      --consistency DC_ONE --base-port "$base_port" --stats-port "$stats_port" \
      --java-opts "-Xmx$heap" >"$work/local.out" 2>&1 || { cat "$work/local.out" >&2; exit 1; }
  # A node answers on its client port a moment before its peer port is bound; writes sent in
  # between would fail their first copy and go through the retry queue.
  for i in $(seq 0 $((nodes - 1))); do
    redis-cli -p $((base_port + i)) ping >/dev/null 2>&1 \
      || { echo "node $i is not answering; see $cluster_dir" >&2; exit 1; }
    for _ in $(seq 1 100); do port_busy $((base_port + 10000 + i)) && break; sleep 0.1; done
    port_busy $((base_port + 10000 + i)) \
      || { echo "node $i has no peer port; see $cluster_dir" >&2; exit 1; }
  done
  result=$(load "$base_port")
  rps=${result% *}
  p50=${result#* }
  waited=$(converge)
  [ "$waited" = timeout ] && verdict=FAIL
  keys0=$(redis-cli -p "$base_port" skein local dbsize)
  digest0=$(redis-cli -p "$base_port" skein local debug digest)
  gave=$(sum_field skein_retries_gave_up)
  queued=$(sum_field skein_retries_queued)
  [ "$gave" = 0 ] || verdict=FAIL
  printf 'round %d: skein %.0f SET/s (p50 %s ms), converged after %s s, retries queued %s, gave up %s\n' \
    "$r" "$rps" "$p50" "$waited" "$queued" "$gave"
  for i in $(seq 0 $((nodes - 1))); do
    port=$((base_port + i))
    keys=$(redis-cli -p "$port" skein local dbsize)
    digest=$(redis-cli -p "$port" skein local debug digest)
    if [ "$keys" != "$keys0" ] || [ "$digest" != "$digest0" ]; then
      verdict=FAIL
    fi
    printf '  node %d: %s keys, digest %s\n' "$i" "$keys" "$digest"
  done
  "$root/bin/skein" local stop --dir "$cluster_dir" >/dev/null
  redis-server --port "$redis_port" --save '' --appendonly no --daemonize yes \
    --logfile "$work/redis.log" --dir "$work"
  for _ in $(seq 1 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.2; done
  result=$(load "$redis_port")
  redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true
  printf '  redis-server alone: %.0f SET/s (p50 %s ms); %s\n' "${result% *}" "${result#* }" "$verdict"
  echo "$r $verdict $rps ${result% *} $keys0 $gave $queued $waited" >>"$work/results"
}

echo "machine: $(nproc) cores, $(uname -r); redis $(redis-server --version | cut -d' ' -f3 | cut -d= -f2);" \
  "$(java -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "load: redis-benchmark -t set -n $requests -r $keyspace -P $pipeline -c $clients;" \
  "cluster: 1 dc x 3 racks x 1 node, DC_ONE, -Xmx$heap per node"
for r in $(seq 1 "$rounds"); do
  round "$r"
done

echo
awk '
  function median(list,   n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    lo = a[1]; hi = a[n]
    return a[int((n + 1) / 2)]
  }
  { n++; if ($2 != "PASS") failed++; skein = skein " " $3; redis = redis " " $4
    ratio = ratio " " ($4 > 0 ? $3 / $4 : 0)
    gave += $6; queued = queued " " $7 }
  END {
    printf "Replication completeness: %s (%d of %d rounds passed; writes given up: %d)\n",
      failed ? "FAIL" : "PASS", n - failed, n, gave
    s = median(skein); sl = lo; sh = hi
    d = median(redis); dl = lo; dh = hi
    q = median(queued); ql = lo; qh = hi
    printf "Throughput, median (min-max) of %d rounds: skein node 0 %.0f (%.0f-%.0f) SET/s, redis-server %.0f (%.0f-%.0f) SET/s, ratio %.3f\n",
      n, s, sl, sh, d, dl, dh, median(ratio)
    printf "Retries queued per round: median %d (%d-%d)\n", q, ql, qh
    exit failed ? 1 : 0
  }' "$work/results"
