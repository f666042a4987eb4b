# Get-AnalysisFromCache, Clear-AnalysisCache, Measure-AnalysisPerformance: the SQLite cache used from
# PowerShell (native e_sqlite3 loaded from the module folder), hits, incremental runs, errors, metrics.
BeforeAll {
    $repoRoot = if ($env:RCA_REPO_ROOT) { $env:RCA_REPO_ROOT } else { (Resolve-Path "$PSScriptRoot/../..").Path }
    $moduleDirectory = if ($env:RCA_MODULE_PATH) { $env:RCA_MODULE_PATH } else { Join-Path $repoRoot 'out/RocketChatAnalyzer' }
    Import-Module $moduleDirectory -Force

    $dir = Join-Path ([IO.Path]::GetTempPath()) ('rca-cache-pester-' + [guid]::NewGuid())
    $null = New-Item -ItemType Directory -Path $dir
    $cache = Join-Path $dir 'cache.db'

    # Real Rocket.Chat pino lines (../shared/corpus ids 50, 52, 216, 218 — issues #33425, #32054) and
    # a stack trace as Node prints it (ids 72, 62 — #22901, #25110).
    $pino = @(
        '{"level":30,"time":"2024-10-03T14:39:40.929Z","pid":13881,"hostname":"chat.io","name":"System","msg":"Using GridFS for custom sounds storage"}'
        '{"level":30,"time":"2024-10-03T14:39:40.993Z","pid":13881,"hostname":"chat.io","name":"VersionCheck","msg":"Checking for version updates"}'
        '{"level":30,"time":"2024-03-22T08:39:23.647Z","pid":1,"hostname":"5da1500dd509","name":"License","msg":"New Enterprise License"}'
        '{"level":30,"time":"2024-03-22T08:39:23.750Z","pid":1,"hostname":"5da1500dd509","name":"License","msg":"Limit validation failed","kind":"guestUsers","limit":{"max":0,"behavior":"start_fair_policy"}}'
        'MongoServerSelectionError: Server selection timed out after 30000 ms'
        '    at migrateDatabase (server/lib/migrations.ts:246:9)'
    )
    function New-Log([string] $Name, [int] $Repeat) {
        $path = Join-Path $dir $Name
        Set-Content -LiteralPath $path -Value (1..$Repeat | ForEach-Object { $pino }) -Encoding utf8NoBOM
        $path
    }
    function ConvertTo-StoredJson($Result) {
        [Text.Encoding]::UTF8.GetString([RocketChatAnalyzer.Cache.ResultSerializer]::ToJson($Result))
    }
}

AfterAll {
    Remove-Item -LiteralPath $dir -Recurse -Force -ErrorAction SilentlyContinue
}

