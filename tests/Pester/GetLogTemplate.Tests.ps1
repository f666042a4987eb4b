# Get-LogTemplate: templates from files and pipeline input, the per-entry line map, the model file.
BeforeAll {
    $repoRoot = if ($env:RCA_REPO_ROOT) { $env:RCA_REPO_ROOT } else { (Resolve-Path "$PSScriptRoot/../..").Path }
    $moduleDirectory = if ($env:RCA_MODULE_PATH) { $env:RCA_MODULE_PATH } else { Join-Path $repoRoot 'out/RocketChatAnalyzer' }
    Import-Module $moduleDirectory -Force
    $sampleLog = Join-Path $repoRoot 'samples/7.8.0-support-dump/7.8.0-log.json'
    $dir = Join-Path ([IO.Path]::GetTempPath()) ("rca-glt-" + [guid]::NewGuid())
    New-Item -ItemType Directory -Path $dir | Out-Null
    $lines = @(
        'Login failed for user alice: invalid credentials'
        'Login failed for user bob: invalid credentials'
        'Cache warmed in 12 ms'
        'Login failed for user carol: invalid credentials'
        'Cache warmed in 7 ms'
    )
}

AfterAll { Remove-Item -LiteralPath $dir -Recurse -Force -ErrorAction SilentlyContinue }

