# The built module as a whole: it imports in a fresh pwsh, carries the one version, ships its
# format files and native libraries, and loads SQLite's native library from its own folder.
# Runs against $env:RCA_MODULE_PATH (set by build.ps1 -Task Test), else out/RocketChatAnalyzer.

BeforeDiscovery {
    $repoRoot = if ($env:RCA_REPO_ROOT) { $env:RCA_REPO_ROOT } else { (Resolve-Path "$PSScriptRoot/../..").Path }
    $moduleDirectory = if ($env:RCA_MODULE_PATH) { $env:RCA_MODULE_PATH } else { Join-Path $repoRoot 'out/RocketChatAnalyzer' }
    $manifest = Import-PowerShellDataFile -LiteralPath (Join-Path $moduleDirectory 'RocketChatAnalyzer.psd1')
    $formatFiles = @($manifest.FormatsToProcess | Where-Object { $_ })
    $typeFiles = @($manifest.TypesToProcess | Where-Object { $_ })
    # The issue's minimum set of runtimes, with the file name SQLitePCLRaw's loader asks for there.
    $nativeLibraries = @(
        @{ Rid = 'linux-x64'; File = 'libe_sqlite3.so' }
        @{ Rid = 'linux-arm64'; File = 'libe_sqlite3.so' }
        @{ Rid = 'osx-x64'; File = 'libe_sqlite3.dylib' }
        @{ Rid = 'osx-arm64'; File = 'libe_sqlite3.dylib' }
        @{ Rid = 'win-x64'; File = 'e_sqlite3.dll' }
    )
}

BeforeAll {
    $repoRoot = if ($env:RCA_REPO_ROOT) { $env:RCA_REPO_ROOT } else { (Resolve-Path "$PSScriptRoot/../..").Path }
    $moduleDirectory = if ($env:RCA_MODULE_PATH) { $env:RCA_MODULE_PATH } else { Join-Path $repoRoot 'out/RocketChatAnalyzer' }
    $manifestPath = Join-Path $moduleDirectory 'RocketChatAnalyzer.psd1'
    $manifest = Import-PowerShellDataFile -LiteralPath $manifestPath

    function Invoke-FreshPwsh {
        # Runs $Command in a new `pwsh -NoProfile -NonInteractive` (the same pwsh as this one) and
        # returns its exit code and output lines (stdout and stderr together).
        param([string] $Command)
        $processPath = [Environment]::ProcessPath
        # `dotnet pwsh` runs pwsh.dll under the dotnet host; an installed pwsh is its own executable.
        $prefix = @(if ([System.IO.Path]::GetFileNameWithoutExtension($processPath) -ne 'pwsh') { Join-Path $PSHOME 'pwsh.dll' })
        $encoded = [Convert]::ToBase64String([System.Text.Encoding]::Unicode.GetBytes($Command))
        $output = & $processPath @prefix -NoProfile -NonInteractive -OutputFormat Text -EncodedCommand $encoded 2>&1
        [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = @($output | ForEach-Object { "$_" }) }
    }
}

