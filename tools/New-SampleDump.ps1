#Requires -Version 7.4
<#
.SYNOPSIS
    Regenerates the bundled sample support dump (samples/) and the engine test fixtures
    (tests/RocketChatAnalyzer.Engine.Tests/Fixtures/), each with INDEPENDENT expected values.

.DESCRIPTION
    Deterministic (fixed seed, no network, no clock): two runs give byte-identical files.
    The expected values are computed by the generator's own reference model
    (tools/sample/LogModel.ps1 and the rule functions next to the data), never by running the
    analyzer. The rules are documented in docs/SAMPLES.md. Real log lines come from
    tools/sample/rocketchat-real-lines.tsv (a copy of the shared research corpus); every use is
    listed in samples/SOURCES.md and in the fixture READMEs.

.PARAMETER OutputRoot
    Repository root to write into. Default: the repository that contains this script.

.PARAMETER Seed
    Seed of the generator. Changing it changes every generated file.

.PARAMETER Check
    Generate into a temporary folder and compare every file byte by byte with the files under
    OutputRoot. Writes the differences and exits with code 1 when anything differs.

.EXAMPLE
    dotnet pwsh -NoProfile -File tools/New-SampleDump.ps1

.EXAMPLE
    dotnet pwsh -NoProfile -File tools/New-SampleDump.ps1 -Check
#>
[CmdletBinding()]
param(
    [string] $OutputRoot,
    [int] $Seed = 20251123,
    [switch] $Check
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
[System.Globalization.CultureInfo]::CurrentCulture = [System.Globalization.CultureInfo]::InvariantCulture

$repoRoot = (Resolve-Path (Join-Path $PSScriptRoot '..')).Path
if (-not $OutputRoot) { $OutputRoot = $repoRoot }

. (Join-Path $PSScriptRoot 'sample/Json.ps1')
. (Join-Path $PSScriptRoot 'sample/Random.ps1')
. (Join-Path $PSScriptRoot 'sample/Corpus.ps1')
. (Join-Path $PSScriptRoot 'sample/LogModel.ps1')
. (Join-Path $PSScriptRoot 'sample/SampleLog.ps1')
. (Join-Path $PSScriptRoot 'sample/Settings.ps1')
. (Join-Path $PSScriptRoot 'sample/DumpDocs.ps1')
. (Join-Path $PSScriptRoot 'sample/Archive.ps1')
. (Join-Path $PSScriptRoot 'sample/SampleDump.ps1')
. (Join-Path $PSScriptRoot 'sample/LogFixtures.ps1')
. (Join-Path $PSScriptRoot 'sample/DumpFixtures.ps1')

# The generated folders, relative to the repository root. Only these are cleaned and compared, so
# hand-written fixtures elsewhere under Fixtures/ are never touched.
$generatedPaths = @('samples', 'tests/RocketChatAnalyzer.Engine.Tests/Fixtures/logs', 'tests/RocketChatAnalyzer.Engine.Tests/Fixtures/dumps')

function Invoke-Generator {
    param([string] $Root)
    Import-Corpus -Path (Join-Path $PSScriptRoot 'sample/rocketchat-real-lines.tsv')
    $patterns = New-PatternTable -RulesPath (Join-Path $repoRoot 'src/RocketChatAnalyzer.Engine/Rules/analysis-rules.json')
    $thresholds = (Get-Content -LiteralPath (Join-Path $repoRoot 'src/RocketChatAnalyzer.Engine/Rules/analysis-rules.json') -Raw | ConvertFrom-Json).performanceThresholds
    $sample = Write-SampleDump -Root $Root -Seed $Seed -Patterns $patterns -Thresholds $thresholds
    Write-LogFixtures -Root $Root -Seed ($Seed + 1) -Patterns $patterns
    Write-DumpFixtures -Root $Root -Seed ($Seed + 2) -Thresholds $thresholds
    Write-SourcesFile -Root $Root
    return $sample
}

if (-not $Check) {
    foreach ($p in $generatedPaths) {
        $full = Join-Path $OutputRoot $p
        if (Test-Path $full) { Get-ChildItem -LiteralPath $full -Recurse -File | Where-Object { $_.Name -ne '.gitattributes' } | Remove-Item -Force }
    }
    $sample = Invoke-Generator -Root $OutputRoot
    Write-Host ("Sample dump: {0} queue items, {1} entries, levels {2}" -f $sample.Log.QueueItems, $sample.Log.TotalEntries, (($sample.Log.LevelCounts.GetEnumerator() | ForEach-Object { "$($_.Key)=$($_.Value)" }) -join ' '))
    return
}

$temp = Join-Path ([System.IO.Path]::GetTempPath()) ('rcsample-' + [guid]::NewGuid().ToString('n'))
try {
    [void](Invoke-Generator -Root $temp)
    $differences = [System.Collections.Generic.List[string]]::new()
    foreach ($p in $generatedPaths) {
        $a = Join-Path $temp $p
        $b = Join-Path $OutputRoot $p
        $left = @(if (Test-Path $a) { Get-ChildItem -LiteralPath $a -Recurse -File | ForEach-Object { [System.IO.Path]::GetRelativePath($temp, $_.FullName) } })
        $right = @(if (Test-Path $b) { Get-ChildItem -LiteralPath $b -Recurse -File | Where-Object { $_.Name -ne '.gitattributes' } | ForEach-Object { [System.IO.Path]::GetRelativePath($OutputRoot, $_.FullName) } })
        foreach ($f in ($left + $right | Sort-Object -Unique)) {
            $fa = Join-Path $temp $f; $fb = Join-Path $OutputRoot $f
            if (-not (Test-Path $fa)) { $differences.Add("only in ${OutputRoot}: $f"); continue }
            if (-not (Test-Path $fb)) { $differences.Add("missing (not generated yet): $f"); continue }
            $ha = (Get-FileHash -LiteralPath $fa -Algorithm SHA256).Hash
            $hb = (Get-FileHash -LiteralPath $fb -Algorithm SHA256).Hash
            if ($ha -ne $hb) { $differences.Add("differs: $f") }
        }
    }
    if ($differences.Count -gt 0) {
        $differences | ForEach-Object { Write-Host $_ }
        exit 1
    }
    Write-Host 'Generated files are up to date (byte-identical).'
}
finally {
    if (Test-Path $temp) { Remove-Item -LiteralPath $temp -Recurse -Force }
}
