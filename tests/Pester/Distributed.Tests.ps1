# Start-AnalysisWorker and Test-SystemHealth against a private redis-server on 127.0.0.1 and a free
# port (started here, killed at the end). Runs against $env:RCA_MODULE_PATH (set by build.ps1
# -Task Test), else out/RocketChatAnalyzer. Skipped, saying why, only when redis-server is missing.

BeforeDiscovery {
    $redisServer = Get-Command redis-server -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    $noRedis = $null -eq $redisServer
}

BeforeAll {
    $repoRoot = if ($env:RCA_REPO_ROOT) { $env:RCA_REPO_ROOT } else { (Resolve-Path "$PSScriptRoot/../..").Path }
    $moduleDirectory = if ($env:RCA_MODULE_PATH) { $env:RCA_MODULE_PATH } else { Join-Path $repoRoot 'out/RocketChatAnalyzer' }
    $manifestPath = Join-Path $moduleDirectory 'RocketChatAnalyzer.psd1'
    Import-Module $manifestPath -Force

    function Get-FreePort {
        $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $listener.Start()
        try { $listener.LocalEndpoint.Port } finally { $listener.Stop() }
    }

    function Start-FreshPwsh {
        # Starts `pwsh -NoProfile -Command …` (the same pwsh as this one) with redirected output.
        param([string] $Command)
        $processPath = [Environment]::ProcessPath
        $psi = [System.Diagnostics.ProcessStartInfo]::new($processPath)
        if ([System.IO.Path]::GetFileNameWithoutExtension($processPath) -ne 'pwsh') { $psi.ArgumentList.Add((Join-Path $PSHOME 'pwsh.dll')) }
        foreach ($a in '-NoProfile', '-NonInteractive', '-Command', $Command) { $psi.ArgumentList.Add($a) }
        $psi.RedirectStandardOutput = $true
        $psi.RedirectStandardError = $true
        $psi.UseShellExecute = $false
        [System.Diagnostics.Process]::Start($psi)
    }

    $redis = $null
    $redisPath = (Get-Command redis-server -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1).Source
    if ($redisPath) {
        $port = Get-FreePort
        $redis = Start-Process -FilePath $redisPath -ArgumentList '--port', $port, '--bind', '127.0.0.1', '--save', '""', '--appendonly', 'no', '--daemonize', 'no' -PassThru -RedirectStandardOutput ([System.IO.Path]::GetTempFileName())
        $script:Connection = "127.0.0.1:$port"
        $deadline = [DateTime]::UtcNow.AddSeconds(10)
        while ([DateTime]::UtcNow -lt $deadline) {
            try { $c = [System.Net.Sockets.TcpClient]::new('127.0.0.1', $port); $c.Dispose(); break } catch { Start-Sleep -Milliseconds 50 }
        }
    }
    $script:ModuleManifest = $manifestPath
}

AfterAll {
    if ($redis -and -not $redis.HasExited) { $redis.Kill(); $redis.WaitForExit(5000) | Out-Null }
}

