<#
.SYNOPSIS
    The README's first command (build.ps1 -Task Demo) after the build: analyzes the bundled sample
    dump in a fresh pwsh, prints it with its default view and exports it in every report format.

.DESCRIPTION
    Fails (exit code 1) when the module does not import, the analysis fails or an export in a
    format the build offers fails. A report format that Export-AnalysisReport does not offer yet
    is named and skipped.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string] $ModuleDirectory,

    [Parameter(Mandatory)]
    [string] $SamplePath,

    [Parameter(Mandatory)]
    [string] $OutputDirectory
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# A relative name such as out/RocketChatAnalyzer would be looked up in $env:PSModulePath: resolve it.
Import-Module -Name (Resolve-Path -LiteralPath $ModuleDirectory).ProviderPath

$analysis = Invoke-RocketChatDumpAnalysis -Path $SamplePath
# The default view (module/*.Format.ps1xml) is what a user sees at the console.
$analysis | Out-Host

$null = New-Item -ItemType Directory -Force -Path $OutputDirectory
$wanted = [ordered]@{ Json = 'json'; Csv = 'csv'; Html = 'html'; Markdown = 'md' }
$offered = @((Get-Command Export-AnalysisReport).Parameters['Format'].Attributes |
        Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] } |
        ForEach-Object ValidValues)
if ($offered.Count -eq 0) {
    $formatType = (Get-Command Export-AnalysisReport).Parameters['Format'].ParameterType
    if ($formatType.IsEnum) { $offered = [Enum]::GetNames($formatType) }
}

$written = foreach ($format in $wanted.Keys) {
    if ($offered -notcontains $format) {
        Write-Host "Report format $format is not implemented in this build yet; skipped." -ForegroundColor Yellow
        continue
    }
    $path = Join-Path $OutputDirectory "report.$($wanted[$format])"
    $analysis | Export-AnalysisReport -Format $format -Path $path -PassThru
}
Write-Host ''
Write-Host 'Reports:'
$written | ForEach-Object { Write-Host "  $($_.FullName)  ($($_.Length) bytes)" }
