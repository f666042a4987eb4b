<#
.SYNOPSIS
    Benchmarks of the log engine against a reference run in the same command (ripgrep and wc -l on
    the same file), as ratios, so noisy machines still give comparable figures.
.DESCRIPTION
    Run by `build.ps1 -Task Bench [-Size 1GB] [-Quick] [-Runs 3] [-Distributed]`.
    1. Log engine: a seeded pino JSON-lines corpus of -Size; `rg -c -i -f <the 50 default patterns>`
       and `wc -l` as references; the analysis with 1 and 2 threads (best of -Runs), templates on
       and off; MB/s, ratio to ripgrep, speedup 1→2 threads, peak RSS. Peak RSS is also measured on
       a file 4× the size (unless -Quick) to show it does not grow with the input.
    2. A 100 MB support-dump log.json (escaped pino lines in "string"), 2 threads.
    3. Templates on vs off in one process (alternating pairs, 2 threads; `bench onoff`, then the
       cmdlet in one PowerShell session: bench/Templates/Measure-TemplatesOnOff.ps1), on the pino
       corpus and on a "varied" corpus whose messages carry Meteor ids, UUIDs, hex and JSON (far more
       message shapes); then template mining messages/s (bench/RocketChatAnalyzer.Bench.Templates).
    4. The cache (bench/Cache/Cache.Bench.ps1): warm and cold hits, 1 % append vs full, miss overhead.
    5. With -Distributed: bench/Distributed/run.sh (two workers vs one; needs redis-server).
    Generated corpora are kept in bench/data (gitignored) and reused.
#>
[CmdletBinding()]
param(
    [long] $Size = 1GB,
    [switch] $Quick,
    [int] $Runs = 3,
    [switch] $Distributed
)
$ErrorActionPreference = 'Stop'
$root = Resolve-Path "$PSScriptRoot/.."
Set-Location $root
if ($Quick) { $Size = [Math]::Min($Size, 64MB); $Runs = 1 }
$data = Join-Path $root 'bench/data'
New-Item -ItemType Directory -Force -Path $data | Out-Null

Write-Host '==> building bench drivers (Release)'
dotnet build -c Release -v q -nologo bench/RocketChatAnalyzer.Bench | Out-Null
if ($LASTEXITCODE) { throw 'bench build failed' }
$bench = Join-Path $root 'bench/RocketChatAnalyzer.Bench/bin/Release/net8.0/RocketChatAnalyzer.Bench.dll'

function Invoke-Timed([string] $File, [string[]] $Arguments) {
    # Wall time of one process run, and its output.
    $sw = [Diagnostics.Stopwatch]::StartNew()
    $out = & $File @Arguments 2>&1
    $sw.Stop()
    [pscustomobject]@{ Seconds = $sw.Elapsed.TotalSeconds; Output = ($out -join "`n"); Exit = $LASTEXITCODE }
}

function Get-Corpus([long] $Bytes, [string] $Kind = 'pino', [int] $Seed = 42) {
    $name = Join-Path $data ("{0}-{1}MB-{2}.{3}" -f $Kind, [long]($Bytes / 1MB), $Seed, $(if ($Kind -eq 'dump') { 'json' } else { 'log' }))
    if (-not (Test-Path -LiteralPath $name)) {
        Write-Host "==> generating $name"
        & dotnet $bench generate $name $Bytes $Seed $Kind | Out-Host
    }
    $name
}

function Measure-Analysis([string] $File, [int] $Threads, [string] $Templates = 'on', [string] $Session = 'cold') {
    # cold: a fresh process's first analysis (JIT and tiering included); warm: one untimed analysis
    # first, as in a PowerShell session after its first call (compare the in-process seconds).
    $best = $null
    for ($i = 0; $i -lt $Runs; $i++) {
        $r = Invoke-Timed 'dotnet' @($bench, 'analyze', $File, $Threads, $Templates, 32, $Session)
        $j = ($r.Output -split "`n" | Where-Object { $_ -like '{*' } | Select-Object -Last 1) | ConvertFrom-Json
        $j | Add-Member -NotePropertyName WallSeconds -NotePropertyValue $r.Seconds
        $key = if ($Session -eq 'warm') { 'seconds' } else { 'WallSeconds' }
        if ($null -eq $best -or $j.$key -lt $best.$key) { $best = $j }
    }
    $best
}

function Measure-Reference([string] $File) {
    $patterns = Join-Path $data 'patterns.txt'
    & dotnet $bench patterns $patterns
    $rg = Get-Command rg -ErrorAction SilentlyContinue
    $best = [double]::MaxValue
    if ($rg) {
        for ($i = 0; $i -lt $Runs; $i++) {
            $r = Invoke-Timed $rg.Source @('-c', '-i', '-f', $patterns, $File)
            $best = [Math]::Min($best, $r.Seconds)
        }
    }
    $wc = Invoke-Timed 'wc' @('-l', $File)
    [pscustomobject]@{ Rg = $(if ($rg) { $best } else { $null }); Wc = $wc.Seconds; Lines = [long](($wc.Output -split ' ')[0]) }
}

