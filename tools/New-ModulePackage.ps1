<#
.SYNOPSIS
    Creates out/RocketChatAnalyzer.<version>.nupkg with PSResourceGet and proves it installs: the
    package is saved back from a throw-away local folder repository.

.DESCRIPTION
    Runs in a fresh pwsh (build.ps1 -Task Package) with HOME pointed at a temporary folder, so
    registering the temporary repository never touches the user's PSResourceGet configuration.
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
$name = Split-Path -Leaf $ModuleDirectory
$scratch = Join-Path ([System.IO.Path]::GetTempPath()) "rca-package-$([guid]::NewGuid().ToString('n'))"
$repository = Join-Path $scratch 'repository'
$null = New-Item -ItemType Directory -Force -Path $repository, (Join-Path $scratch 'home'), (Join-Path $scratch 'saved')
$savedHome = $env:HOME
$savedLocalAppData = $env:LOCALAPPDATA
try {
    # PSResourceGet keeps its repository list under HOME (LOCALAPPDATA on Windows).
    $env:HOME = Join-Path $scratch 'home'
    $env:LOCALAPPDATA = Join-Path $scratch 'home'

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
    $env:HOME = $savedHome
    $env:LOCALAPPDATA = $savedLocalAppData
    Remove-Item -LiteralPath $scratch -Recurse -Force -ErrorAction Ignore
}