Describe 'Get-AnalysisFromCache on logs' {
    It 'returns the LogAnalysis Invoke-LogAnalysisParallel returns, with CacheInfo' {
        $log = New-Log 'same.log' 50

        $cached = Get-AnalysisFromCache -Path $log -CachePath $cache
        $plain = Invoke-LogAnalysisParallel -Path $log -NoCache

        $cached | Should -HaveCount 1
        $cached.GetType().FullName | Should -Be 'RocketChatAnalyzer.LogAnalysis'
        ConvertTo-StoredJson $cached | Should -Be (ConvertTo-StoredJson $plain)
        $cached.CacheInfo.Hit | Should -BeFalse
        $cached.CacheInfo.Key | Should -Match '^[0-9a-f]{64}$'
        $cached.CacheInfo.ExpiresAt - $cached.CacheInfo.StoredAt | Should -Be ([TimeSpan]::FromDays(7))
    }

    It 'serves the second call from the cache and says so with -Verbose' {
        $log = New-Log 'twice.log' 20
        $first = Get-AnalysisFromCache -Path $log -CachePath $cache

        $output = Get-AnalysisFromCache -Path $log -CachePath $cache -Verbose 4>&1
        $verbose = @($output | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })
        $second = @($output | Where-Object { $_ -is [RocketChatAnalyzer.LogAnalysis] })

        $verbose.Message | Should -Contain "Cache hit for $log"
        $second | Should -HaveCount 1
        $second[0].CacheInfo.Hit | Should -BeTrue
        $second[0].CacheInfo.Key | Should -Be $first.CacheInfo.Key
        ConvertTo-StoredJson $second[0] | Should -Be (ConvertTo-StoredJson $first)
    }

    It 'analyses only the appended bytes of a grown log, and the result equals a full analysis' {
        # A folder of its own: no learned template model yet, so the first look groups like -NoCache.
        $null = New-Item -ItemType Directory -Path (Join-Path $dir 'grows')
        $log = New-Log 'grows/grows.log' 40
        $null = Get-AnalysisFromCache -Path $log -CachePath $cache
        Add-Content -LiteralPath $log -Value ($pino + $pino) -Encoding utf8NoBOM

        $extended = Get-AnalysisFromCache -Path $log -CachePath $cache

        $extended.CacheInfo.Hit | Should -BeFalse
        $extended.CacheInfo.IncrementalBytes | Should -BeGreaterThan 0
        $extended.CacheInfo.IncrementalBytes | Should -BeLessThan ((Get-Item $log).Length / 4)
        ConvertTo-StoredJson $extended | Should -Be (ConvertTo-StoredJson (Invoke-LogAnalysisParallel -Path $log -NoCache))
    }

    It 'analyses again with -Refresh, and when the result is older than -MaxAge' {
        $log = New-Log 'age.log' 5
        $null = Get-AnalysisFromCache -Path $log -CachePath $cache
        Start-Sleep -Milliseconds 50

        (Get-AnalysisFromCache -Path $log -CachePath $cache -MaxAge ([TimeSpan]::FromHours(1))).CacheInfo.Hit | Should -BeTrue
        (Get-AnalysisFromCache -Path $log -CachePath $cache -MaxAge ([TimeSpan]::FromMilliseconds(10))).CacheInfo.Hit | Should -BeFalse
        (Get-AnalysisFromCache -Path $log -CachePath $cache -Refresh).CacheInfo.Hit | Should -BeFalse
        (Get-AnalysisFromCache -Path $log -CachePath $cache).CacheInfo.Hit | Should -BeTrue
    }

    It 'misses when the rules change' {
        $log = New-Log 'rules.log' 5
        $rules = Join-Path $dir 'rules.json'
        Set-Content -LiteralPath $rules -Value '{"logPatterns":{"error":["MongoServerSelectionError"]}}'
        $null = Get-AnalysisFromCache -Path $log -CachePath $cache

        $withRules = Get-AnalysisFromCache -Path $log -CachePath $cache -ConfigPath $rules

        $withRules.CacheInfo.Hit | Should -BeFalse
        $withRules.PatternCounts['MongoServerSelectionError'] | Should -Be 5
    }

    It 'takes paths from Get-ChildItem by property name, one result per path' {
        $a = New-Log 'pipe-a.log' 2
        $b = New-Log 'pipe-b.log' 3

        $results = @(Get-ChildItem -LiteralPath $a, $b | Get-AnalysisFromCache -CachePath $cache)

        $results | Should -HaveCount 2
        $results[0].Files[0].Path | Should -Be $a
        $results[1].TotalEntries | Should -Be 15
    }

    It 'writes a PathNotFound error for a missing path and goes on with the others' {
        $ok = New-Log 'present.log' 1

        $results = @(Get-AnalysisFromCache -Path (Join-Path $dir 'missing.log'), $ok -CachePath $cache -ErrorVariable errs -ErrorAction SilentlyContinue)

        $results | Should -HaveCount 1
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'GetAnalysisFromCache.PathNotFound*'
    }

    It 'warns about a corrupt cache file, moves it aside, and still returns the analysis' {
        $bad = Join-Path $dir 'corrupt/cache.db'
        $null = New-Item -ItemType Directory -Path (Split-Path $bad) -Force
        [IO.File]::WriteAllBytes($bad, [byte[]]::new(8192))
        [IO.File]::WriteAllText($bad, 'this is not a SQLite database ' * 100)
        $log = New-Log 'corrupt.log' 3

        $r = Get-AnalysisFromCache -Path $log -CachePath $bad -WarningVariable warnings -WarningAction SilentlyContinue

        $r.TotalEntries | Should -Be 15
        ($warnings -join "`n") | Should -Match 'moved to'
        @(Get-ChildItem -LiteralPath (Split-Path $bad) -Filter 'cache.db.corrupt-*') | Should -HaveCount 1
        (Get-AnalysisFromCache -Path $log -CachePath $bad).CacheInfo.Hit | Should -BeTrue
    }

    It 'returns the DumpAnalysis Invoke-RocketChatDumpAnalysis returns, for the sample dump folder and zip' {
        foreach ($dump in (Join-Path $repoRoot 'samples/7.8.0-support-dump'), (Join-Path $repoRoot 'samples/7.8.0-support-dump.zip')) {
            # A cache of its own per dump: both are the same workspace, and a cache that saw the
            # folder would group the zip's log with the template model learned from it.
            $dumpCache = Join-Path $dir ('dump-' + [IO.Path]::GetFileName($dump) + '.db')
            $first = Get-AnalysisFromCache -Path $dump -CachePath $dumpCache
            $second = Get-AnalysisFromCache -Path $dump -CachePath $dumpCache
            $plain = Invoke-RocketChatDumpAnalysis -Path $dump -NoCache

            $first.GetType().FullName | Should -Be 'RocketChatAnalyzer.DumpAnalysis'
            $first.CacheInfo.Hit | Should -BeFalse
            $second.CacheInfo.Hit | Should -BeTrue
            ConvertTo-StoredJson $second | Should -Be (ConvertTo-StoredJson $first)
            # Analysed at another moment: everything but the time of analysis is the same.
            $plain.AnalyzedAt = $first.AnalyzedAt
            ConvertTo-StoredJson $first | Should -Be (ConvertTo-StoredJson $plain)
        }
    }

    It 'keys -IncludeSecret and -Severity: a redacted result is never served for -IncludeSecret' {
        $dump = Join-Path $repoRoot 'samples/7.8.0-support-dump'
        $null = Get-AnalysisFromCache -Path $dump -CachePath $cache

        $secret = Get-AnalysisFromCache -Path $dump -CachePath $cache -IncludeSecret
        $severe = Get-AnalysisFromCache -Path $dump -CachePath $cache -Severity Error

        $secret.CacheInfo.Hit | Should -BeFalse
        @($secret.Settings.Items | Where-Object { $_.IsSecret -and $_.Redacted }) | Should -HaveCount 0
        $severe.CacheInfo.Hit | Should -BeFalse
        @($severe.Findings | Where-Object Severity -LT 'Error') | Should -HaveCount 0
    }
}

