#!/usr/bin/env bash
# Distributed scaling benchmark: one worker vs two workers, each pinned to its own core, on one
# large generated log, with shared storage (-SharedPath: jobs carry path + byte range, so the
# workers' analysis is what is measured, not the upload). Target: two workers >= 1.7x one.
#
#   bench/Distributed/run.sh [size-MB=1024] [chunk-MB=32] [rounds=1]
#
# Needs redis-server and taskset (util-linux); starts its own redis-server on a free loopback port
# and removes it, the workers and the generated file at the end. Each round starts fresh workers
# and runs one worker, then two; it prints one line per run and the round's speedup, and with
# several rounds the best time of each and their ratio (the machine is shared: best-of-N). Every
# run must give the same result hash (the merged result is identical).
# The log is bench/data/pino-<size>MB-42.log (or $RCA_BENCH_DATA/…) when present, else generated.
# RCA_BENCH_KEEP=<dir> keeps the workers' logs (per-job timings).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

size_mb="${1:-1024}"
chunk_mb="${2:-32}"
rounds="${3:-1}"
work="$(mktemp -d /tmp/rca-bench-dist.XXXXXX)"
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    if [ -n "${RCA_BENCH_KEEP:-}" ]; then mkdir -p "$RCA_BENCH_KEEP" && cp "$work"/worker*.log "$RCA_BENCH_KEEP"/ 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "==> build (Release)"
dotnet build -c Release -v q -nologo bench/RocketChatAnalyzer.Bench >/dev/null
dotnet build -c Release -v q -nologo tests/RocketChatAnalyzer.WorkerHost >/dev/null
bench=bench/RocketChatAnalyzer.Bench/bin/Release/net8.0/RocketChatAnalyzer.Bench.dll
host=tests/RocketChatAnalyzer.WorkerHost/bin/Release/net8.0/RocketChatAnalyzer.WorkerHost.dll

# The generator is deterministic: reuse bench/data/pino-<size>MB-42.log (or the one in $RCA_BENCH_DATA)
# when it is there, it is the same file byte for byte.
log="${RCA_BENCH_DATA:-bench/data}/pino-${size_mb}MB-42.log"
if [ ! -f "$log" ]; then
    log="$work/server.log"
    echo "==> generate ${size_mb} MB of pino JSON lines"
    dotnet "$bench" generate "$log" $((size_mb * 1024 * 1024)) 42 pino >/dev/null
fi

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize no >"$work/redis.log" &
redis_pid=$!
pids+=($!)
for _ in $(seq 1 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
conn="127.0.0.1:$port"

# Warm the page cache so both runs read from memory.
cat "$log" >/dev/null

# utime + stime of a process, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

run() {
    local workers="$1" prefix="b$1:"
    local wp=()
    for ((i = 0; i < workers; i++)); do
        taskset -c "$i" dotnet "$host" --connection "$conn" --prefix "$prefix" --name "w$i" --throttle 1 >"$work/worker$workers-$i.log" &
        wp+=($!)
        pids+=($!)
    done
    # Until every worker has a heartbeat (JIT and connect done before the clock starts).
    for _ in $(seq 1 100); do
        [ "$(redis-cli -p "$port" zcard "${prefix}workers")" -ge "$workers" ] && break
        sleep 0.1
    done
    local line cpu0
    cpu0="$(cpu_ticks "$redis_pid")"
    line="$(dotnet "$host" submit --connection "$conn" --prefix "$prefix" --path "$log" --chunk-mb "$chunk_mb" --shared)"
    # SIGTERM (background jobs of a script ignore SIGINT): the workers stop and leave the queue.
    for p in "${wp[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
    for p in "${wp[@]}"; do wait "$p" 2>/dev/null || true; done
    echo "$workers worker(s): $line redis-cpu=$(python3 -c "print(f'{($(cpu_ticks "$redis_pid") - $cpu0) / $(getconf CLK_TCK):.2f}')")s" >&2
    echo "$line"
}

best1="" best2=""
for ((r = 1; r <= rounds; r++)); do
    one="$(run 1)"
    two="$(run 2)"
    t1="$(sed -E 's/.*seconds=([0-9.]+).*/\1/' <<<"$one")"
    t2="$(sed -E 's/.*seconds=([0-9.]+).*/\1/' <<<"$two")"
    h1="$(sed -E 's/.*sha256=([0-9A-F]+).*/\1/' <<<"$one")"
    h2="$(sed -E 's/.*sha256=([0-9A-F]+).*/\1/' <<<"$two")"
    if [ "$h1" != "$h2" ]; then echo "RESULTS DIFFER: $h1 vs $h2" >&2; exit 1; fi
    python3 -c "t1=$t1; t2=$t2; print(f'round $r: speedup (2 workers / 1 worker): {t1/t2:.2f}x  (target >= 1.70x)')"
    best1="$(python3 -c "print(min(x for x in [$t1, ${best1:-$t1}]))")"
    best2="$(python3 -c "print(min(x for x in [$t2, ${best2:-$t2}]))")"
done
if [ "$rounds" -gt 1 ]; then
    python3 -c "t1=$best1; t2=$best2; print(f'best of $rounds: 1 worker {t1:.3f} s, 2 workers {t2:.3f} s, speedup {t1/t2:.2f}x  (target >= 1.70x)')"
fi