Describe 'Test-SystemHealth' {
    It 'reports on the process, the cache and the disk without a queue' {
        $cache = Join-Path $TestDrive 'cache/cache.db'
        $health = Test-SystemHealth -CachePath $cache
        $health | Should -BeOfType ([RocketChatAnalyzer.Distributed.SystemHealth])
        $health.Checks.Name | Should -Be @('Process memory', 'Cache writable', 'Disk space')
        ($health.Checks | Where-Object Name -EQ 'Cache writable').Status | Should -Be 'Healthy'
        $health.MemoryUsageMB | Should -BeGreaterThan 0
        $health.ActiveWorkers | Should -BeNullOrEmpty
        $health.CachePath | Should -Be $cache
    }

    It 'is Unhealthy, naming the endpoint, when Redis cannot be reached' {
        $port = Get-FreePort
        $health = Test-SystemHealth -QueueConnection "127.0.0.1:$port"
        $health.Status | Should -Be 'Unhealthy'
        $check = $health.Checks | Where-Object Name -EQ 'Redis reachable'
        $check.Status | Should -Be 'Unhealthy'
        $check.Detail | Should -Match ([regex]::Escape("127.0.0.1:$port"))
    }

    It 'counts a running worker and the queue figures' -Skip:$noRedis {
        $worker = Start-FreshPwsh "Import-Module '$ModuleManifest'; Start-AnalysisWorker -QueueConnection '$Connection' -Name pester-worker -IdleTimeout (New-TimeSpan -Seconds 20) | Out-Null"
        try {
            $deadline = [DateTime]::UtcNow.AddSeconds(30)
            do {
                Start-Sleep -Milliseconds 250
                $health = Test-SystemHealth -QueueConnection $Connection
            } until ($health.ActiveWorkers -ge 1 -or [DateTime]::UtcNow -gt $deadline)
            $health.ActiveWorkers | Should -Be 1
            $health.QueueLength | Should -Be 0
            $health.PendingJobs | Should -Be 0
            $health.DeadLetters | Should -Be 0
            ($health.Checks | Where-Object Name -EQ 'Redis reachable').Status | Should -Be 'Healthy'
            ($health.Checks | Where-Object Name -EQ 'Workers alive').Detail | Should -Match 'pester-worker'
        }
        finally {
            if (-not $worker.HasExited) { $worker.Kill() }
        }
    }
}