Describe 'Clear-AnalysisCache' {
    BeforeEach {
        $clearCache = Join-Path $dir ('clear-' + [guid]::NewGuid() + '.db')
        $log = New-Log ('clear-' + [guid]::NewGuid() + '.log') 2
        $null = Get-AnalysisFromCache -Path $log -CachePath $clearCache
    }

    It 'removes nothing with -WhatIf' {
        Clear-AnalysisCache -CachePath $clearCache -WhatIf

        (Get-AnalysisFromCache -Path $log -CachePath $clearCache).CacheInfo.Hit | Should -BeTrue
    }

    It 'keeps results younger than -OlderThan' {
        Clear-AnalysisCache -CachePath $clearCache -OlderThan ([TimeSpan]::FromHours(1)) -Confirm:$false

        (Get-AnalysisFromCache -Path $log -CachePath $clearCache).CacheInfo.Hit | Should -BeTrue
    }

    It 'removes all results' {
        Clear-AnalysisCache -CachePath $clearCache -Confirm:$false

        (Get-AnalysisFromCache -Path $log -CachePath $clearCache).CacheInfo.Hit | Should -BeFalse
    }

    It 'does not create a cache file that does not exist' {
        $none = Join-Path $dir 'never-created.db'

        Clear-AnalysisCache -CachePath $none -Confirm:$false

        Test-Path -LiteralPath $none | Should -BeFalse
    }

    It 'rejects a negative -OlderThan with a stable error id' {
        { Clear-AnalysisCache -CachePath $clearCache -OlderThan ([TimeSpan]::FromHours(-1)) -Confirm:$false } |
            Should -Throw -ErrorId 'ClearAnalysisCache.NegativeAge,RocketChatAnalyzer.Commands.ClearAnalysisCacheCommand'
    }
}

