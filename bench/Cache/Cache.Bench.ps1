#Requires -Version 7.4
<#
.SYNOPSIS
    Benchmarks the analysis cache against its targets (issue 5).

.DESCRIPTION
    On a generated pino log of -Size bytes (bench/RocketChatAnalyzer.Bench "generate", seeded), with
    the page cache warm, through the built module's cmdlets:

      full      Invoke-LogAnalysisParallel -NoCache (median of -Repeat runs): the baseline.
      miss      Clear-AnalysisCache, then Get-AnalysisFromCache: analysis + hashing alongside + store.
                Target: at most 10 % over full. Full and miss runs alternate.
      warm hit  Get-AnalysisFromCache again in the same session. Target: at most 50 ms.
      cold hit  a fresh `pwsh -NoProfile` imports the module and calls Get-AnalysisFromCache; the
                time is taken inside that process after Import-Module. Target: at most 500 ms.
      append    1 % of the size is appended (other seed), then Get-AnalysisFromCache (incremental).
                Target: at most 5 % of full. The result is checked against a full analysis.

    Also shown, for the hash-algorithm decision: XXH3-128 and SHA-256 digests of the file alone.
    And the floor under the append figure: an incremental run must prove that the first 99 % are
    unchanged, so it reads the whole file once however it hashes. "read floor" is one plain read
    pass of the file from the page cache on all cores (no hashing, bench "readpass"); "proof" is the
    XXH3-128 prefix proof alone on all cores. With perfect overlap the append costs at least
    proof + the analysis of the appended 1 % (1 % of full), printed as "append floor".

    Prints one line per figure and writes the figures as JSON to <DataDirectory>/cache-bench-<size>.json.
    Exit code 1 when a target is missed (0 for -Size below 1GB, where fixed costs dominate and the
    targets are informational).

.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Build; dotnet pwsh bench/Cache/Cache.Bench.ps1 -Size 1GB

.EXAMPLE
    dotnet pwsh bench/Cache/Cache.Bench.ps1 -Size 20MB -Repeat 1     # a quick check that it runs
