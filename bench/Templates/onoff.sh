#!/usr/bin/env bash
# Templates on vs off through the log engine (issue #4: ≤ 20 % slowdown), alternating on/off runs so
# that a noisy machine disturbs both alike; prints best and median in-process seconds and their
# ratios, for fresh processes (cold: JIT included) and for a second analysis in the process (warm,
# as in a PowerShell session after its first call).
#   bash bench/Templates/onoff.sh [file] [pairs] [threads]
# Default file: the 1 GiB pino corpus that `build.ps1 -Task Bench` generates into bench/data.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
file="${1:-bench/data/pino-1024MB-42.log}"
pairs="${2:-8}"
threads="${3:-2}"
bench=bench/RocketChatAnalyzer.Bench/bin/Release/net8.0/RocketChatAnalyzer.Bench.dll
[ -f "$bench" ] || dotnet build -c Release bench/RocketChatAnalyzer.Bench --nologo -v q >/dev/null
[ -f "$file" ] || { echo "no $file: run 'dotnet pwsh ./build.ps1 -Task Bench' once, or pass a pino log" >&2; exit 1; }
cat "$file" > /dev/null   # page cache warm
out=$(mktemp)
for _ in $(seq 1 "$pairs"); do
    for mode in cold warm; do
        for t in on off; do
            s=$(dotnet "$bench" analyze "$file" "$threads" "$t" 32 "$mode" | tail -1 | sed 's/.*"seconds":\([0-9.]*\).*/\1/')
            echo "$mode-$t $s" >> "$out"
        done
    done
done
python3 - "$out" "$file" "$pairs" "$threads" <<'PY'
import collections, statistics, sys
d = collections.defaultdict(list)
for line in open(sys.argv[1]):
    k, v = line.split(); d[k].append(float(v))
print(f"templates on vs off, {sys.argv[2]}, {sys.argv[4]} threads, {sys.argv[3]} alternating pairs (in-process seconds)")
for m in ("cold", "warm"):
    on, off = d[m + "-on"], d[m + "-off"]
    print(f"  {m}: on best {min(on):.3f} median {statistics.median(on):.3f}; off best {min(off):.3f} median {statistics.median(off):.3f}; "
          f"slowdown best {100 * (min(on) / min(off) - 1):+.1f} %, median {100 * (statistics.median(on) / statistics.median(off) - 1):+.1f} %")
PY
rm -f "$out"