Describe 'Start-AnalysisWorker' {
    It 'stops after -IdleTimeout and returns a summary, logging with -Verbose' -Skip:$noRedis {
        $summary = Start-AnalysisWorker -QueueConnection $Connection -Name idle-one -IdleTimeout (New-TimeSpan -Milliseconds 600) -Verbose 4>&1 |
            Tee-Object -Variable all | Where-Object { $_ -is [RocketChatAnalyzer.Distributed.WorkerSummary] }
        $summary.StopReason | Should -Be 'IdleTimeout'
        $summary.Name | Should -Be 'idle-one'
        $summary.JobsCompleted | Should -Be 0
        ($all | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message -join "`n" | Should -Match "worker 'idle-one' on 127\.0\.0\.1"
    }

    It 'takes its settings from the environment variables of the container' -Skip:$noRedis {
        $env:QUEUE_CONNECTION = $Connection
        $env:WORKER_NAME = 'from-env'
        $env:WORKER_IDLE_TIMEOUT = '1'
        try {
            $summary = Start-AnalysisWorker
            $summary.Name | Should -Be 'from-env'
            $summary.StopReason | Should -Be 'IdleTimeout'
        }
        finally {
            Remove-Item Env:QUEUE_CONNECTION, Env:WORKER_NAME, Env:WORKER_IDLE_TIMEOUT -ErrorAction SilentlyContinue
        }
    }

    It 'fails within five seconds, naming the endpoint, when Redis cannot be reached' {
        $port = Get-FreePort
        $sw = [System.Diagnostics.Stopwatch]::StartNew()
        { Start-AnalysisWorker -QueueConnection "127.0.0.1:$port" } | Should -Throw -ErrorId 'StartAnalysisWorker.RedisUnreachable,RocketChatAnalyzer.Commands.StartAnalysisWorkerCommand' -ExpectedMessage "*127.0.0.1:$port*"
        $sw.Elapsed.TotalSeconds | Should -BeLessThan 5
    }

    It 'needs a queue connection from the parameter or QUEUE_CONNECTION' {
        Remove-Item Env:QUEUE_CONNECTION -ErrorAction SilentlyContinue
        { Start-AnalysisWorker } | Should -Throw -ErrorId 'StartAnalysisWorker.NoQueueConnection,RocketChatAnalyzer.Commands.StartAnalysisWorkerCommand'
    }

    It 'exits cleanly on SIGTERM (a container stop) and says goodbye to the queue' -Skip:($noRedis -or $IsWindows) {
        $worker = Start-FreshPwsh "Import-Module '$ModuleManifest'; `$s = Start-AnalysisWorker -QueueConnection '$Connection' -Name sigterm-worker; 'STOPPED ' + `$s.StopReason"
        try {
            $deadline = [DateTime]::UtcNow.AddSeconds(30)
            # Wait for this worker's own heartbeat (a worker killed by an earlier test may still count as alive).
            $workers = { (Test-SystemHealth -QueueConnection $Connection).Checks | Where-Object Name -EQ 'Workers alive' | ForEach-Object Detail }
            do {
                Start-Sleep -Milliseconds 250
                $detail = & $workers
            } until ($detail -match 'sigterm-worker' -or [DateTime]::UtcNow -gt $deadline)
            $detail | Should -Match 'sigterm-worker'
            & kill -TERM $worker.Id
            $worker.WaitForExit(15000) | Should -BeTrue
            $worker.ExitCode | Should -Be 0
            $worker.StandardOutput.ReadToEnd() | Should -Match 'STOPPED Cancelled'
            & $workers | Should -Not -Match 'sigterm-worker'
        }
        finally {
            if (-not $worker.HasExited) { $worker.Kill() }
        }
    }
}

Describe 'Invoke-* -QueueConnection' {
    BeforeAll {
        $worker = $null
        if ($Connection) {
            $worker = Start-FreshPwsh "Import-Module '$ModuleManifest'; Start-AnalysisWorker -QueueConnection '$Connection' -Name pester-invoke -IdleTimeout (New-TimeSpan -Seconds 60) | Out-Null"
        }
        $lines = 1..4000 | ForEach-Object {
            '{"level":' + (30, 40, 50)[$_ % 3] + ',"time":"2025-07-20T10:' + ('{0:00}' -f ($_ % 60)) + ':00.000Z","msg":"Request timeout for user' + $_ + '"}'
        }
        $log = Join-Path $TestDrive 'big.log'
        Set-Content -LiteralPath $log -Value $lines
    }
    AfterAll {
        if ($worker -and -not $worker.HasExited) { $worker.Kill(); $worker.WaitForExit(5000) | Out-Null }
    }

    It 'gives a log result identical to the local one' -Skip:$noRedis {
        $local = Invoke-LogAnalysisParallel -LiteralPath $log -ChunkSize 16384 -NoCache
        $remote = Invoke-LogAnalysisParallel -LiteralPath $log -ChunkSize 16384 -QueueConnection $Connection -Timeout (New-TimeSpan -Seconds 60)
        $remote.GetType().FullName | Should -Be 'RocketChatAnalyzer.LogAnalysis'
        ($remote | ConvertTo-Json -Depth 8 -Compress) | Should -Be ($local | ConvertTo-Json -Depth 8 -Compress)
    }

    It 'gives the sample dump result of a local analysis' -Skip:$noRedis {
        $dump = Join-Path $repoRoot 'samples/7.8.0-support-dump'
        $local = Invoke-RocketChatDumpAnalysis -LiteralPath $dump -NoCache
        $remote = Invoke-RocketChatDumpAnalysis -LiteralPath $dump -QueueConnection $Connection -Timeout (New-TimeSpan -Seconds 120)
        $remote.GetType().FullName | Should -Be 'RocketChatAnalyzer.DumpAnalysis'
        $remote.Path | Should -Be $local.Path
        $remote.HealthScore.Overall | Should -Be $local.HealthScore.Overall
        $remote.Findings.Count | Should -Be $local.Findings.Count
        $remote.Log.TotalEntries | Should -Be $local.Log.TotalEntries
    }

    It 'stops within 5 s with a ConnectionFailed-style error naming the endpoint when Redis is down' {
        $port = Get-FreePort
        $sw = [Diagnostics.Stopwatch]::StartNew()
        { Invoke-LogAnalysisParallel -LiteralPath $log -QueueConnection "127.0.0.1:$port" -ErrorAction Stop } | Should -Throw -ExpectedMessage "*127.0.0.1:$port*"
        $sw.Elapsed.TotalSeconds | Should -BeLessThan 6
    }
}
