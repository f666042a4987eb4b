# Invoke-LogAnalysisParallel: path binding, pipeline input, per-file results, errors, follow mode.
BeforeAll {
    $repoRoot = if ($env:RCA_REPO_ROOT) { $env:RCA_REPO_ROOT } else { (Resolve-Path "$PSScriptRoot/../..").Path }
    $moduleDirectory = if ($env:RCA_MODULE_PATH) { $env:RCA_MODULE_PATH } else { Join-Path $repoRoot 'out/RocketChatAnalyzer' }
    Import-Module $moduleDirectory -Force
    $dir = Join-Path ([IO.Path]::GetTempPath()) ("rca-ilap-" + [guid]::NewGuid())
    New-Item -ItemType Directory -Path (Join-Path $dir 'sub') -Force | Out-Null
    $pino = @(
        '{"level":50,"time":"2024-03-22T08:39:23.647Z","name":"System","msg":"MongoDB error: connection refused"}'
        '{"level":40,"time":"2024-03-22T08:40:23.647Z","name":"System","msg":"Deprecated method called"}'
        '{"level":30,"time":"2024-03-22T09:39:23.647Z","name":"System","msg":"Checking for version updates"}'
    )
    Set-Content -LiteralPath (Join-Path $dir 'a.log') -Value $pino
    Set-Content -LiteralPath (Join-Path $dir 'sub/b.jsonl') -Value $pino[0]
    Set-Content -LiteralPath (Join-Path $dir 'c[1].log') -Value $pino[1]
    Set-Content -LiteralPath (Join-Path $dir 'notes.bin') -Value 'not a log'
    $stdout = @(
        'rocketchat-1  | Exception in callback of async function: Error: boom'
        'rocketchat-1  |     at a (x.js:1:1)'
        'rocketchat-1  |     at b (y.js:2:2)'
        'rocketchat-1  | {"level":30,"msg":"ok"}'
    )
}

AfterAll {
    Remove-Item -LiteralPath $dir -Recurse -Force -ErrorAction SilentlyContinue
}