Describe 'The built module' {
    It 'imports in a fresh pwsh -NoProfile' {
        $result = Invoke-FreshPwsh "`$ErrorActionPreference = 'Stop'; Import-Module '$moduleDirectory'; (Get-Module RocketChatAnalyzer).Version.ToString()"

        $result.ExitCode | Should -Be 0 -Because ($result.Output -join "`n")
        $result.Output[-1] | Should -Be $manifest.ModuleVersion
    }

    It 'has the VersionPrefix of Directory.Build.props as its version (the one version source)' {
        $props = [xml](Get-Content -Raw -LiteralPath (Join-Path $repoRoot 'Directory.Build.props'))
        $prefix = @($props.Project.PropertyGroup.VersionPrefix | Where-Object { $_ })[0]

        $prefix | Should -Not -BeNullOrEmpty
        $manifest.ModuleVersion | Should -Be $prefix
        (Get-Item (Join-Path $moduleDirectory 'RocketChatAnalyzer.dll')).VersionInfo.FileVersion | Should -BeLike "$prefix*"
    }

    It 'declares PowerShell 7.4, the Core edition and the cmdlet assembly as root module' {
        $manifest.PowerShellVersion | Should -Be '7.4'
        $manifest.CompatiblePSEditions | Should -Be @('Core')
        $manifest.RootModule | Should -Be 'RocketChatAnalyzer.dll'
    }

    It 'does not ship System.Management.Automation.dll (PowerShell provides it)' {
        Join-Path $moduleDirectory 'System.Management.Automation.dll' | Should -Not -Exist
    }

    It 'declares at least one format file, so results have a default view' {
        @($manifest.FormatsToProcess | Where-Object { $_ }).Count | Should -BeGreaterThan 0
    }

    It 'ships the format file <_> it declares' -ForEach $formatFiles {
        Join-Path $moduleDirectory $_ | Should -Exist
    }

    It 'ships the types file <_> it declares' -ForEach $typeFiles {
        Join-Path $moduleDirectory $_ | Should -Exist
    }

    It 'ships the SQLite native library for <Rid>' -ForEach $nativeLibraries {
        Join-Path $moduleDirectory "runtimes/$Rid/native/$File" | Should -Exist
    }

    It 'exports every cmdlet its assembly implements (none is forgotten in CmdletsToExport)' {
        $module = Import-Module $moduleDirectory -PassThru -Force
        $implemented = foreach ($type in $module.ImplementingAssembly.GetExportedTypes()) {
            $attribute = [System.Attribute]::GetCustomAttribute($type, [System.Management.Automation.CmdletAttribute])
            if ($attribute) { "$($attribute.VerbName)-$($attribute.NounName)" }
        }
        $notExported = @($implemented | Where-Object { $_ -notin $manifest.CmdletsToExport })

        $notExported | Should -BeNullOrEmpty -Because 'RocketChatAnalyzer.psd1 must list every cmdlet in CmdletsToExport'
    }
}

Describe 'Native SQLite in a fresh pwsh' {
    It 'opens an in-memory database through the engine after Import-Module' {
        $result = Invoke-FreshPwsh @"
`$ErrorActionPreference = 'Stop'
Import-Module '$moduleDirectory'
[RocketChatAnalyzer.Internal.SqliteProbe]::Version()
"@

        $result.ExitCode | Should -Be 0 -Because ($result.Output -join "`n")
        $result.Output[-1] | Should -Match '^3\.\d+\.\d+$'
    }

    It 'still works after Remove-Module and a second Import-Module -Force' {
        $result = Invoke-FreshPwsh @"
`$ErrorActionPreference = 'Stop'
Import-Module '$moduleDirectory'
Remove-Module RocketChatAnalyzer
Import-Module '$moduleDirectory' -Force
Import-Module '$moduleDirectory' -Force
[RocketChatAnalyzer.Internal.SqliteProbe]::Version()
"@

        $result.ExitCode | Should -Be 0 -Because ($result.Output -join "`n")
        $result.Output[-1] | Should -Match '^3\.\d+\.\d+$'
    }

    It 'fails to load SQLite when the module initializer is bypassed (the probe can fail)' {
        # Loading the engine without importing the module skips the resolver: the pitfall the
        # resolver exists for must show, or the test above proves nothing.
        $result = Invoke-FreshPwsh @"
Add-Type -LiteralPath '$(Join-Path $moduleDirectory 'RocketChatAnalyzer.Engine.dll')'
try { [RocketChatAnalyzer.Internal.SqliteProbe]::Version(); 'loaded' }
catch { 'failed: ' + `$_.Exception.InnerException.GetType().Name }
"@

        $result.Output[-1] | Should -Be 'failed: TypeInitializationException'
    }
}
