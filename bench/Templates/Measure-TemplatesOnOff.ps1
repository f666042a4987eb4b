<#
.SYNOPSIS
    Templates on vs off measured the way issue #4 states it: Invoke-LogAnalysisParallel with and
    without -NoTemplates, in one PowerShell session, alternating pairs.
.DESCRIPTION
    Imports the built module (out/RocketChatAnalyzer, or $env:RCA_MODULE_PATH), runs one untimed analysis of each kind, then
    -Pairs alternating pairs (on first in odd pairs, off first in even ones) with -NoCache (the
    analysis cache would answer repeats from SQLite). A templates-on call also reads .Templates
    (stage 2), as any caller that uses the templates does. Prints each pair and the best and median
    slowdown; the ratio is the figure, since single runs on a shared machine scatter.
.EXAMPLE
    dotnet pwsh -NoProfile -File bench/Templates/Measure-TemplatesOnOff.ps1 -Path bench/data/varied-1024MB-42.log -Pairs 8
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Path,
    [int] $Pairs = 8,
    [int] $ThrottleLimit = 2
)
$ErrorActionPreference = 'Stop'
# The module build.ps1 built (RCA_MODULE_PATH when build.ps1 -Task Bench runs this), else out/.
$module = if ($env:RCA_MODULE_PATH) { $env:RCA_MODULE_PATH } else { Join-Path $PSScriptRoot '../../out/RocketChatAnalyzer' }
Import-Module (Join-Path $module 'RocketChatAnalyzer.psd1')
$file = (Resolve-Path $Path).ProviderPath

function Measure-Once([bool] $Templates) {
    (Measure-Command {
        if ($Templates) {
            $r = Invoke-LogAnalysisParallel -LiteralPath $file -ThrottleLimit $ThrottleLimit -NoCache
            $null = $r.Templates.Count
        }
        else { $null = Invoke-LogAnalysisParallel -LiteralPath $file -ThrottleLimit $ThrottleLimit -NoCache -NoTemplates }
    }).TotalSeconds
}

$null = Measure-Once $true
$null = Measure-Once $false
$on = [System.Collections.Generic.List[double]]::new()
$off = [System.Collections.Generic.List[double]]::new()
$ratio = [System.Collections.Generic.List[double]]::new()
for ($p = 0; $p -lt $Pairs; $p++) {
    if ($p % 2 -eq 0) { $a = Measure-Once $true; $b = Measure-Once $false }
    else { $b = Measure-Once $false; $a = Measure-Once $true }
    $on.Add($a); $off.Add($b); $ratio.Add($a / $b - 1)
    '  pair {0}: on {1:0.000} s, off {2:0.000} s ({3:+0.0;-0.0} %)' -f ($p + 1), $a, $b, (100 * ($a / $b - 1))
}
$sorted = @($ratio | Sort-Object)
$median = if ($sorted.Count % 2) { $sorted[($sorted.Count - 1) / 2] } else { ($sorted[$sorted.Count / 2 - 1] + $sorted[$sorted.Count / 2]) / 2 }
$best = ($on | Measure-Object -Minimum).Minimum / ($off | Measure-Object -Minimum).Minimum - 1
'Invoke-LogAnalysisParallel on vs -NoTemplates, {0}, {1} threads, {2} pairs in one session: best {3:+0.0;-0.0} %, median of pairs {4:+0.0;-0.0} %' -f (Split-Path $file -Leaf), $ThrottleLimit, $Pairs, (100 * $best), (100 * $median)