Describe 'Invoke-LogAnalysisParallel' {
    It 'returns one RocketChatAnalyzer.LogAnalysis with pino levels counted by name' {
        $r = Invoke-LogAnalysisParallel -Path (Join-Path $dir 'a.log')
        $r | Should -HaveCount 1
        $r.GetType().FullName | Should -Be 'RocketChatAnalyzer.LogAnalysis'
        $r.TotalEntries | Should -Be 3
        $r.LevelCounts['Error'] | Should -Be 1
        $r.LevelCounts['Warn'] | Should -Be 1
        $r.LevelCounts['Info'] | Should -Be 1
        $r.PatternCounts['connection refused'] | Should -Be 1
        $r.FirstTimestamp.Kind | Should -Be 'Utc'
        $r.Timeline | Should -HaveCount 2
    }

    It 'searches folders recursively for log-like files and merges them' {
        $r = Invoke-LogAnalysisParallel -Path $dir
        $r.TotalEntries | Should -Be 5
        $r.Files.Path | Should -Not -Contain (Join-Path $dir 'notes.bin')
    }

    It 'takes -LiteralPath without wildcard expansion' {
        $r = Invoke-LogAnalysisParallel -LiteralPath (Join-Path $dir 'c[1].log')
        $r.TotalEntries | Should -Be 1
        $r.LevelCounts['Warn'] | Should -Be 1
    }

    It 'binds files from Get-ChildItem by property name and gives one result per file with -PerFile' {
        $r = @(Get-ChildItem -LiteralPath $dir -Filter *.log | Invoke-LogAnalysisParallel -PerFile)
        $r | Should -HaveCount 2
        ($r | Measure-Object -Property TotalEntries -Sum).Sum | Should -Be 4
    }

    It 'analyses text from the pipeline as one stream, joining stack frames to their entry' {
        $r = $stdout | Invoke-LogAnalysisParallel -Format Stdout
        $r.TotalEntries | Should -Be 2
        $r.PatternCounts['exception'] | Should -Be 1
    }

    It 'gives the same counts for 1 and 4 threads and tiny chunks' {
        $big = Join-Path $dir 'big.log'
        Set-Content -LiteralPath $big -Value (1..3000 | ForEach-Object { $pino[$_ % 3] })
        $one = Invoke-LogAnalysisParallel -LiteralPath $big -ThrottleLimit 1 -NoCache
        $many = Invoke-LogAnalysisParallel -LiteralPath $big -ThrottleLimit 4 -ChunkSize 4096 -NoCache
        ($many | ConvertTo-Json -Depth 8 -Compress) | Should -Be ($one | ConvertTo-Json -Depth 8 -Compress)
        Remove-Item -LiteralPath $big
    }

    It 'writes a non-terminating PathNotFound error for a missing path and still analyses the others' {
        $r = Invoke-LogAnalysisParallel -Path (Join-Path $dir 'missing.log'), (Join-Path $dir 'a.log') -ErrorVariable errs -ErrorAction SilentlyContinue
        $errs | Should -HaveCount 1
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'InvokeLogAnalysisParallel.PathNotFound*'
        $r.TotalEntries | Should -Be 3
    }

    It 'stops with InvalidRules when the rules file is bad, naming the problem' {
        $bad = Join-Path $dir 'rules.json'
        Set-Content -LiteralPath $bad -Value '{"logPatterns":{"error":["(unclosed"]}}'
        { Invoke-LogAnalysisParallel -Path (Join-Path $dir 'a.log') -ConfigPath $bad -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvokeLogAnalysisParallel.InvalidRules*' -ExpectedMessage '*logPatterns.error`[0`]*'
    }

    It 'uses the patterns of -ConfigPath (alias -ConfigFile)' {
        $rules = Join-Path $dir 'rules2.json'
        Set-Content -LiteralPath $rules -Value '{"logPatterns":{"error":["version updates"],"warning":[],"security":[]}}'
        $r = Invoke-LogAnalysisParallel -Path (Join-Path $dir 'a.log') -ConfigFile $rules
        $r.PatternCounts.Keys | Should -Be @('version updates')
        $r.PatternCounts['version updates'] | Should -Be 1
    }

    It 'rejects non-FileSystem paths with a clear error' {
        Invoke-LogAnalysisParallel -Path 'Env:PATH' -ErrorVariable errs -ErrorAction SilentlyContinue
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'InvokeLogAnalysisParallel.NotFileSystem*'
    }

    It 'caches by default: a second look is a hit with the same counts, a grown log is extended, -NoCache bypasses' {
        $cache = Join-Path $dir 'cache.db'
        $log = Join-Path $dir 'cached.log'
        Set-Content -LiteralPath $log -Value ($pino * 50)
        $first = Invoke-LogAnalysisParallel -LiteralPath $log -CachePath $cache
        $first.CacheInfo.Hit | Should -BeFalse
        $second = Invoke-LogAnalysisParallel -LiteralPath $log -CachePath $cache -Verbose 4>&1
        $verbose = $second | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        $result = $second | Where-Object { $_ -is [RocketChatAnalyzer.LogAnalysis] }
        $verbose.Message | Should -Contain "Cache hit for $log"
        $result.CacheInfo.Hit | Should -BeTrue
        $result.TotalEntries | Should -Be $first.TotalEntries
        Add-Content -LiteralPath $log -Value $pino
        $grown = Invoke-LogAnalysisParallel -LiteralPath $log -CachePath $cache
        $grown.CacheInfo.IncrementalBytes | Should -BeGreaterThan 0
        $full = Invoke-LogAnalysisParallel -LiteralPath $log -NoCache
        $full.CacheInfo | Should -BeNullOrEmpty
        $grown.TotalEntries | Should -Be $full.TotalEntries
        $grown.LevelCounts['Error'] | Should -Be $full.LevelCounts['Error']
    }

    It 'follows a growing file, writes updated results and stops promptly when stopped' {
        $log = Join-Path $dir 'follow.log'
        Set-Content -LiteralPath $log -Value $pino[0]
        $ps = [powershell]::Create()
        $null = $ps.AddScript("Import-Module '$moduleDirectory'; Invoke-LogAnalysisParallel -LiteralPath '$log' -Follow -Interval ([timespan]::FromMilliseconds(200))")
        $out = [System.Management.Automation.PSDataCollection[psobject]]::new()
        $async = $ps.BeginInvoke([System.Management.Automation.PSDataCollection[psobject]]::new(), $out)
        $deadline = [DateTime]::UtcNow.AddSeconds(20)
        while ($out.Count -lt 1 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 100 }
        Add-Content -LiteralPath $log -Value $pino[1], $pino[2]
        while (($out.Count -eq 0 -or $out[$out.Count - 1].TotalEntries -lt 3) -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 100 }
        $sw = [Diagnostics.Stopwatch]::StartNew()
        $ps.Stop()
        $sw.Elapsed.TotalSeconds | Should -BeLessThan 2
        $ps.Dispose()
        $out[0].TotalEntries | Should -Be 1
        $out[$out.Count - 1].TotalEntries | Should -Be 3
        $out[$out.Count - 1].LevelCounts['Warn'] | Should -Be 1
    }
}
