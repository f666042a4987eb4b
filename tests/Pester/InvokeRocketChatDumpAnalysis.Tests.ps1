# Invoke-RocketChatDumpAnalysis: the main job on the bundled sample, input shapes, pipeline binding,
# errors, redaction in every export.
BeforeAll {
    $repoRoot = if ($env:RCA_REPO_ROOT) { $env:RCA_REPO_ROOT } else { (Resolve-Path "$PSScriptRoot/../..").Path }
    $moduleDirectory = if ($env:RCA_MODULE_PATH) { $env:RCA_MODULE_PATH } else { Join-Path $repoRoot 'out/RocketChatAnalyzer' }
    Import-Module $moduleDirectory -Force
    $sample = Join-Path $repoRoot 'samples/7.8.0-support-dump'
    $expected = Get-Content -Raw -LiteralPath (Join-Path $repoRoot 'samples/7.8.0-support-dump.expected.json') | ConvertFrom-Json
    $fixtures = Join-Path $repoRoot 'tests/RocketChatAnalyzer.Engine.Tests/Fixtures/dumps'
    $work = Join-Path ([IO.Path]::GetTempPath()) ("rca-irda-" + [guid]::NewGuid())
    New-Item -ItemType Directory -Path $work | Out-Null
    $result = Invoke-RocketChatDumpAnalysis -Path $sample -NoCache -WarningAction SilentlyContinue
}

AfterAll { Remove-Item -LiteralPath $work -Recurse -Force -ErrorAction SilentlyContinue }

Describe 'Invoke-RocketChatDumpAnalysis on the bundled sample dump' {
    It 'returns one RocketChatAnalyzer.DumpAnalysis with the contract properties' {
        $result | Should -HaveCount 1
        $result.GetType().FullName | Should -Be 'RocketChatAnalyzer.DumpAnalysis'
        foreach ($p in 'Path', 'ServerVersion', 'AnalyzedAt', 'Log', 'Settings', 'Statistics', 'Omnichannel', 'Apps', 'Findings', 'HealthScore', 'Recommendations', 'Diagnostics') {
            $result.PSObject.Properties.Name | Should -Contain $p
        }
        $result.ServerVersion | Should -Be '7.8.0'
        $result.AnalyzedAt.Kind | Should -Be 'Utc'
    }

    It 'counts log entries per pino level as the sample generator wrote them' {
        $result.Log.TotalEntries | Should -Be $expected.Log.TotalEntries
        foreach ($level in 'Trace', 'Debug', 'Info', 'Http', 'Warn', 'Error', 'Startup', 'Fatal', 'Unknown') {
            $result.Log.LevelCounts[$level] | Should -Be $expected.Log.LevelCounts.$level -Because $level
        }
    }

    It 'reads the apps with their real AppStatus values' {
        $result.Apps.Total | Should -Be $expected.Apps.Total
        $result.Apps.Enabled | Should -Be $expected.Apps.Enabled
        $result.Apps.Disabled | Should -Be $expected.Apps.Disabled
        $result.Apps.Items[0].Name | Should -Not -BeNullOrEmpty
        $result.Apps.Items.Status | Should -Contain 'compiler_error_disabled'
    }

    It 'has findings with severity, category, source, subject, message and recommendation, and a score that is not 0 for a long log' {
        $result.Findings.Count | Should -BeGreaterThan 10
        $f = $result.Findings | Where-Object Subject -EQ 'Accounts_TwoFactorAuthentication_Enabled'
        $f.Category | Should -Be 'Security'
        $f.Recommendation | Should -Match 'Administration'
        $result.HealthScore.Overall | Should -BeGreaterThan 0
        $result.HealthScore.Overall | Should -BeLessThan 90
        $result.HealthScore.Components.Keys | Should -Contain 'Logs'
        $result.Recommendations[0].Rank | Should -Be 1
    }

    It 'filters findings with -Severity and keeps the score' {
        $errorsOnly = Invoke-RocketChatDumpAnalysis -Path $sample -Severity Error -NoCache -WarningAction SilentlyContinue
        $errorsOnly.Findings.Severity | Should -Not -Contain 'Warning'
        $errorsOnly.Findings.Severity | Should -Not -Contain 'Info'
        $errorsOnly.HealthScore.Overall | Should -Be $result.HealthScore.Overall
    }

    It 'never lets a FAKE-SECRET value into the result or any export' {
        foreach ($format in 'Json', 'Csv', 'Html', 'Markdown') {
            $file = Join-Path $work "report.$format"
            $result | Export-AnalysisReport -Format $format -Path $file
            Get-Content -Raw -LiteralPath $file | Should -Not -Match 'FAKE-SECRET' -Because $format
        }
        ($result | ConvertTo-Json -Depth 12) | Should -Not -Match 'FAKE-SECRET'
        ($result.Settings.Items | Where-Object IsSecret).Count | Should -BeGreaterThan 20
    }

    It 'keeps secret values only with -IncludeSecret' {
        $with = Invoke-RocketChatDumpAnalysis -Path $sample -IncludeSecret -NoCache -WarningAction SilentlyContinue
        ($with.Settings.Items | Where-Object { "$($_.Value)" -like '*FAKE-SECRET*' }).Count | Should -BeGreaterThan 0
    }

    It 'gives the same result for the zip as for the folder' {
        $zip = Invoke-RocketChatDumpAnalysis -Path (Join-Path $repoRoot 'samples/7.8.0-support-dump.zip') -NoCache -WarningAction SilentlyContinue
        $zip.Log.TotalEntries | Should -Be $result.Log.TotalEntries
        $zip.Findings.Count | Should -Be $result.Findings.Count
        $zip.HealthScore.Overall | Should -Be $result.HealthScore.Overall
    }

    It 'is served from the cache on the second run with CacheInfo.Hit' {
        $cache = Join-Path $work 'cache.db'
        $a = Invoke-RocketChatDumpAnalysis -Path $sample -CachePath $cache -WarningAction SilentlyContinue
        $b = Invoke-RocketChatDumpAnalysis -Path $sample -CachePath $cache -WarningAction SilentlyContinue
        $a.CacheInfo.Hit | Should -BeFalse
        $b.CacheInfo.Hit | Should -BeTrue
        $b.Findings.Count | Should -Be $a.Findings.Count
    }
}

