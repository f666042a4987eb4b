namespace RocketChatAnalyzer.Cache;

/// <summary>
/// The analyzers the cache-aware cmdlets run on a miss (<c>Get-AnalysisFromCache</c>,
/// <c>Measure-AnalysisPerformance -Path</c>). One place, so those cmdlets call exactly the entry
/// points <c>Invoke-LogAnalysisParallel</c> and <c>Invoke-RocketChatDumpAnalysis</c> call.
/// </summary>
public static class AnalyzerBinding
{
    /// <summary>The log engine, as the cache drives it (whole files, or byte ranges of a grown file).</summary>
    public static ILogRangeAnalyzer CreateLogAnalyzer(AnalysisRules rules, LogAnalysisOptions options, AnalysisProgress? progress = null) =>
        new LogRangeAnalyzer(new LogAnalyzer(rules, options), progress);

    /// <summary>A function analysing one dump (folder, zip or file), or null when the dump analyzer is not built in.</summary>
    /// <remarks>
    /// INTEGRATION POINT, not wired on this branch: the dump analyzer (<c>Dump/DumpAnalyzer</c>) is on
    /// the dump-analysis branch. When both are merged, replace the body with (its API as of cf0cd75):
    /// <code>
    /// var analyzer = new DumpAnalyzer(new DumpAnalyzerOptions
    /// {
    ///     Rules = rules, IncludeSecret = options.IncludeSecret,
    ///     MinimumSeverity = options.Severity ?? FindingSeverity.Info, ThrottleLimit = throttleLimit,
    /// });
    /// return analyzer.Analyze;
    /// </code>
    /// and key dump results by the <c>DumpAnalyzerOptions</c> (pass them as the options of
    /// <see cref="CachedAnalysis.GetOrAnalyzeDump"/>). Until then the cmdlets stop with the error id
    /// <c>AnalyzerUnavailable</c> on a dump cache miss; dump cache hits still work.
    /// </remarks>
    public static Func<string, CancellationToken, DumpAnalysis>? CreateDumpAnalyzer(AnalysisRules rules, DumpResultOptions options, int throttleLimit)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(throttleLimit, 1);
        return null;
    }
}
