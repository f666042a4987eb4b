#Requires -Version 7.4
<#
.SYNOPSIS
    The one entry point: builds, tests, benchmarks, packages and demonstrates RocketChatAnalyzer.

.DESCRIPTION
    Build   (default) builds src/RocketChatAnalyzer (and the engine it references) and lays out the
            importable module in out/RocketChatAnalyzer/: manifest (version stamped from
            <VersionPrefix> in Directory.Build.props), assemblies, native libraries under
            runtimes/<rid>/native/, format/type files from module/, and MAML help generated from
            module/en-US/*.md.
    Test    Build, then the xUnit engine tests (dotnet test), then Pester in a fresh
            `pwsh -NoProfile` against out/. The last line printed is `N passed, M failed` for both
            suites together; the exit code is non-zero on any failure or if a suite could not run.
            Nothing is started: services the tests use are passed through the environment
            (RCA_REDIS=host:port, RCA_CHROMIUM=/path/to/chromium), as .ci/run does.
    Bench   Build, then bench/run.ps1 in a fresh pwsh with the remaining arguments (e.g. -Size 1GB).
    Package Build, then out/RocketChatAnalyzer-<version>.zip and out/RocketChatAnalyzer.<version>.nupkg
            (a PSResourceGet package, checked by saving it back from a local folder repository).
    Demo    Build, then in a fresh pwsh: analyze samples/7.8.0-support-dump, print it with the
            default view and export it to out/demo/ in every report format the build has.

.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1 -Task Test

.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Bench -Size 100MB
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Bench', 'Package', 'Demo')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # Passed through to bench/run.ps1 (Bench task only).
    [Parameter(ValueFromRemainingArguments)]
    [string[]] $BenchArgument = @()
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'

$RepoRoot = $PSScriptRoot
$OutDir = Join-Path $RepoRoot 'out'
$ModuleName = 'RocketChatAnalyzer'
$ModuleDir = Join-Path $OutDir $ModuleName
$PublishDir = Join-Path $OutDir "obj/publish-$Configuration"
$TestResultsDir = Join-Path $OutDir 'test-results'
$SampleDump = Join-Path $RepoRoot 'samples/7.8.0-support-dump'

# Native libraries shipped: every runtime PowerShell 7.4+ itself ships for, plus linux-musl-arm64.
# The build fails if one of the first five has no native library (the issue's minimum).
$RequiredRuntimes = 'linux-x64', 'linux-arm64', 'osx-x64', 'osx-arm64', 'win-x64'
$ShippedRuntimes = $RequiredRuntimes + @('linux-arm', 'linux-musl-x64', 'linux-musl-arm64', 'win-x86', 'win-arm64')

# Never copied into the module: PowerShell provides it (and the build only has the reference stub).
$ExcludedAssemblies = @('System.Management.Automation.dll')

$env:DOTNET_NOLOGO = '1'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'
if ([Console]::IsOutputRedirected -and -not $env:NO_COLOR) {
    # Output goes to a log (CI): no ANSI colour codes from this process or the ones it starts.
    $env:NO_COLOR = '1'
    $PSStyle.OutputRendering = 'PlainText'
}

#region Helpers

function Write-Step([string] $Message) {
    Write-Host "==> $Message" -ForegroundColor Cyan
}

function Invoke-Process {
    # Runs a program with this console as its stdin/stdout/stderr (live output, its own colours)
    # and returns its exit code. Arguments are passed as a list, never re-parsed by a shell.
    param([string] $FilePath, [string[]] $ArgumentList = @(), [hashtable] $Environment = @{})
    $startInfo = [System.Diagnostics.ProcessStartInfo]::new($FilePath)
    foreach ($argument in $ArgumentList) { $startInfo.ArgumentList.Add($argument) }
    $startInfo.UseShellExecute = $false
    $startInfo.WorkingDirectory = $RepoRoot
    foreach ($name in $Environment.Keys) { $startInfo.Environment[$name] = [string]$Environment[$name] }
    $process = [System.Diagnostics.Process]::Start($startInfo)
    try {
        $process.WaitForExit()
        return $process.ExitCode
    }
    finally {
        $process.Dispose()
    }
}

function Invoke-Native {
    # Runs a program (see Invoke-Process) and throws if it fails.
    param([string] $FilePath, [string[]] $ArgumentList)
    $exitCode = Invoke-Process -FilePath $FilePath -ArgumentList $ArgumentList
    if ($exitCode -ne 0) {
        throw "'$FilePath $($ArgumentList -join ' ')' failed with exit code $exitCode."
    }
}

function Get-PwshCommandLine {
    # The pwsh that runs this script, as a fresh process: `dotnet pwsh` runs pwsh.dll under the
    # dotnet host, a regular install runs the pwsh executable itself.
    $processPath = [Environment]::ProcessPath
    if ([System.IO.Path]::GetFileNameWithoutExtension($processPath) -eq 'pwsh') {
        return , @($processPath)
    }
    return , @($processPath, (Join-Path $PSHOME 'pwsh.dll'))
}

function Invoke-FreshPwsh {
    # Runs a script file in a new `pwsh -NoProfile -NonInteractive` in the repository root and
    # returns its exit code.
    param([string] $File, [string[]] $ArgumentList = @(), [hashtable] $Environment = @{})
    $commandLine = Get-PwshCommandLine
    $arguments = @($commandLine | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File', $File) + $ArgumentList
    return Invoke-Process -FilePath $commandLine[0] -ArgumentList $arguments -Environment $Environment
}

function Get-ModuleVersion {
    # The one version source: <VersionPrefix> in Directory.Build.props.
    $props = [xml](Get-Content -Raw -LiteralPath (Join-Path $RepoRoot 'Directory.Build.props'))
    $prefix = @($props.Project.PropertyGroup | ForEach-Object {
            if ($_.PSObject.Properties['VersionPrefix']) { $_.VersionPrefix }
        } | Where-Object { $_ }) | Select-Object -First 1
    if (-not $prefix -or -not ($prefix -as [version])) {
        throw "Directory.Build.props has no usable <VersionPrefix> (found '$prefix')."
    }
    return [string]$prefix
}

#endregion

#region Build

function Copy-ModuleFile {
    # Manifest (version stamped), assemblies, native libraries, format/type files.
    param([string] $Version)

    if (Test-Path -LiteralPath $ModuleDir) { Remove-Item -LiteralPath $ModuleDir -Recurse -Force }
    $null = New-Item -ItemType Directory -Path $ModuleDir

    $assemblies = Get-ChildItem -LiteralPath $PublishDir -File |
        Where-Object { $_.Extension -eq '.dll' -and $_.Name -notin $ExcludedAssemblies }
    foreach ($file in $assemblies) { Copy-Item -LiteralPath $file.FullName -Destination $ModuleDir }
    # Our own symbols, so stack traces in error records carry file and line.
    Get-ChildItem -LiteralPath $PublishDir -File -Filter "$ModuleName*.pdb" |
        ForEach-Object { Copy-Item -LiteralPath $_.FullName -Destination $ModuleDir }
    foreach ($required in "$ModuleName.dll", "$ModuleName.Engine.dll") {
        if (-not (Test-Path -LiteralPath (Join-Path $ModuleDir $required))) {
            throw "The build produced no $required."
        }
    }

    $runtimesDir = Join-Path $PublishDir 'runtimes'
    $managedPerRuntime = @(Get-ChildItem -LiteralPath $runtimesDir -Recurse -File -ErrorAction Ignore |
            Where-Object { $_.FullName -match '[\\/]lib[\\/]' })
    if ($managedPerRuntime.Count -gt 0) {
        # PowerShell loads module assemblies from the module folder only; a runtime-specific managed
        # assembly would be ignored and its portable stub used instead.
        $names = ($managedPerRuntime.Name | Sort-Object -Unique) -join ', '
        Write-Warning "Runtime-specific managed assemblies are not used by PowerShell: $names"
    }
    foreach ($rid in $ShippedRuntimes) {
        $source = Join-Path $runtimesDir "$rid/native"
        $files = @(Get-ChildItem -LiteralPath $source -File -ErrorAction Ignore)
        if ($files.Count -eq 0) {
            if ($rid -in $RequiredRuntimes) { throw "No native libraries for $rid in $source." }
            continue
        }
        $target = Join-Path $ModuleDir "runtimes/$rid/native"
        $null = New-Item -ItemType Directory -Force -Path $target
        foreach ($file in $files) { Copy-Item -LiteralPath $file.FullName -Destination $target }
    }

    # Manifest: the source with ModuleVersion stamped; listed format/type files must exist in
    # module/ and every format/type file in module/ must be listed.
    $sourceManifest = Join-Path $RepoRoot "$ModuleName.psd1"
    $text = Get-Content -Raw -LiteralPath $sourceManifest
    $versionPattern = "(?m)^(\s*ModuleVersion\s*=\s*)'[^']*'"
    if ([regex]::Matches($text, $versionPattern).Count -ne 1) {
        throw "$sourceManifest must contain exactly one line ModuleVersion = '…'."
    }
    $text = [regex]::Replace($text, $versionPattern, "`${1}'$Version'")
    $manifestData = Import-PowerShellDataFile -LiteralPath $sourceManifest
    $moduleSourceDir = Join-Path $RepoRoot 'module'
    foreach ($kind in @(@{ Key = 'FormatsToProcess'; Pattern = '*.Format.ps1xml' }, @{ Key = 'TypesToProcess'; Pattern = '*.Types.ps1xml' })) {
        $listed = @($manifestData[$kind.Key] | Where-Object { $_ })
        $present = @(Get-ChildItem -LiteralPath $moduleSourceDir -File -Filter $kind.Pattern -ErrorAction Ignore | ForEach-Object Name)
        foreach ($name in $listed) {
            if ($name -notin $present) { throw "$ModuleName.psd1 lists $($kind.Key) '$name', but module/$name does not exist." }
            Copy-Item -LiteralPath (Join-Path $moduleSourceDir $name) -Destination $ModuleDir
        }
        foreach ($name in $present) {
            if ($name -notin $listed) { throw "module/$name exists but is not listed in $($kind.Key) in $ModuleName.psd1." }
        }
    }
    $outManifest = Join-Path $ModuleDir "$ModuleName.psd1"
    [System.IO.File]::WriteAllText($outManifest, $text, [System.Text.UTF8Encoding]::new($false))
    $null = Import-PowerShellDataFile -LiteralPath $outManifest
}

function Invoke-BuildTask {
    $version = Get-ModuleVersion
    Write-Step "Building $ModuleName $version ($Configuration)"
    if (Test-Path -LiteralPath $PublishDir) { Remove-Item -LiteralPath $PublishDir -Recurse -Force }
    Invoke-Native dotnet @(
        'publish', (Join-Path $RepoRoot "src/$ModuleName/$ModuleName.csproj"),
        '--configuration', $Configuration, '--output', $PublishDir, '--nologo', '-v:minimal')

    Write-Step "Laying out $ModuleDir"
    Copy-ModuleFile -Version $version

    Write-Step 'Generating MAML help from module/en-US'
    $helpPath = Join-Path $ModuleDir "en-US/$ModuleName.dll-Help.xml"
    $exitCode = Invoke-FreshPwsh -File (Join-Path $RepoRoot 'tools/New-MamlHelp.ps1') -ArgumentList @(
        '-ModuleDirectory', $ModuleDir, '-SourceDirectory', (Join-Path $RepoRoot 'module/en-US'), '-OutputPath', $helpPath)
    if ($exitCode -ne 0) { throw 'Help generation failed (see the message above).' }
    Write-Step "Built $ModuleDir ($version)"
}

#endregion

#region Test

function Get-TrxCount {
    # Reads <Counters> from a Visual Studio test results file.
    param([string] $Path)
    $trx = [xml](Get-Content -Raw -LiteralPath $Path)
    $counters = $trx.TestRun.ResultSummary.Counters
    return [pscustomobject]@{
        Passed  = [int]$counters.passed
        Failed  = [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
        Skipped = [int]$counters.notExecuted
        Total   = [int]$counters.total
    }
}

function Get-TrxFailure {
    # The failed tests of a Visual Studio test results file: name and the first lines of the message,
    # so that the end of a CI log says which test failed (the console logger's output is far above).
    param([string] $Path)
    $trx = [xml](Get-Content -Raw -LiteralPath $Path)
    foreach ($result in @($trx.TestRun.Results.UnitTestResult)) {
        if ($null -eq $result -or $result.outcome -eq 'Passed' -or $result.outcome -eq 'NotExecuted') { continue }
        $message = "$($result.Output.ErrorInfo.Message)" -split "`n" | Select-Object -First 6
        [pscustomobject]@{ Name = $result.testName; Outcome = $result.outcome; Message = ($message -join "`n") }
    }
}

function Invoke-EngineTest {
    Write-Step 'xUnit: tests/RocketChatAnalyzer.Engine.Tests'
    $trxName = 'engine.trx'
    $trxPath = Join-Path $TestResultsDir $trxName
    $exitCode = Invoke-Process -FilePath dotnet -ArgumentList @(
        'test', (Join-Path $RepoRoot 'tests/RocketChatAnalyzer.Engine.Tests'),
        '--configuration', $Configuration, '--nologo',
        '--logger', "trx;LogFileName=$trxName", '--logger', 'console;verbosity=minimal',
        '--results-directory', $TestResultsDir)
    if (-not (Test-Path -LiteralPath $trxPath)) {
        Write-Host "xUnit could not run (dotnet test exit code $exitCode, no $trxName)." -ForegroundColor Red
        return $null
    }
    $count = Get-TrxCount $trxPath
    $count | Add-Member -NotePropertyName Failures -NotePropertyValue @(Get-TrxFailure $trxPath)
    if ($exitCode -ne 0 -and $count.Failed -eq 0) {
        # dotnet test failed for a reason the counters do not show (e.g. a crashed test host).
        Write-Host "dotnet test exited with $exitCode although no test failed; counting the run as failed." -ForegroundColor Red
        $count.Failed = 1
    }
    return $count
}

function Get-PesterManifest {
    # Pester 5.7.1 comes from NuGet: tools/Pester.proj downloads it into the package folder.
    $project = Join-Path $RepoRoot 'tools/Pester.proj'
    Invoke-Native dotnet @('restore', $project, '--nologo', '-v:quiet')
    $assets = Get-Content -Raw -LiteralPath (Join-Path $RepoRoot 'tools/obj/project.assets.json') | ConvertFrom-Json -AsHashtable
    foreach ($folder in $assets['packageFolders'].Keys) {
        $manifest = Get-ChildItem -LiteralPath (Join-Path $folder 'pester/5.7.1') -Recurse -File -Filter 'Pester.psd1' -ErrorAction Ignore |
            Select-Object -First 1
        if ($manifest) { return $manifest.FullName }
    }
    throw 'Pester 5.7.1 was restored but Pester.psd1 was not found in the NuGet package folders.'
}

function Invoke-PesterTest {
    Write-Step 'Pester: tests/Pester in a fresh pwsh -NoProfile against out/'
    try {
        $pester = Get-PesterManifest
    }
    catch {
        Write-Host "Pester could not run: $($_.Exception.Message)" -ForegroundColor Red
        return $null
    }
    $summaryPath = Join-Path $TestResultsDir 'pester-summary.json'
    $exitCode = Invoke-FreshPwsh -File (Join-Path $RepoRoot 'tools/Invoke-PesterSuite.ps1') -ArgumentList @(
        '-PesterManifest', $pester, '-TestPath', (Join-Path $RepoRoot 'tests/Pester'),
        '-ResultDirectory', $TestResultsDir) -Environment @{ RCA_MODULE_PATH = $ModuleDir; RCA_REPO_ROOT = $RepoRoot
            # The Invoke-* cmdlets cache by default: tests use a cache of their own, never the user's.
            XDG_CACHE_HOME = (Join-Path $TestResultsDir 'cache-home') }
    if (-not (Test-Path -LiteralPath $summaryPath)) {
        Write-Host "Pester could not run (exit code $exitCode, no summary written)." -ForegroundColor Red
        return $null
    }
    return Get-Content -Raw -LiteralPath $summaryPath | ConvertFrom-Json
}

function Invoke-TestTask {
    Invoke-BuildTask
    if (Test-Path -LiteralPath $TestResultsDir) { Remove-Item -LiteralPath $TestResultsDir -Recurse -Force }
    $null = New-Item -ItemType Directory -Path $TestResultsDir

    foreach ($name in 'RCA_REDIS', 'RCA_CHROMIUM') {
        $value = [Environment]::GetEnvironmentVariable($name)
        Write-Host ("{0} = {1}" -f $name, $(if ($value) { $value } else { '(not set: tests that need it report it)' }))
    }

    $engine = Invoke-EngineTest
    $pester = Invoke-PesterTest

    $passed = 0
    $failed = 0
    $couldNotRun = [System.Collections.Generic.List[string]]::new()
    if ($null -eq $engine) { $couldNotRun.Add('xUnit') }
    else {
        Write-Host ("xUnit:  {0} passed, {1} failed, {2} skipped" -f $engine.Passed, $engine.Failed, $engine.Skipped)
        $passed += $engine.Passed
        $failed += $engine.Failed
        foreach ($failure in $engine.Failures) {
            Write-Host ("  xUnit {0}: {1}" -f $failure.Outcome, $failure.Name) -ForegroundColor Red
            foreach ($line in $failure.Message -split "`n") { Write-Host "      $line" }
        }
    }
    if ($null -eq $pester) { $couldNotRun.Add('Pester') }
    else {
        Write-Host ("Pester: {0} passed, {1} failed, {2} skipped, {3} not run; {4} failed container(s)" -f
            $pester.Passed, $pester.Failed, $pester.Skipped, $pester.NotRun, $pester.FailedContainers)
        $passed += $pester.Passed
        $failed += $pester.Failed
    }
    if ($couldNotRun.Count -gt 0) {
        Write-Host ("Could not run: {0}" -f ($couldNotRun -join ', ')) -ForegroundColor Red
    }
    Write-Host "Results: $TestResultsDir"
    # The closing line CI reads: exactly `N passed, M failed`, nothing after it.
    Write-Host "$passed passed, $failed failed"
    if ($failed -gt 0 -or $couldNotRun.Count -gt 0) { return 1 }
    return 0
}

#endregion

#region Bench, Package, Demo

function Invoke-BenchTask {
    Invoke-BuildTask
    $script = Join-Path $RepoRoot 'bench/run.ps1'
    if (-not (Test-Path -LiteralPath $script)) {
        Write-Warning 'bench/run.ps1 does not exist yet: nothing to benchmark.'
        return 0
    }
    Write-Step "bench/run.ps1 $($BenchArgument -join ' ')"
    return Invoke-FreshPwsh -File $script -ArgumentList $BenchArgument -Environment @{ RCA_MODULE_PATH = $ModuleDir }
}

function Invoke-PackageTask {
    Invoke-BuildTask
    $version = Get-ModuleVersion
    $zip = Join-Path $OutDir "$ModuleName-$version.zip"
    if (Test-Path -LiteralPath $zip) { Remove-Item -LiteralPath $zip -Force }
    Write-Step "Packaging $zip"
    # The zip holds the RocketChatAnalyzer/ folder, so it unpacks straight into a module path.
    [System.IO.Compression.ZipFile]::CreateFromDirectory($ModuleDir, $zip, [System.IO.Compression.CompressionLevel]::Optimal, $true)

    $nupkg = Join-Path $OutDir "$ModuleName.$version.nupkg"
    if (Test-Path -LiteralPath $nupkg) { Remove-Item -LiteralPath $nupkg -Force }
    Write-Step "Packaging $nupkg (PSResourceGet)"
    $exitCode = Invoke-FreshPwsh -File (Join-Path $RepoRoot 'tools/New-ModulePackage.ps1') -ArgumentList @(
        '-ModuleDirectory', $ModuleDir, '-DestinationDirectory', $OutDir, '-Version', $version)
    if ($exitCode -ne 0) { throw 'Creating or checking the .nupkg failed (see the message above).' }
    Write-Step "Packages: $zip, $nupkg"
    return 0
}

function Invoke-DemoTask {
    Invoke-BuildTask
    Write-Step "Demo: Invoke-RocketChatDumpAnalysis -Path samples/7.8.0-support-dump"
    return Invoke-FreshPwsh -File (Join-Path $RepoRoot 'tools/Invoke-Demo.ps1') -ArgumentList @(
        '-ModuleDirectory', $ModuleDir, '-SamplePath', $SampleDump, '-OutputDirectory', (Join-Path $OutDir 'demo'))
}

#endregion

if ($Task -ne 'Bench' -and $BenchArgument.Count -gt 0) {
    Write-Error "Unknown argument(s) for -Task ${Task}: $($BenchArgument -join ' ')" -ErrorAction Continue
    exit 2
}

try {
    $exitCode = switch ($Task) {
        'Build' { Invoke-BuildTask; 0 }
        'Test' { Invoke-TestTask }
        'Bench' { Invoke-BenchTask }
        'Package' { Invoke-PackageTask }
        'Demo' { Invoke-DemoTask }
    }
}
catch {
    Write-Host "build.ps1 -Task ${Task} failed: $($_.Exception.Message)" -ForegroundColor Red
    if ($Task -eq 'Test') {
        # A Test run that could not even build still ends with the closing line.
        Write-Host '0 passed, 1 failed'
    }
    exit 1
}
exit $exitCode