Describe 'Measure-AnalysisPerformance' {
    It 'runs a script block on the pipeline thread in the current scope and returns its figures' {
        $x = 1
        $thread = [Environment]::CurrentManagedThreadId

        $m = Measure-AnalysisPerformance -ScriptBlock { $x = 2; [Environment]::CurrentManagedThreadId }

        $m.GetType().FullName | Should -Be 'RocketChatAnalyzer.PerformanceMeasurement'
        $x | Should -Be 2
        $m.Result | Should -Be $thread
        $m.Duration | Should -BeGreaterThan ([TimeSpan]::Zero)
        $m.EndTime | Should -Be ($m.StartTime + $m.Duration)
        $m.PeakWorkingSet | Should -BeGreaterOrEqual $m.MemoryAfter
        $m.BytesProcessed | Should -Be 0
    }

    It 'measures an analysis of -Path: bytes, throughput and the result' {
        $log = New-Log 'measure.log' 30

        $m = Measure-AnalysisPerformance -Path $log

        $m.Result.GetType().FullName | Should -Be 'RocketChatAnalyzer.LogAnalysis'
        $m.Result.CacheInfo | Should -BeNullOrEmpty
        $m.BytesProcessed | Should -Be (Get-Item $log).Length
        $m.ThroughputMBps | Should -BeGreaterThan 0
        $m.ProcessorTime | Should -BeGreaterThan ([TimeSpan]::Zero)
    }

    It 'counts the bytes of analyses a script block returns' {
        $log = New-Log 'measure-sb.log' 10

        $m = Measure-AnalysisPerformance { Invoke-LogAnalysisParallel -Path $log -NoCache }

        $m.BytesProcessed | Should -Be (Get-Item $log).Length
    }

    It 'appends the figures to the metrics table with -Export' {
        $metrics = Join-Path $dir 'metrics.db'

        $null = Measure-AnalysisPerformance { Start-Sleep -Milliseconds 20 } -Export -CachePath $metrics
        $null = Measure-AnalysisPerformance { Start-Sleep -Milliseconds 20 } -Export -CachePath $metrics
        $stats = [RocketChatAnalyzer.Cache.AnalysisCache]::Open($metrics, $null, $null).GetStatistics($null, $null)

        $stats.Measurements | Should -Be 2
        $stats.AverageProcessingTime | Should -BeGreaterOrEqual ([TimeSpan]::FromMilliseconds(20))
    }
}

Describe 'The SQLite cache in a fresh pwsh -NoProfile' {
    It 'loads the native SQLite library, honours RCA_CACHE_PATH, and hits from a second process' {
        $log = New-Log 'fresh.log' 10
        $envCache = Join-Path $dir 'from-env/cache.db'
        $processPath = [Environment]::ProcessPath
        $prefix = @(if ([IO.Path]::GetFileNameWithoutExtension($processPath) -ne 'pwsh') { Join-Path $PSHOME 'pwsh.dll' })
        $script = "`$ErrorActionPreference = 'Stop'; Import-Module '$moduleDirectory'; (Get-AnalysisFromCache -LiteralPath '$log').CacheInfo.Hit"
        $saved = $env:RCA_CACHE_PATH
        try {
            $env:RCA_CACHE_PATH = $envCache
            $first = & $processPath @prefix -NoProfile -NonInteractive -Command $script
            $second = & $processPath @prefix -NoProfile -NonInteractive -Command $script
        }
        finally {
            $env:RCA_CACHE_PATH = $saved
        }

        $LASTEXITCODE | Should -Be 0
        "$first" | Should -Be 'False'
        "$second" | Should -Be 'True'
        Test-Path -LiteralPath $envCache | Should -BeTrue
    }
}

Describe 'Test-SystemHealth on the cache' {
    It 'reports the hit rate and the average processing time from the metrics table' {
        $db = Join-Path $dir 'health/cache.db'
        $log = New-Log 'health.log' 5
        $null = Get-AnalysisFromCache -Path $log -CachePath $db
        $null = Get-AnalysisFromCache -Path $log -CachePath $db
        $null = Measure-AnalysisPerformance { Start-Sleep -Milliseconds 30 } -Export -CachePath $db

        $health = Test-SystemHealth -CachePath $db

        $health.CacheHitRate | Should -Be 0.5
        $health.AverageProcessingTime | Should -BeGreaterThan ([TimeSpan]::Zero)
        $cacheCheck = $health.Checks | Where-Object Name -EQ 'Cache writable'
        $cacheCheck.Status | Should -Be 'Healthy'
        $cacheCheck.Detail | Should -Match '1 hits, 1 misses'
    }
}
