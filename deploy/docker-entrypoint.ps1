# Container entrypoint. WORKER_MODE=true: run an analysis worker until SIGTERM (or MaxJobs /
# IdleTimeout when WORKER_MAX_JOBS / WORKER_IDLE_TIMEOUT are set). Start-AnalysisWorker reads
# QUEUE_CONNECTION, WORKER_NAME, WORKER_THROTTLE_LIMIT, WORKER_MAX_JOBS, WORKER_IDLE_TIMEOUT and
# QUEUE_PREFIX itself, so this script passes no values and cannot disagree with the cmdlet.
# Otherwise: pwsh with the module imported, running the container's arguments (if any).
$ErrorActionPreference = 'Stop'
Import-Module RocketChatAnalyzer

if ($env:WORKER_MODE -eq 'true') {
    if ([string]::IsNullOrWhiteSpace($env:QUEUE_CONNECTION)) {
        [Console]::Error.WriteLine('WORKER_MODE=true needs QUEUE_CONNECTION (a Redis connection string, e.g. "redis:6379,password=…").')
        exit 2
    }
    try {
        Start-AnalysisWorker -Verbose | Format-List | Out-String | Write-Host
        exit 0
    }
    catch {
        [Console]::Error.WriteLine($_.Exception.Message)
        exit 1
    }
}

if ($args.Count -gt 0) {
    & pwsh -NoLogo -NoProfile -Command "Import-Module RocketChatAnalyzer; $($args -join ' ')"
    exit $LASTEXITCODE
}
& pwsh -NoLogo -NoProfile -NoExit -Command 'Import-Module RocketChatAnalyzer'
