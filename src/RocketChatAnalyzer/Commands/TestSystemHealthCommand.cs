using System.Management.Automation;
using RocketChatAnalyzer.Distributed;

namespace RocketChatAnalyzer.Commands;

/// <summary>
/// <para type="synopsis">Checks the health of the analysis system: process memory, cache, and, with a queue, Redis and the workers.</para>
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "SystemHealth")]
[OutputType(typeof(SystemHealth))]
public sealed class TestSystemHealthCommand : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource _cts = new();

    #region Parameters

    /// <summary>Redis connection string of the queue; adds the Redis and worker checks.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? QueueConnection { get; set; }

    /// <summary>The cache database to check instead of the default location.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? CachePath { get; set; }

    /// <summary>Key prefix of the queue (default <c>rca:</c>).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string QueuePrefix { get; set; } = QueueKeys.DefaultPrefix;

    #endregion

    #region Overrides

    protected override void ProcessRecord()
    {
        string? cache = CachePath is null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(CachePath);
        // An unreachable Redis is not an error here: it is the finding (Status Unhealthy, check detail).
        var health = SystemHealthProbe.Check(QueueConnection, cache, new RocketChatAnalyzer.Cache.AnalysisCacheHealthSource(), QueuePrefix, _cts.Token);
        WriteObject(health);
    }

    protected override void StopProcessing() => _cts.Cancel();

    #endregion

    public void Dispose() => _cts.Dispose();
}
