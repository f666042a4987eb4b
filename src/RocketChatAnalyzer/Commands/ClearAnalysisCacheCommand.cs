using System.Globalization;
using System.Management.Automation;
using RocketChatAnalyzer.Cache;

namespace RocketChatAnalyzer.Commands;

/// <summary>
/// <para type="synopsis">Removes results from the analysis cache.</para>
/// </summary>
[Cmdlet(VerbsCommon.Clear, "AnalysisCache", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
public sealed class ClearAnalysisCacheCommand : PSCmdlet
{
    private const string ErrorPrefix = "ClearAnalysisCache";

    #region Parameters

    /// <summary>Only results stored longer ago than this are removed (default: all).</summary>
    [Parameter(Position = 0)]
    public TimeSpan? OlderThan { get; set; }

    /// <summary>The cache database (default: RCA_CACHE_PATH, else the user's cache folder).</summary>
    [Parameter]
    public string? CachePath { get; set; }

    #endregion

    #region Overrides

    protected override void BeginProcessing()
    {
        if (OlderThan is TimeSpan t && t < TimeSpan.Zero)
        {
            ThrowTerminatingError(new ErrorRecord(new ArgumentOutOfRangeException(nameof(OlderThan), "-OlderThan must not be negative."),
                ErrorPrefix + ".NegativeAge", ErrorCategory.InvalidArgument, OlderThan));
        }
    }

    protected override void EndProcessing()
    {
        string file = CacheLocation.Resolve(string.IsNullOrEmpty(CachePath) ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(CachePath));
        if (!File.Exists(file))
        {
            // Do not create a database just to find it empty.
            WriteVerbose("No analysis cache at " + file + ": nothing to remove.");
            return;
        }
        var cache = CacheCommands.Open(this, file);
        var diagnostics = new List<Diagnostic>();
        var summary = cache.Summarize(OlderThan, diagnostics);
        CacheCommands.WriteCacheDiagnostics(this, diagnostics);
        string which = OlderThan is TimeSpan age
            ? string.Format(CultureInfo.CurrentCulture, "{0} cached result(s) ({1:N1} MB) stored before {2:u}", summary.Entries, summary.StoredBytes / 1048576.0, DateTime.UtcNow - age)
            : string.Format(CultureInfo.CurrentCulture, "all {0} cached result(s) ({1:N1} MB)", summary.Entries, summary.StoredBytes / 1048576.0);
        if (!ShouldProcess(file, "Remove " + which)) return;

        diagnostics.Clear();
        long removed = cache.Clear(OlderThan, diagnostics);
        long expired = cache.PurgeExpired(diagnostics);
        CacheCommands.WriteCacheDiagnostics(this, diagnostics);
        WriteVerbose(string.Format(CultureInfo.CurrentCulture, "Removed {0} cached result(s) and {1} expired one(s) from {2}.", removed, expired, file));
    }

    #endregion
}