#>
[CmdletBinding()]
param(
    # Size of the generated log.
    [long] $Size = 1GB,

    # Runs per figure (the median is reported).
    [ValidateRange(1, 20)]
    [int] $Repeat = 3,

    # The built module (default: $env:RCA_MODULE_PATH, else out/RocketChatAnalyzer).
    [string] $ModulePath,

    # Where the generated log and the bench cache live (default: bench/data, ignored by git).
    [string] $DataDirectory
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$repoRoot = (Resolve-Path "$PSScriptRoot/../..").Path
if (-not $ModulePath) { $ModulePath = if ($env:RCA_MODULE_PATH) { $env:RCA_MODULE_PATH } else { Join-Path $repoRoot 'out/RocketChatAnalyzer' } }
if (-not $DataDirectory) { $DataDirectory = Join-Path $repoRoot 'bench/data' }
$null = New-Item -ItemType Directory -Path $DataDirectory -Force
Import-Module $ModulePath -Force

$sizeLabel = if ($Size -ge 1GB) { '{0}GB' -f [math]::Round($Size / 1GB, 2) } else { '{0}MB' -f [math]::Round($Size / 1MB, 1) }
$log = Join-Path $DataDirectory "cache-bench-$sizeLabel.log"
$cache = Join-Path $DataDirectory "cache-bench-$sizeLabel.db"
$generator = Join-Path $repoRoot 'bench/RocketChatAnalyzer.Bench/RocketChatAnalyzer.Bench.csproj'

function Invoke-Generator([string] $File, [long] $Bytes, [int] $Seed) {
    & dotnet run -c Release --project $generator -- generate $File $Bytes $Seed pino | Out-Null
    if ($LASTEXITCODE -ne 0) { throw "The corpus generator failed (exit $LASTEXITCODE)." }
}

function Measure-Median([scriptblock] $Action, [int] $Count = $Repeat) {
    $times = foreach ($i in 1..$Count) {
        $sw = [Diagnostics.Stopwatch]::StartNew()
        $null = & $Action
        $sw.Elapsed.TotalMilliseconds
    }
    ($times | Sort-Object)[[int][math]::Floor((@($times).Count - 1) / 2)]
}

function Get-StoredJson($Result) {
    [Text.Encoding]::UTF8.GetString([RocketChatAnalyzer.Cache.ResultSerializer]::ToJson($Result))
}

# The log (regenerated when the size does not match), and a warm page cache.
if (-not (Test-Path -LiteralPath $log) -or [math]::Abs((Get-Item -LiteralPath $log).Length - $Size) -gt 1MB) {
    Write-Host "Generating $sizeLabel pino log ..."
    Invoke-Generator -File $log -Bytes $Size -Seed 42
}
$bytes = (Get-Item -LiteralPath $log).Length
# Warm the page cache, and let the JIT tier the hash loop up first: XXH3-128 is managed code that
# runs unoptimised for its first ~100 blocks of 1 MiB in a process (about 0.9 GB/s instead of ~10);
# a real session pays that once, on its first ~100 MB hashed.
$null = [RocketChatAnalyzer.Cache.ContentDigest]::OfFile($log, 'Sha256', 1, [Threading.CancellationToken]::None)
$warm = Join-Path $DataDirectory 'cache-bench-jit-warmup.bin'
[IO.File]::WriteAllBytes($warm, [byte[]]::new(2MB))
foreach ($i in 1..150) { $null = [RocketChatAnalyzer.Cache.ContentDigest]::OfFile($warm, 'XxHash128', 1, [Threading.CancellationToken]::None) }
Remove-Item -LiteralPath $warm
Remove-Item -LiteralPath $cache, "$cache-wal", "$cache-shm" -ErrorAction Ignore
$figures = [ordered]@{ size = $bytes; threads = [Environment]::ProcessorCount; repeat = $Repeat }

# Hash costs alone (one thread), for the algorithm decision documented in AnalysisCacheOptions.LogDigest.
foreach ($algorithm in 'XxHash128', 'Sha256') {
    $figures["digest$($algorithm)Ms"] = Measure-Median { [RocketChatAnalyzer.Cache.ContentDigest]::OfFile($log, $algorithm, 1, [Threading.CancellationToken]::None) }
}

# The floor of the append: one read of the file (no hash), and the proof (read + hash), on all cores.
$threads = [Environment]::ProcessorCount
$readPass = & dotnet run -c Release --project $generator -- readpass $log $threads
if ($LASTEXITCODE -ne 0) { throw "bench readpass failed (exit $LASTEXITCODE)." }
$figures.readFloorMs = [double]::Parse("$readPass".Trim(), [Globalization.CultureInfo]::InvariantCulture)
$figures.proofMs = Measure-Median { [RocketChatAnalyzer.Cache.ContentDigest]::OfFile($log, 'XxHash128', $threads, [Threading.CancellationToken]::None) } -Count ([math]::Max($Repeat, 5))

# Baseline: the uncached analysis (one warm-up run first: JIT), and the miss: empty cache (results
# and digests), then analysis + hashing alongside + store. Full and miss runs alternate, so a
# machine that gets slower or faster during the run moves both medians alike.
$null = Invoke-LogAnalysisParallel -Path $log -NoCache
$fulls = [Collections.Generic.List[double]]::new()
$misses = [Collections.Generic.List[double]]::new()
foreach ($i in 1..$Repeat) {
    $sw = [Diagnostics.Stopwatch]::StartNew()
    $null = Invoke-LogAnalysisParallel -Path $log -NoCache
    $fulls.Add($sw.Elapsed.TotalMilliseconds)
    Clear-AnalysisCache -CachePath $cache -Confirm:$false
    $sw = [Diagnostics.Stopwatch]::StartNew()
    $r = Get-AnalysisFromCache -LiteralPath $log -CachePath $cache
    $misses.Add($sw.Elapsed.TotalMilliseconds)
    if ($r.CacheInfo.Hit) { throw 'Expected a miss after Clear-AnalysisCache.' }
}
$figures.fullMs = ($fulls | Sort-Object)[[int][math]::Floor((@($fulls).Count - 1) / 2)]
$figures.missMs = ($misses | Sort-Object)[[int][math]::Floor((@($misses).Count - 1) / 2)]

# Warm hit in this session. The first hit may re-hash once: the digest of a file changed within
# the racy window (2 s) before it was taken is not trusted.
$null = Get-AnalysisFromCache -LiteralPath $log -CachePath $cache
$figures.warmHitMs = Measure-Median {
    $r = Get-AnalysisFromCache -LiteralPath $log -CachePath $cache
    if (-not $r.CacheInfo.Hit) { throw 'Expected a warm hit.' }
} -Count ([math]::Max($Repeat, 5))

# Cold hit: a fresh process, timed after Import-Module.
$processPath = [Environment]::ProcessPath
$prefix = @(if ([IO.Path]::GetFileNameWithoutExtension($processPath) -ne 'pwsh') { Join-Path $PSHOME 'pwsh.dll' })
$coldScript = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$ModulePath'
`$sw = [Diagnostics.Stopwatch]::StartNew()
`$r = Get-AnalysisFromCache -LiteralPath '$log' -CachePath '$cache'
'{0} {1}' -f `$sw.Elapsed.TotalMilliseconds, `$r.CacheInfo.Hit
"@
$cold = foreach ($i in 1..$Repeat) {
    $wall = [Diagnostics.Stopwatch]::StartNew()
    $out = & $processPath @prefix -NoProfile -NonInteractive -Command $coldScript
    $ms, $hit = "$out".Trim() -split ' '
    if ($hit -ne 'True') { throw "Expected a hit in a fresh process, got: $out" }
    [pscustomobject]@{ Inside = [double]$ms; Wall = $wall.Elapsed.TotalMilliseconds }
}
$figures.coldHitMs = ($cold.Inside | Sort-Object)[[int][math]::Floor((@($cold).Count - 1) / 2)]
$figures.coldProcessWallMs = ($cold.Wall | Sort-Object)[[int][math]::Floor((@($cold).Count - 1) / 2)]

# Append 1 % and extend, -Repeat times (the file grows each time).
$chunk = Join-Path $DataDirectory "cache-bench-append-$sizeLabel.log"
Invoke-Generator -File $chunk -Bytes ([long]($Size / 100)) -Seed 7
$appendBytes = [IO.File]::ReadAllBytes($chunk)
$incremental = foreach ($i in 1..$Repeat) {
    $stream = [IO.File]::Open($log, 'Append', 'Write', 'ReadWrite')
    try { $stream.Write($appendBytes, 0, $appendBytes.Length) } finally { $stream.Dispose() }
    $sw = [Diagnostics.Stopwatch]::StartNew()
    $r = Get-AnalysisFromCache -LiteralPath $log -CachePath $cache
    $ms = $sw.Elapsed.TotalMilliseconds
    if ($r.CacheInfo.IncrementalBytes -le 0) { throw 'Expected an incremental run after the append.' }
    $ms
}
$figures.appendBytes = $appendBytes.Length
$figures.appendRunsMs = @($incremental | ForEach-Object { [math]::Round($_, 1) })
$figures.appendMs = ($incremental | Sort-Object)[[int][math]::Floor((@($incremental).Count - 1) / 2)]
$extended = Get-AnalysisFromCache -LiteralPath $log -CachePath $cache
$figures.appendEqualsFull = (Get-StoredJson $extended) -eq (Get-StoredJson (Invoke-LogAnalysisParallel -Path $log -NoCache))

# Put the log back to its generated size for the next run (regeneration is slow).
$stream = [IO.File]::Open($log, 'Open', 'Write', 'ReadWrite')
try { $stream.SetLength($bytes) } finally { $stream.Dispose() }
Remove-Item -LiteralPath $chunk -ErrorAction Ignore

$figures.missOverheadPercent = [math]::Round(($figures.missMs / $figures.fullMs - 1) * 100, 1)
$figures.appendPercentOfFull = [math]::Round($figures.appendMs / $figures.fullMs * 100, 2)
$figures.readFloorPercentOfFull = [math]::Round($figures.readFloorMs / $figures.fullMs * 100, 2)
$figures.appendFloorPercentOfFull = [math]::Round(($figures.proofMs / $figures.fullMs + $appendBytes.Length / $bytes) * 100, 2)
$targets = [ordered]@{
    'miss overhead <= 10 %'      = $figures.missOverheadPercent -le 10
    'warm hit <= 50 ms'          = $figures.warmHitMs -le 50
    'cold hit <= 500 ms'         = $figures.coldHitMs -le 500
    '1 % append <= 5 % of full'  = $figures.appendPercentOfFull -le 5
    'append result = full'       = $figures.appendEqualsFull
}

'{0,-28} {1,12}' -f 'log', ("{0:N0} bytes" -f $bytes)
'{0,-28} {1,12:N1} ms   ({2:N0} MB/s)' -f 'full (uncached)', $figures.fullMs, ($bytes / 1e6 / ($figures.fullMs / 1000))
'{0,-28} {1,12:N1} ms   (+{2} %)' -f 'miss (analyse+hash+store)', $figures.missMs, $figures.missOverheadPercent
'{0,-28} {1,12:N1} ms' -f 'warm hit', $figures.warmHitMs
'{0,-28} {1,12:N1} ms   (process wall {2:N0} ms)' -f 'cold hit after import', $figures.coldHitMs, $figures.coldProcessWallMs
'{0,-28} {1,12:N1} ms   ({2} % of full, {3:N0} bytes appended; runs {4} ms)' -f 'append 1 %', $figures.appendMs, $figures.appendPercentOfFull, $figures.appendBytes, ($figures.appendRunsMs -join ', ')
'{0,-28} {1,12:N1} ms' -f 'digest XXH3-128 (1 thread)', $figures.digestXxHash128Ms
'{0,-28} {1,12:N1} ms' -f 'digest SHA-256 (1 thread)', $figures.digestSha256Ms
'{0,-28} {1,12:N1} ms   ({2} % of full; one read of the file on {3} threads, no hash)' -f 'read floor', $figures.readFloorMs, $figures.readFloorPercentOfFull, $threads
'{0,-28} {1,12:N1} ms   (append floor = proof + 1 % of full = {2} % of full)' -f "proof XXH3-128 ($threads threads)", $figures.proofMs, $figures.appendFloorPercentOfFull
foreach ($t in $targets.GetEnumerator()) { '{0,-28} {1}' -f $t.Key, $(if ($t.Value) { 'met' } else { 'MISSED' }) }

$figures.targets = $targets
$figures | ConvertTo-Json -Depth 3 | Set-Content -LiteralPath (Join-Path $DataDirectory "cache-bench-$sizeLabel.json")
$missed = @($targets.Values | Where-Object { -not $_ }).Count
if ($missed -gt 0 -and $Size -ge 1GB) { exit 1 }
exit 0