Describe 'Get-LogTemplate' {
    It 'returns LogTemplate objects for a file, most frequent first, whose counts add up to the entries' {
        $t = @(Get-LogTemplate -Path $sampleLog)
        $t.Count | Should -BeGreaterThan 5
        $t[0].GetType().FullName | Should -Be 'RocketChatAnalyzer.LogTemplate'
        for ($i = 1; $i -lt $t.Count; $i++) { $t[$i].Count | Should -BeLessOrEqual $t[$i - 1].Count }
        $analysis = Invoke-LogAnalysisParallel -LiteralPath $sampleLog
        ($t | Measure-Object -Property Count -Sum).Sum | Should -Be ($analysis.TotalEntries - $analysis.EvictedTemplates)
        $t[0].TemplateId | Should -Match '^T[0-9a-f]{12}$'
        $t[0].Example | Should -Not -BeNullOrEmpty
    }

    It 'groups pipeline strings one message per line with -Format Lines' {
        $t = @($lines | Get-LogTemplate -Format Lines)
        $t | Should -HaveCount 2
        $t[0].Template | Should -Be 'Login failed for user <*>: invalid credentials'
        $t[0].Count | Should -Be 3
        $t[1].Count | Should -Be 2
    }

    It 'with -IncludeLineMap emits one object per entry, in input order, matching the templates' {
        $templates = @($lines | Get-LogTemplate -Format Lines)
        $map = @($lines | Get-LogTemplate -Format Lines -IncludeLineMap)
        $map | Should -HaveCount 5
        $map.LineNumber | Should -Be @(1, 2, 3, 4, 5)
        $login = ($templates | Where-Object Count -EQ 3).TemplateId
        $map[0].TemplateId | Should -Be $login
        $map[3].TemplateId | Should -Be $login
        $map[2].TemplateId | Should -Not -Be $login
    }

    It 'maps every entry of a file and the map agrees with the template counts' {
        $templates = @(Get-LogTemplate -Path $sampleLog)
        $map = @(Get-LogTemplate -Path $sampleLog -IncludeLineMap)
        $map.Count | Should -Be (Invoke-LogAnalysisParallel -LiteralPath $sampleLog).TotalEntries
        $map[-1].LineNumber | Should -Be $map.Count
        $groups = $map | Group-Object TemplateId -AsHashTable -AsString
        foreach ($t in $templates) { $groups[$t.TemplateId].Count | Should -Be $t.Count }
    }

    It 'saves a template model with -ModelPath and warm-starts from it on the next run' {
        $model = Join-Path $dir 'model.json'
        $null = $lines | Get-LogTemplate -Format Lines -ModelPath $model
        Test-Path -LiteralPath $model | Should -BeTrue
        $verbose = 'Login failed for user dave: invalid credentials' | Get-LogTemplate -Format Lines -ModelPath $model -Verbose 4>&1
        $messages = ($verbose | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message
        $messages[0] | Should -Be "Warm start from the template model '$model' (4 keys)."
        $t = $verbose | Where-Object { $_ -is [RocketChatAnalyzer.LogTemplate] }
        $t.Template | Should -Be 'Login failed for user <*>: invalid credentials'
        $t.Count | Should -Be 1
    }

    It 'warm-starts from the learned model of the log folder in the cache; -NoCache groups the file alone' {
        $server = Join-Path $dir 'server-1'
        $null = New-Item -ItemType Directory -Path $server
        $cache = Join-Path $dir 'warm.db'
        $before = Join-Path $server 'monday.log'
        $now = Join-Path $server 'tuesday.log'
        Set-Content -LiteralPath $before -Value ('alice', 'bob', 'carol', 'dave', 'erin', 'frank' | ForEach-Object { "Session closed for account $_ after logout" })
        Set-Content -LiteralPath $now -Value 'Session closed for account mallory after logout', 'Cache warmed in 12 steps'
        $null = Get-LogTemplate -LiteralPath $before -Format Lines -CachePath $cache

        $out = Get-LogTemplate -LiteralPath $now -Format Lines -CachePath $cache -Verbose 4>&1
        $verbose = ($out | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message
        $warm = @($out | Where-Object { $_ -is [RocketChatAnalyzer.LogTemplate] })
        $cold = @(Get-LogTemplate -LiteralPath $now -Format Lines -NoCache)
        $map = @(Get-LogTemplate -LiteralPath $now -Format Lines -CachePath $cache -IncludeLineMap)

        $verbose | Should -Contain "Cache miss for $now"
        ($verbose -match '^Templates grouped with the learned template model M[0-9a-f]{16} \(warm start\)\.$') | Should -HaveCount 1
        $warm.Template | Should -Contain 'Session closed for account <*> after logout'
        ($warm | Measure-Object Count -Sum).Sum | Should -Be 2
        $cold.Template | Should -Not -Contain 'Session closed for account <*> after logout'
        $map.TemplateId | Should -Be $warm.TemplateId
        (Invoke-LogAnalysisParallel -LiteralPath $now -CachePath $cache).TemplateModelId | Should -Match '^M[0-9a-f]{16}$'
    }

    It 'keeps the learned model in the cache file: a fresh pwsh warm-starts from it' {
        $server = Join-Path $dir 'server-2'
        $null = New-Item -ItemType Directory -Path $server
        $cache = Join-Path $dir 'fresh-process.db'
        $before = Join-Path $server 'monday.log'
        $now = Join-Path $server 'tuesday.log'
        Set-Content -LiteralPath $before -Value ('alice', 'bob', 'carol', 'dave', 'erin', 'frank' | ForEach-Object { "Session closed for account $_ after logout" })
        Set-Content -LiteralPath $now -Value 'Session closed for account mallory after logout'
        $processPath = [Environment]::ProcessPath
        $prefix = @(if ([IO.Path]::GetFileNameWithoutExtension($processPath) -ne 'pwsh') { Join-Path $PSHOME 'pwsh.dll' })
        $script = "`$ErrorActionPreference = 'Stop'; Import-Module '$moduleDirectory'; (Get-LogTemplate -LiteralPath '{0}' -Format Lines -CachePath '$cache').Template"

        $first = & $processPath @prefix -NoProfile -NonInteractive -Command ($script -f $before)
        $second = & $processPath @prefix -NoProfile -NonInteractive -Command ($script -f $now)

        $LASTEXITCODE | Should -Be 0
        $first | Should -HaveCount 1
        "$second" | Should -Be 'Session closed for account <*> after logout'
    }

    It 'stops with InvalidModel when the model file is not a model' {
        $bad = Join-Path $dir 'bad-model.json'
        Set-Content -LiteralPath $bad -Value 'not json'
        { 'x' | Get-LogTemplate -ModelPath $bad -ErrorAction Stop } | Should -Throw -ErrorId 'GetLogTemplate.InvalidModel*'
    }
    It 'reaches the labelled fixture''s grouping accuracy through -Format Lines -IncludeLineMap, the path the accuracy is judged by' {
        # Same floors as the engine's GroupingAccuracyTests (average 0.95, every style 0.90), measured
        # here through the cmdlet: masking, entry splitting and the line map all take part.
        $fixture = Join-Path $repoRoot 'tests/RocketChatAnalyzer.Engine.Tests/Templates/Data/labelled-logs.tsv'
        $ga = @(& (Join-Path $repoRoot 'bench/Templates/Measure-GroupingAccuracy.ps1') -Path $fixture -ModulePath $moduleDirectory)
        $styles = @($ga | Where-Object Dataset -NotLike 'average of *')
        $styles.Count | Should -Be 14
        foreach ($s in $styles) { $s.GA | Should -BeGreaterOrEqual 0.90 -Because "style $($s.Dataset)" }
        $ga[-1].GA | Should -BeGreaterOrEqual 0.95
    }

    It 'scores a grouping that merges two true groups below one, so the accuracy check can fail' {
        $tsv = Join-Path $dir 'two-events.tsv'
        # Two logging statements that differ only in a number the miner masks: one predicted group.
        Set-Content -LiteralPath $tsv -Value (@("style`tevent`tsource`tmessage") + (1..6 | ForEach-Object { "S`tE$($_ % 2)`tx`tRetry $($_ % 2) of job done" }))
        $ga = @(& (Join-Path $repoRoot 'bench/Templates/Measure-GroupingAccuracy.ps1') -Path $tsv -ModulePath $moduleDirectory)
        $ga[0].GA | Should -Be 0
        $ga[0].Templates | Should -Be 1
        $ga[0].TruthEvents | Should -Be 2
    }
}