Describe 'Invoke-RocketChatDumpAnalysis inputs and errors' {
    It 'binds Get-ChildItem output by property name, one result per item' {
        $r = @(Get-ChildItem -LiteralPath (Join-Path $repoRoot 'samples') -Filter '7.8.0-support-dump*' |
            Where-Object Extension -NE '.json' | Invoke-RocketChatDumpAnalysis -NoCache -WarningAction SilentlyContinue)
        $r | Should -HaveCount 2
        $r.Log.TotalEntries | Should -Be @($expected.Log.TotalEntries, $expected.Log.TotalEntries)
    }

    It 'accepts -DumpPath and -ConfigFile as the community tool did' {
        $rules = Join-Path $work 'rules.json'
        Set-Content -LiteralPath $rules -Value '{"logPatterns":{"error":["deprecated"],"warning":[],"security":[]}}'
        $r = Invoke-RocketChatDumpAnalysis -DumpPath $sample -ConfigFile $rules -NoCache -WarningAction SilentlyContinue
        $r.Log.PatternCounts.Keys | Should -Be @('deprecated')
    }

    It 'analyses a bare statistics.json from Download Info' {
        $r = Invoke-RocketChatDumpAnalysis -Path (Join-Path $repoRoot 'samples/statistics.json') -NoCache
        $r.Statistics.Present | Should -BeTrue
        $r.ServerVersion | Should -Not -BeNullOrEmpty
    }

    It 'stops with a PathNotFound error for a missing dump' {
        { Invoke-RocketChatDumpAnalysis -Path (Join-Path $work 'nope') -ErrorAction Stop } | Should -Throw -ErrorId 'InvokeRocketChatDumpAnalysis.PathNotFound*'
        { Invoke-RocketChatDumpAnalysis -LiteralPath (Join-Path $work 'nope') -ErrorAction Stop } | Should -Throw -ErrorId 'InvokeRocketChatDumpAnalysis.PathNotFound*'
    }

    It 'writes a located MalformedJson error for a broken file and still analyses the others' {
        $dump = Join-Path $work 'broken-dump'
        Copy-Item -LiteralPath $sample -Destination $dump -Recurse
        Copy-Item -LiteralPath (Join-Path $fixtures 'settings-malformed.json') -Destination (Join-Path $dump '7.8.0-settings.json') -Force
        $r = Invoke-RocketChatDumpAnalysis -Path $dump -NoCache -ErrorVariable errs -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        $malformed = @($errs | Where-Object { $_.FullyQualifiedErrorId -like 'InvokeRocketChatDumpAnalysis.MalformedJson,*' })
        $malformed | Should -HaveCount 1
        $malformed[0].Exception.Message | Should -Match '7\.8\.0-settings\.json:\d+'
        $r.Log.TotalEntries | Should -Be $expected.Log.TotalEntries
        $r.Apps.Total | Should -Be $expected.Apps.Total
    }

    It 'reports a zip-slip entry and analyses the rest of the archive' {
        $r = Invoke-RocketChatDumpAnalysis -Path (Join-Path $fixtures 'dump-zip-slip.zip') -NoCache -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
        $r.Diagnostics.Code | Should -Contain 'UnsafeArchiveEntry'
    }

    It 'says NoData, not a perfect score, for a folder without a dump' {
        $empty = Join-Path $work 'empty'
        New-Item -ItemType Directory -Path $empty | Out-Null
        $r = Invoke-RocketChatDumpAnalysis -Path $empty -NoCache -WarningAction SilentlyContinue
        $r.HealthScore.Label | Should -Be 'NoData'
    }
}
