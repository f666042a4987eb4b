#!/usr/bin/env bash
# Distributed scaling benchmark: one worker vs two workers, each pinned to its own core, on one
# large generated log, with shared storage (-SharedPath: jobs carry path + byte range, so the
# workers' analysis is what is measured, not the upload). Target: two workers >= 1.7x one.
#
#   bench/Distributed/run.sh [size-MB=1024] [chunk-MB=8]
#
# Needs redis-server and taskset (util-linux); starts its own redis-server on a free loopback port
# and removes it, the workers and the generated file at the end. Prints one line per run and the
# speedup; both runs must give the same result hash (the merged result is identical).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

size_mb="${1:-1024}"
chunk_mb="${2:-8}"
work="$(mktemp -d /tmp/rca-bench-dist.XXXXXX)"
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "==> build (Release)"
dotnet build -c Release -v q -nologo bench/RocketChatAnalyzer.Bench >/dev/null
dotnet build -c Release -v q -nologo tests/RocketChatAnalyzer.WorkerHost >/dev/null
bench=bench/RocketChatAnalyzer.Bench/bin/Release/net8.0/RocketChatAnalyzer.Bench.dll
host=tests/RocketChatAnalyzer.WorkerHost/bin/Release/net8.0/RocketChatAnalyzer.WorkerHost.dll

log="$work/server.log"
echo "==> generate ${size_mb} MB of pino JSON lines"
dotnet "$bench" generate "$log" $((size_mb * 1024 * 1024)) 42 pino >/dev/null

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize no >"$work/redis.log" &
pids+=($!)
for _ in $(seq 1 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
conn="127.0.0.1:$port"

# Warm the page cache so both runs read from memory.
cat "$log" >/dev/null

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
    local line
    line="$(dotnet "$host" submit --connection "$conn" --prefix "$prefix" --path "$log" --chunk-mb "$chunk_mb" --shared)"
    # SIGTERM (background jobs of a script ignore SIGINT): the workers stop and leave the queue.
    for p in "${wp[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
    for p in "${wp[@]}"; do wait "$p" 2>/dev/null || true; done
    echo "$workers worker(s): $line" >&2
    echo "$line"
}

one="$(run 1)"
two="$(run 2)"
t1="$(sed -E 's/.*seconds=([0-9.]+).*/\1/' <<<"$one")"
t2="$(sed -E 's/.*seconds=([0-9.]+).*/\1/' <<<"$two")"
h1="$(sed -E 's/.*sha256=([0-9A-F]+).*/\1/' <<<"$one")"
h2="$(sed -E 's/.*sha256=([0-9A-F]+).*/\1/' <<<"$two")"
if [ "$h1" != "$h2" ]; then echo "RESULTS DIFFER: $h1 vs $h2" >&2; exit 1; fi
python3 -c "t1=$t1; t2=$t2; print(f'speedup (2 workers / 1 worker): {t1/t2:.2f}x  (target >= 1.70x)')"