$file = Get-Corpus $Size
cat $file > $null   # warm the page cache
$mb = (Get-Item -LiteralPath $file).Length / 1MB
$ref = Measure-Reference $file
$t1 = Measure-Analysis $file 1
$t2 = Measure-Analysis $file 2
$t2off = Measure-Analysis $file 2 'off'
$w1 = Measure-Analysis $file 1 'on' 'warm'
$w2 = Measure-Analysis $file 2 'on' 'warm'

Write-Host ''
Write-Host ("Log engine on {0:N0} MB of pino JSON lines ({1:N0} lines), page cache warm, best of {2}" -f $mb, $ref.Lines, $Runs)
Write-Host ("  reference  rg -c -i -f (50 patterns)  {0,7:N2} s  {1,7:N0} MB/s" -f $ref.Rg, ($mb / $ref.Rg))
Write-Host ("  reference  wc -l                      {0,7:N2} s  {1,7:N0} MB/s" -f $ref.Wc, ($mb / $ref.Wc))
foreach ($row in @(@('analysis, 1 thread', $t1), @('analysis, 2 threads', $t2), @('analysis, 2 threads, no templates', $t2off))) {
    $x = $row[1]
    Write-Host ("  {0,-36} {1,7:N2} s  {2,7:N0} MB/s  {3,5:N2}x rg  peak RSS {4,6:N0} MiB  (in-process {5:N2} s)" -f $row[0], $x.WallSeconds, ($mb / $x.WallSeconds), ($x.WallSeconds / $ref.Rg), $x.peakRssMiB, $x.seconds)
}
Write-Host ("  speedup 1 -> 2 threads: {0:N2}x   templates on vs off, fresh process (wall clock with start-up and JIT; the template path compiles ~0.1 s more): {1:+0;-0} %" -f ($t1.WallSeconds / $t2.WallSeconds), (100 * ($t2.WallSeconds / $t2off.WallSeconds - 1)))
Write-Host ("  speedup 1 -> 2 threads in a warm session (second analysis in the process, in-process): {0:N2} s / {1:N2} s = {2:N2}x" -f $w1.seconds, $w2.seconds, ($w1.seconds / $w2.seconds))
Write-Host ("  speedup 1 -> 2 threads, cold process, in-process: {0:N2}x" -f ($t1.seconds / $t2.seconds))
if ($t1.entries -ne $t2.entries -or $t1.errors -ne $t2.errors) { throw "1 and 2 threads disagree: $($t1.entries)/$($t2.entries) entries" }

if (-not $Quick) {
    $big = Get-Corpus ($Size * 4)
    $t4 = Measure-Analysis $big 2
    Write-Host ("  peak RSS for {0:N0} MB: {1:N0} MiB vs {2:N0} MiB for {3:N0} MB ({4:+0;-0} %)" -f ((Get-Item $big).Length / 1MB), $t4.peakRssMiB, $t2.peakRssMiB, $mb, (100 * ($t4.peakRssMiB / $t2.peakRssMiB - 1)))
}

$dump = Get-Corpus ($(if ($Quick) { 16MB } else { 100MB })) 'dump'
$d = Measure-Analysis $dump 2
Write-Host ("Support-dump log.json {0:N0} MB: {1:N2} s wall ({2:N2} s in-process analysis), {3:N0} entries" -f ((Get-Item $dump).Length / 1MB), $d.WallSeconds, $d.seconds, $d.entries)

Write-Host '==> templates on vs off, in one process, alternating pairs (issue #4: at most +20 %)'
$pairs = [Math]::Max(2, 2 * $Runs)
foreach ($corpus in @($file, (Get-Corpus $Size 'varied'))) {
    & dotnet $bench onoff $corpus 2 $pairs | Select-Object -Last 2 | Out-Host
    # The same through the cmdlet, in a fresh PowerShell session (the module as users load it).
    # (`dotnet pwsh` runs pwsh.dll under the dotnet host; a regular install runs the pwsh executable.)
    $pwshArgs = [System.Collections.Generic.List[string]]::new()
    if ([IO.Path]::GetFileNameWithoutExtension([Environment]::ProcessPath) -ne 'pwsh') { $pwshArgs.Add((Join-Path $PSHOME 'pwsh.dll')) }
    $pwshArgs.AddRange([string[]] @('-NoProfile', '-File', (Join-Path $root 'bench/Templates/Measure-TemplatesOnOff.ps1'), '-Path', $corpus, '-Pairs', $pairs))
    & ([Environment]::ProcessPath) $pwshArgs | Select-Object -Last 1 | Out-Host
}

Write-Host '==> template mining (bench/RocketChatAnalyzer.Bench.Templates)'
dotnet run -c Release --project bench/RocketChatAnalyzer.Bench.Templates | Out-Host

Write-Host '==> cache (bench/Cache/Cache.Bench.ps1)'
& (Join-Path $root 'bench/Cache/Cache.Bench.ps1') -Size $Size -Repeat $Runs | Out-Host

if ($Distributed) {
    Write-Host '==> distributed (bench/Distributed/run.sh)'
    bash bench/Distributed/run.sh ([long]($Size / 1MB)) 32 $Runs | Out-Host
}
