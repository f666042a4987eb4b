<#
.SYNOPSIS
    Creates out/RocketChatAnalyzer.<version>.nupkg with PSResourceGet and proves it installs: the
    package is saved back from a throw-away local folder repository.

.DESCRIPTION
    Runs in a fresh pwsh (build.ps1 -Task Package). On Linux and macOS, HOME and XDG_DATA_HOME
    point at a temporary folder while the temporary repository is registered, so the user's
    PSResourceGet configuration is never touched. (On Windows PSResourceGet asks the OS for the
    local application data folder; there the temporary repository is registered in the user's
    list and unregistered again.)
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string] $ModuleDirectory,

    [Parameter(Mandatory)]
    [string] $DestinationDirectory,

    [Parameter(Mandatory)]
    [string] $Version
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'

Import-Module Microsoft.PowerShell.PSResourceGet
$ModuleDirectory = (Resolve-Path -LiteralPath $ModuleDirectory).ProviderPath
$DestinationDirectory = (Resolve-Path -LiteralPath $DestinationDirectory).ProviderPath
$name = Split-Path -Leaf $ModuleDirectory
$scratch = Join-Path ([System.IO.Path]::GetTempPath()) "rca-package-$([guid]::NewGuid().ToString('n'))"
$repository = Join-Path $scratch 'repository'
$dataHome = Join-Path $scratch 'home/.local/share'
# The data folder must exist: .NET returns '' for a missing one, and PSResourceGet would then
# write its repository list relative to the current directory.
$null = New-Item -ItemType Directory -Force -Path $repository, $dataHome, (Join-Path $scratch 'saved')
$saved = @{ HOME = $env:HOME; XDG_DATA_HOME = $env:XDG_DATA_HOME }
Push-Location -LiteralPath $scratch
try {
    $env:HOME = Join-Path $scratch 'home'
    $env:XDG_DATA_HOME = $dataHome

    Compress-PSResource -Path $ModuleDirectory -DestinationPath $repository
    $package = Get-ChildItem -LiteralPath $repository -Filter "$name.$Version*.nupkg" | Select-Object -First 1
    if ($null -eq $package) { throw "Compress-PSResource wrote no $name.$Version.nupkg." }

    $repositoryName = "rca-$([guid]::NewGuid().ToString('n').Substring(0, 8))"
    Register-PSResourceRepository -Name $repositoryName -Uri $repository -Trusted
    try {
        Save-PSResource -Name $name -Version $Version -Repository $repositoryName -Path (Join-Path $scratch 'saved') -TrustRepository
    }
    finally {
        Unregister-PSResourceRepository -Name $repositoryName
    }
    $savedManifest = Get-ChildItem -LiteralPath (Join-Path $scratch "saved/$name") -Recurse -Filter "$name.psd1" | Select-Object -First 1
    if ($null -eq $savedManifest) { throw "Save-PSResource did not produce $name/$Version/$name.psd1." }
    $savedVersion = (Import-PowerShellDataFile -LiteralPath $savedManifest.FullName).ModuleVersion
    if ($savedVersion -ne $Version) { throw "The saved package has version $savedVersion, expected $Version." }

    Copy-Item -LiteralPath $package.FullName -Destination (Join-Path $DestinationDirectory "$name.$Version.nupkg") -Force
    Write-Host "Saved back from a local repository: $($savedManifest.FullName -replace [regex]::Escape($scratch), '<tmp>')"
}
finally {
    $env:HOME = $saved.HOME
    $env:XDG_DATA_HOME = $saved.XDG_DATA_HOME
    Pop-Location
    Remove-Item -LiteralPath $scratch -Recurse -Force -ErrorAction Ignore
}
