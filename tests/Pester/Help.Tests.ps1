# Help of every exported cmdlet: synopsis, description, text for every parameter, at least one
# example — and the first example of each cmdlet is run. Also: every cmdlet the manifest promises
# exists in the assembly (this fails while a cmdlet is not written yet, which is the truth).
# Runs against $env:RCA_MODULE_PATH (set by build.ps1 -Task Test), else out/RocketChatAnalyzer.

BeforeDiscovery {
    $repoRoot = if ($env:RCA_REPO_ROOT) { $env:RCA_REPO_ROOT } else { (Resolve-Path "$PSScriptRoot/../..").Path }
    $moduleDirectory = if ($env:RCA_MODULE_PATH) { $env:RCA_MODULE_PATH } else { Join-Path $repoRoot 'out/RocketChatAnalyzer' }
    $module = Import-Module $moduleDirectory -PassThru -Force
    $declared = @((Import-PowerShellDataFile -LiteralPath (Join-Path $moduleDirectory 'RocketChatAnalyzer.psd1')).CmdletsToExport)
    $common = [System.Collections.Generic.HashSet[string]]::new(
        [string[]]([System.Management.Automation.Cmdlet]::CommonParameters + 'UseTransaction'), [StringComparer]::OrdinalIgnoreCase)

    # One case per cmdlet the built module really exports, with its parameters as the binder sees
    # them (-WhatIf/-Confirm included: the help has text for them too).
    $cmdlets = foreach ($name in ($module.ExportedCmdlets.Keys | Sort-Object)) {
        @{
            Name       = $name
            Parameters = @($module.ExportedCmdlets[$name].Parameters.Keys | Where-Object { -not $common.Contains($_) } | Sort-Object)
        }
    }
}

BeforeAll {
    $repoRoot = if ($env:RCA_REPO_ROOT) { $env:RCA_REPO_ROOT } else { (Resolve-Path "$PSScriptRoot/../..").Path }
    $moduleDirectory = if ($env:RCA_MODULE_PATH) { $env:RCA_MODULE_PATH } else { Join-Path $repoRoot 'out/RocketChatAnalyzer' }
    $module = Import-Module $moduleDirectory -PassThru -Force
}

Describe 'The module manifest' {
    It 'promises <_>, and the assembly implements it' -ForEach $declared {
        $module.ExportedCmdlets.Keys | Should -Contain $_ -Because "CmdletsToExport lists $_"
    }
}

Describe 'Get-Help -Full in a fresh pwsh' {
    BeforeAll {
        # One fresh process renders the full help of every exported cmdlet, as a user would see it.
        $processPath = [Environment]::ProcessPath
        # `dotnet pwsh` runs pwsh.dll under the dotnet host; an installed pwsh is its own executable.
        $prefix = @(if ([System.IO.Path]::GetFileNameWithoutExtension($processPath) -ne 'pwsh') { Join-Path $PSHOME 'pwsh.dll' })
        $command = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$moduleDirectory'
`$text = [ordered]@{}
foreach (`$name in (Get-Module RocketChatAnalyzer).ExportedCmdlets.Keys) { `$text[`$name] = Get-Help `$name -Full | Out-String -Width 200 }
`$text | ConvertTo-Json -Compress
"@
        $encoded = [Convert]::ToBase64String([System.Text.Encoding]::Unicode.GetBytes($command))
        $json = & $processPath @prefix -NoProfile -NonInteractive -EncodedCommand $encoded
        $fullHelp = ($json -join "`n") | ConvertFrom-Json -AsHashtable
    }

    It 'shows synopsis, syntax, description, parameters and examples for <Name>' -ForEach $cmdlets {
        $text = $fullHelp[$Name]

        $text | Should -Match '(?m)^SYNOPSIS\s*$'
        $text | Should -Match '(?m)^DESCRIPTION\s*$'
        $text | Should -Match '(?m)^PARAMETERS\s*$'
        $text | Should -Match 'Example 1'
        # Without MAML, Get-Help falls back to a synopsis that is the syntax line itself.
        $text | Should -Not -Match "(?m)^SYNOPSIS\s*\n\s*$([regex]::Escape($Name)) "
    }
}

Describe 'Help for <Name>' -ForEach $cmdlets {
    BeforeAll {
        $help = Get-Help -Name $Name -Full
    }

    It 'has a synopsis of its own' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        # Without MAML, Get-Help makes the synopsis from the syntax, which starts with the name.
        $help.Synopsis | Should -Not -BeLike "$Name *"
    }

    It 'has a description' {
        ($help.description.Text -join '').Trim() | Should -Not -BeNullOrEmpty
    }

    It 'describes the parameter -<_>' -ForEach $Parameters {
        $parameterName = $_
        $parameterHelp = @($help.parameters.parameter | Where-Object name -EQ $parameterName)

        $parameterHelp.Count | Should -Be 1 -Because "Get-Help $Name should list -$parameterName once"
        ($parameterHelp[0].description.Text -join '').Trim() | Should -Not -BeNullOrEmpty
    }

    It 'has at least one example with code' {
        $examples = @($help.examples.example)

        $examples.Count | Should -BeGreaterThan 0
        $examples[0].code.Trim() | Should -Not -BeNullOrEmpty
    }

    It 'runs its first example from the repository root without error' {
        $code = @($help.examples.example)[0].code
        # A copy of samples/ in a scratch folder stands in for the repository root, so the example
        # sees the same relative paths and anything it writes (reports, caches) is thrown away.
        $work = Join-Path $TestDrive "example-$Name"
        $null = New-Item -ItemType Directory -Path $work
        Copy-Item -LiteralPath (Join-Path $repoRoot 'samples') -Destination $work -Recurse
        $saved = @{ XDG_CACHE_HOME = $env:XDG_CACHE_HOME; LOCALAPPDATA = $env:LOCALAPPDATA }
        $env:XDG_CACHE_HOME = Join-Path $work '.cache'
        $env:LOCALAPPDATA = Join-Path $work '.cache'
        Push-Location -LiteralPath $work
        try {
            $ErrorActionPreference = 'Stop'
            $null = & ([scriptblock]::Create($code))
        }
        finally {
            Pop-Location
            $env:XDG_CACHE_HOME = $saved.XDG_CACHE_HOME
            $env:LOCALAPPDATA = $saved.LOCALAPPDATA
        }
    }
}
