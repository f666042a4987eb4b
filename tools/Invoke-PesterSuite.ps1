<#
.SYNOPSIS
    Runs the Pester suite; build.ps1 -Task Test starts it in a fresh `pwsh -NoProfile`.

.DESCRIPTION
    Writes <ResultDirectory>/pester.xml (NUnit XML, for people and CI artifacts) and
    <ResultDirectory>/pester-summary.json (the counts build.ps1 adds up). A missing summary means
    the suite could not run. The test files find the built module through $env:RCA_MODULE_PATH.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string] $PesterManifest,

    [Parameter(Mandatory)]
    [string] $TestPath,

    [Parameter(Mandatory)]
    [string] $ResultDirectory
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

Import-Module -Name $PesterManifest -Force
$pester = Get-Module Pester
if ($pester.Version -ne [version]'5.7.1') {
    throw "Expected Pester 5.7.1, got $($pester.Version) from $($pester.Path)."
}

$configuration = New-PesterConfiguration
$configuration.Run.Path = $TestPath
$configuration.Run.PassThru = $true
$configuration.Run.Exit = $false
$configuration.Output.Verbosity = 'Detailed'
$configuration.TestResult.Enabled = $true
$configuration.TestResult.OutputFormat = 'NUnitXml'
$configuration.TestResult.OutputPath = Join-Path $ResultDirectory 'pester.xml'

$result = Invoke-Pester -Configuration $configuration

# Failures that are not a failed test must still count, or they would pass silently:
# - a container (test file) that failed outside any test: a parse error, a throwing BeforeDiscovery;
# - a block whose AfterAll failed while its tests passed. (A failed BeforeAll already marks the
#   block's tests as failed, so such a block adds nothing.)
function Test-HasFailedTest($Block) {
    foreach ($test in $result.Failed) {
        for ($parent = $test.Block; $null -ne $parent; $parent = $parent.Parent) {
            if ([object]::ReferenceEquals($parent, $Block)) { return $true }
        }
    }
    return $false
}
$blockFailures = @($result.FailedBlocks | Where-Object { -not (Test-HasFailedTest $_) }).Count

$summary = [ordered]@{
    Passed           = $result.PassedCount
    Failed           = $result.FailedCount + $result.FailedContainersCount + $blockFailures
    Skipped          = $result.SkippedCount
    NotRun           = $result.NotRunCount
    FailedBlocks     = $result.FailedBlocksCount
    FailedContainers = $result.FailedContainersCount
    Result           = $result.Result
}
$summary | ConvertTo-Json | Set-Content -LiteralPath (Join-Path $ResultDirectory 'pester-summary.json') -Encoding utf8NoBOM
